import type Database from 'better-sqlite3';
import { buildCartonLabel, type Address, type CartonLabelData } from '../../main/labels/carton-label';
import { createCaptionTranslator } from '../../main/labels/captions';
import { renderLabelPdf } from '../../main/labels/pdf-renderer';
import { summarizeTimings, type TimingSummary } from './statistics';

export interface LabelTimings {
  readonly summary: TimingSummary;
  readonly contentLines: number;
  readonly unitCount: number;
  readonly pdfBytes: number;
}

interface StoredAddress {
  readonly name?: string;
  readonly company?: string;
  readonly lines?: ReadonlyArray<string>;
  readonly postcode?: string;
  readonly city?: string;
  readonly country?: string;
}

/**
 * Reads what the label of a closed carton prints from the store: SSCC, addresses, shipment,
 * and contents per SKU. The shipment is still open, so the carton count is left unknown.
 *
 * NOTE: this duplicates what a carton label service would read. No such service exists yet, so
 * when one is added, build the bench label through it instead.
 */
export function readCartonLabelData(db: Database.Database, cartonId: number): CartonLabelData {
  const carton = db
    .prepare<[number], { sscc: string; number: number; weight_grams: number | null; closed_at: string | null; reference: string; ship_to_json: string; client_name: string; ship_from_json: string; prefix: string | null }>(
      `SELECT c.sscc, c.number, c.weight_grams, c.closed_at, s.reference, s.ship_to_json, cl.name AS client_name, cl.ship_from_json,
              cl.gs1_company_prefix AS prefix
         FROM cartons c JOIN shipments s ON s.id = c.shipment_id JOIN clients cl ON cl.id = s.client_id
        WHERE c.id = ?`,
    )
    .get(cartonId);
  if (carton === undefined) {
    throw new Error(`Carton ${cartonId} not found`);
  }
  const contents = db
    .prepare<[number], { sku: string; title: string; quantity: number }>(
      `SELECT p.sku, p.title, count(*) AS quantity FROM units u JOIN products p ON p.id = u.product_id
        WHERE u.carton_id = ? GROUP BY p.id ORDER BY p.sku`,
    )
    .all(cartonId);

  return {
    sscc: carton.sscc,
    ...(carton.prefix === null ? {} : { companyPrefixLength: carton.prefix.length }),
    shipFrom: toLabelAddress(JSON.parse(carton.ship_from_json) as StoredAddress),
    shipTo: toLabelAddress(JSON.parse(carton.ship_to_json) as StoredAddress),
    shipmentReference: carton.reference,
    clientName: carton.client_name,
    cartonNumber: carton.number,
    cartonCount: null,
    contents,
    ...(carton.weight_grams === null ? {} : { weightGrams: carton.weight_grams }),
    ...(carton.closed_at === null ? {} : { packedAt: carton.closed_at.slice(0, 16).replace('T', ' ') }),
  };
}

function toLabelAddress(address: StoredAddress): Address {
  const company = address.company !== undefined && address.company !== '' && address.company !== address.name ? [address.company] : [];
  return {
    name: address.name ?? '',
    addressLines: [...company, ...(address.lines ?? [])],
    postcode: address.postcode ?? '',
    city: address.city ?? '',
    country: address.country ?? '',
  };
}

/**
 * Times `buildCartonLabel` plus `renderLabelPdf` (203 dpi, English captions) `renders` times
 * after `warmup` untimed renders. A label that fails to build is a bench failure and throws.
 */
export async function timeCartonLabelRenders(data: CartonLabelData, renders: number, warmup: number): Promise<LabelTimings> {
  const t = createCaptionTranslator('en');
  const samplesMs: number[] = [];
  let pdfBytes = 0;

  for (let index = 0; index < warmup + renders; index += 1) {
    const start = performance.now();
    const built = buildCartonLabel(data, { dpi: 203, t, locale: 'en' });
    if (!built.ok) {
      throw new Error(`The bench carton label was not built: ${JSON.stringify(built.error)}`);
    }
    const pdf = await renderLabelPdf(built.value);
    const elapsed = performance.now() - start;
    if (index >= warmup) {
      samplesMs.push(elapsed);
    }
    pdfBytes = pdf.length;
  }

  return {
    summary: summarizeTimings(samplesMs),
    contentLines: data.contents.length,
    unitCount: data.contents.reduce((sum, line) => sum + line.quantity, 0),
    pdfBytes,
  };
}
