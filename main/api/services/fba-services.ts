import { createLogger } from '../../core/logger';
import { err, ok } from '../../core/result';
import { exportBoxContentCsv } from '../../fba/box-content-csv';
import { buildFbaBoxLabelFromStore } from '../../fba/box-label-document';
import { findFbaBox, recordBoxMeasurements } from '../../fba/fba-boxes';
import { importMyiReport } from '../../fba/import-myi';
import { findPrepCandidates, findPrepProduct, recordFnskuLabelOnUnit } from '../../fba/prep-bench';
import { importRemovalReport } from '../../fba/removal-import';
import { inspectRemovalUnit, openRemovalReceipt, type RemovalReceipt } from '../../fba/removal-receiving';
import { hasColumn } from '../../imports/headers';
import { createCaptionTranslator } from '../../labels/captions';
import { fnskuConditions } from '../../labels/fnsku-conditions';
import { buildFnskuLabel } from '../../labels/fnsku-label';
import { buildFnskuSheets } from '../../labels/fnsku-sheet';
import { fnskuTemplates } from '../../labels/fnsku-templates';
import type { LabelDocument } from '../../labels/model';
import { renderLabelPagesPdf, renderLabelPdf } from '../../labels/pdf-renderer';
import { renderLabelSvg } from '../../labels/svg-renderer';
import { writeLabelFile } from '../../packing/carton-label-file';
import { inWriteTransaction, nowIso } from '../../store/write-transaction';
import type { ServiceError } from '../contract';
import type { Services } from '../services';
import type { StationContext } from '../station-context';
import { requireActor, serviceError, type StationSession } from './service-support';

const log = createLogger('fba');

/** Any FBA failure as a service error: the code, and its fields that are text or numbers as message parameters. */
function fbaError(error: { readonly code: string; readonly [field: string]: unknown }): ServiceError {
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(error)) {
    if (name === 'code') continue;
    if (typeof value === 'string') params[name] = value;
    if (typeof value === 'number') params[name] = Number.isInteger(value) ? value : Math.round(value * 10) / 10;
  }
  return serviceError(error.code, { key: `fba:error.${error.code}`, params });
}

async function labelFile(title: string, fileName: string, pages: ReadonlyArray<LabelDocument>): Promise<{ fileName: string; pdfBase64: string; svg: string }> {
  const pdf = await renderLabelPagesPdf(title, pages);
  const [first] = pages;
  return { fileName, pdfBase64: pdf.toString('base64'), svg: first === undefined ? '' : renderLabelSvg(first) };
}

// The contract's arrays are mutable, so the receipt's read-only arrays are copied.
function receiptView(receipt: RemovalReceipt) {
  return {
    trackingNumber: receipt.trackingNumber,
    orderIds: [...receipt.orderIds],
    lines: receipt.lines.map((line) => ({
      fnsku: line.fnsku,
      sku: line.sku,
      clientCode: line.clientCode,
      title: line.title,
      serialTracked: line.serialTracked,
      expected: line.expected,
      received: line.received,
      decisions: { ...line.decisions },
    })),
  };
}

