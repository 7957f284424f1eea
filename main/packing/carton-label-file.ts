import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import type { Address, LabelDocumentFile, ServiceError } from '../api/contract';
import { createLogger } from '../core/logger';
import { err, ok, type Result } from '../core/result';
import { createCaptionTranslator } from '../labels/captions';
import { buildCartonLabel, type Address as LabelAddress, type CartonContentLine } from '../labels/carton-label';
import type { Dpi, LabelDocument } from '../labels/model';
import { renderLabelPdf } from '../labels/pdf-renderer';
import { renderLabelSvg } from '../labels/svg-renderer';
import { findCartonById, listCartonsOfShipment } from '../store/cartons';
import { findShipmentById } from '../store/shipments';
import { prepared } from '../store/statement-cache';

const log = createLogger('labels');

export interface LabelOutput {
  readonly labelsDir: string;
  /** Caption language: 'en', 'de', 'pl' or 'fr'. */
  readonly language: string;
  readonly dpi: Dpi;
}

function toLabelAddress(address: Partial<Address>): LabelAddress {
  const name = address.name || address.company || '';
  const company = address.company && address.company !== name ? [address.company] : [];
  const city = address.region ? `${address.city ?? ''}, ${address.region}` : (address.city ?? '');
  return { name, addressLines: [...company, ...(address.lines ?? [])], postcode: address.postcode ?? '', city, country: address.country ?? '' };
}

function cartonContents(db: Database.Database, cartonId: number): ReadonlyArray<CartonContentLine> {
  return prepared<[number], CartonContentLine>(
    db,
    `SELECT p.sku, p.title, count(*) AS quantity
       FROM units u JOIN products p ON p.id = u.product_id
      WHERE u.carton_id = ? GROUP BY p.id ORDER BY p.sku`,
  )
    .all(cartonId);
}

/** A carton label written as PDF, with the document it was rendered from. */
export interface WrittenCartonLabel {
  readonly file: LabelDocumentFile;
  readonly document: LabelDocument;
}

/**
 * Renders the carton label of any carton to `<labelsDir>/carton-<SSCC>.pdf` and returns it.
 * The carton count is printed once the shipment is finished or short-shipped, "n of ?" before.
 * Fails with 'carton-not-found', or 'label-failed' carrying the label engine's error code.
 */
export async function writeCartonLabel(db: Database.Database, cartonId: number, output: LabelOutput): Promise<Result<LabelDocumentFile, ServiceError>> {
  const written = await writeCartonLabelWithDocument(db, cartonId, output);
  return written.ok ? ok(written.value.file) : written;
}

/**
 * Writes the carton label as `writeCartonLabel` does and also returns its label document, for
 * printers that render the label in another format than PDF.
 */
export async function writeCartonLabelWithDocument(db: Database.Database, cartonId: number, output: LabelOutput): Promise<Result<WrittenCartonLabel, ServiceError>> {
  const carton = findCartonById(db, cartonId);
  const shipment = carton === undefined ? undefined : findShipmentById(db, carton.shipmentId);
  if (carton === undefined || shipment === undefined) {
    return err({ code: 'carton-not-found', message: { key: 'pack:verdict.carton-not-found.message', params: { cartonId } } });
  }

  const client = prepared<[number], { ship_from_json: string; gs1_company_prefix: string | null }>(db, 'SELECT ship_from_json, gs1_company_prefix FROM clients WHERE id = ?').get(shipment.clientId);
  const shipFrom = JSON.parse(client?.ship_from_json ?? '{}') as Partial<Address>;
  const built = buildCartonLabel(
    {
      sscc: carton.sscc,
      ...(client?.gs1_company_prefix ? { companyPrefixLength: client.gs1_company_prefix.length } : {}),
      shipFrom: toLabelAddress({ name: shipment.clientName, ...shipFrom }),
      shipTo: toLabelAddress(shipment.shipTo),
      shipmentReference: shipment.reference,
      clientName: shipment.clientName,
      cartonNumber: carton.number,
      cartonCount: shipment.status === 'open' ? null : listCartonsOfShipment(db, shipment.id).length,
      contents: cartonContents(db, carton.id),
      ...(carton.weightGrams === null ? {} : { weightGrams: carton.weightGrams }),
      ...(carton.closedAt === null ? {} : { packedAt: `${carton.closedAt.slice(0, 16).replace('T', ' ')} UTC` }),
    },
    { dpi: output.dpi, t: createCaptionTranslator(output.language), locale: output.language },
  );
  if (!built.ok) {
    log.error('carton label could not be built', { cartonId, sscc: carton.sscc, code: built.error.code });
    return err({ code: 'label-failed', message: { key: 'pack:error.label-failed', params: { reason: built.error.code } } });
  }

  const pdf = await renderLabelPdf(built.value);
  const fileName = `carton-${carton.sscc}.pdf`;
  const file = { ...writeLabelFile(output.labelsDir, fileName, pdf), previewSvg: renderLabelSvg(built.value) };
  return ok({ file, document: built.value });
}

/**
 * Writes a PDF into the labels folder through a temporary file and a rename, so a printer
 * watching the folder never picks up half a file.
 */
export function writeLabelFile(labelsDir: string, fileName: string, pdf: Buffer): LabelDocumentFile {
  mkdirSync(labelsDir, { recursive: true });
  const path = join(labelsDir, fileName);
  const partial = `${path}.partial`;
  writeFileSync(partial, pdf);
  renameSync(partial, path);
  return { fileName, path, pdfBase64: pdf.toString('base64') };
}