/** Builds the handlers of the FBA prep bench and removal receiving. */
export function createFbaServices(context: StationContext, session: StationSession): Pick<Services, `fba.${string}` & keyof Services> {
  return {
    'fba.labelOptions': () => ok({ templates: [...fnskuTemplates.keys()], conditions: [...fnskuConditions] }),

    'fba.prepScan': (request) => {
      const candidates = findPrepCandidates(context.db, request.raw);
      return candidates.ok ? ok({ candidates: [...candidates.value] }) : err(fbaError(candidates.error));
    },

    'fba.printFnskuLabel': async (request) => {
      const actor = requireActor(context, session);
      if (!actor.ok) return actor;
      const product = findPrepProduct(context.db, request.productId);
      if (product === null) return err(fbaError({ code: 'prep-product-not-found', scanned: `#${request.productId}` }));
      if (!product.ok) return err(fbaError(product.error));
      const template = fnskuTemplates.get(request.template);
      if (template === undefined) return err(fbaError({ code: 'fnsku-template-unknown', template: request.template }));

      const data = { fnsku: product.value.fnsku, title: product.value.title, condition: request.condition };
      let pages: ReadonlyArray<LabelDocument>;
      if (template.kind === 'roll') {
        const label = buildFnskuLabel(data, template, { dpi: context.labelDpi ?? 203 });
        if (!label.ok) return err(fbaError(label.error));
        pages = Array.from({ length: request.copies }, () => label.value);
      } else {
        const sheets = buildFnskuSheets({ template, entries: [{ label: data, count: request.copies }], startPosition: 1 });
        if (!sheets.ok) return err(fbaError(sheets.error));
        pages = sheets.value;
      }

      // NOTE: the PDF goes back to the screen and not into the station's print job queue.
      // The label is recorded on the unit only after it rendered, so a failed render records nothing.
      let recordedUnitId: number | null = null;
      const file = await labelFile(`FNSKU ${product.value.fnsku}`, `fnsku-${product.value.fnsku}.pdf`, pages);
      if (product.value.serialTracked) {
        const recorded = recordFnskuLabelOnUnit(context.db, actor.value, product.value, request.serial ?? '', request.gestureId);
        if (!recorded.ok) return err(fbaError(recorded.error));
        recordedUnitId = recorded.value;
      }
      return ok({ ...file, fnsku: product.value.fnsku, recordedUnitId });
    },

    'fba.importReport': (request) => {
      const content = Buffer.from(request.contentBase64, 'base64');
      const header = content.subarray(0, 4096).toString('utf8').split(/\r?\n/)[0]?.split('\t') ?? [];
      const now = nowIso();
      if (hasColumn(header, ['afn-listing-exists'])) {
        const imported = importMyiReport(context.db, { fileName: request.fileName, content, clientCode: request.clientCode, now });
        if (!imported.ok) return err(serviceError(imported.error.code, imported.error.message));
        return ok({ kind: 'inventory' as const, rows: imported.value.listings, created: imported.value.created, updated: imported.value.updated });
      }
      const imported = importRemovalReport(context.db, { fileName: request.fileName, content, clientCode: request.clientCode, now });
      if (!imported.ok) return err(serviceError(imported.error.code, imported.error.message));
      return ok({ kind: imported.value.kind, rows: imported.value.lines, created: imported.value.orders, updated: 0 });
    },

    'fba.removalReceipt': (request) => {
      const receipt = openRemovalReceipt(context.db, request.trackingNumber);
      return receipt.ok ? ok(receiptView(receipt.value)) : err(fbaError(receipt.error));
    },

    'fba.inspectRemovalUnit': (request) => {
      const actor = requireActor(context, session);
      if (!actor.ok) return actor;
      const receipt = inspectRemovalUnit(context.db, actor.value, {
        trackingNumber: request.trackingNumber,
        fnsku: request.fnsku,
        decision: request.decision,
        note: request.note,
        ...(request.serial === null ? {} : { serial: request.serial }),
      });
      return receipt.ok ? ok(receiptView(receipt.value)) : err(fbaError(receipt.error));
    },

    'fba.measureBox': (request) => {
      const box = findFbaBox(context.db, request.shipmentId, request.boxNumber);
      if (!box.ok) return err(fbaError(box.error));
      const measurements = { weightGrams: request.weightGrams, lengthMm: request.lengthMm, widthMm: request.widthMm, heightMm: request.heightMm };
      const warnings = inWriteTransaction(context.db, () => recordBoxMeasurements(context.db, box.value.carton.id, measurements, nowIso()));
      if (!warnings.ok) return err(fbaError(warnings.error));
      log.info('FBA box measured', { shipmentId: box.value.shipment.reference, boxNumber: request.boxNumber, warnings: warnings.value.length });
      return ok({ warnings: warnings.value.map(({ code, ...params }) => ({ code, params })) });
    },

    'fba.boxLabel': async (request) => {
      const t = createCaptionTranslator(context.labelLanguage ?? 'en');
      const label = buildFbaBoxLabelFromStore(context.db, request.shipmentId, request.boxNumber, { dpi: context.labelDpi ?? 203, stock: request.stock, t });
      if (!label.ok) {
        log.warn('FBA box label failed', { shipmentId: request.shipmentId, boxNumber: request.boxNumber, stock: request.stock, code: label.error.code });
        return err(fbaError(label.error));
      }

      // NOTE: the label is written to the labels folder and previewed, but not sent to a printer.
      const pdf = await renderLabelPdf(label.value);
      const fileName = `${label.value.title.replace(/\s+/g, '-')}.pdf`;
      return ok({ ...writeLabelFile(context.labelsDir, fileName, pdf), previewSvg: renderLabelSvg(label.value) });
    },

    'fba.boxContentCsv': (request) => {
      const csv = exportBoxContentCsv(context.db, request.shipmentId);
      if (!csv.ok) {
        log.warn('FBA box content export failed', { shipmentId: request.shipmentId, code: csv.error.code });
        return err(fbaError(csv.error));
      }
      const reference = request.shipmentId.trim().toUpperCase();
      return ok({ fileName: `box-content-${reference}.csv`, contentBase64: Buffer.from(csv.value, 'utf8').toString('base64') });
    },
  };
}
