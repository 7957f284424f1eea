import type Database from 'better-sqlite3';
import { type Result, ok } from '../core/result';
import { type FbaBoxLabelError, type FbaBoxLabelOptions, buildFbaBoxLabel } from '../labels/fba-box-label';
import type { LabelDocument } from '../labels/model';
import { buildBoxContentPayload } from './box-content';
import { type FbaBoxError, findBoxMeasurements, findFbaBox, readScannedBoxContent } from './fba-boxes';

/**
 * Builds the box ID label of box `boxNumber` of an FBA shipment from the store. The 2D
 * box-content barcode lists exactly the units scanned into the box. The label shows the recorded
 * weight and dimensions, or the carton's closing weight when the box was never measured.
 * The box count is printed once the shipment is finished, because boxes may still be added.
 */
export function buildFbaBoxLabelFromStore(
  db: Database.Database,
  shipmentId: string,
  boxNumber: number,
  options: FbaBoxLabelOptions,
): Result<LabelDocument, FbaBoxError | FbaBoxLabelError> {
  const box = findFbaBox(db, shipmentId, boxNumber);
  if (!box.ok) {
    return box;
  }
  const content = readScannedBoxContent(db, box.value.carton.id);
  if (!content.ok) {
    return content;
  }
  const payload = buildBoxContentPayload(box.value.shipment.reference, content.value);
  if (!payload.ok) {
    return payload;
  }

  const measurements = findBoxMeasurements(db, box.value.carton.id);
  const fnskuTotals = new Map<string, number>();
  for (const line of content.value) {
    fnskuTotals.set(line.fnsku, (fnskuTotals.get(line.fnsku) ?? 0) + line.quantity);
  }
  const document = buildFbaBoxLabel(
    {
      shipmentId: box.value.shipment.reference,
      boxNumber,
      boxCount: box.value.shipment.status === 'open' ? null : box.value.boxCount,
      clientName: box.value.shipment.clientName,
      contentPayload: payload.value,
      contents: [...fnskuTotals].map(([fnsku, quantity]) => ({ fnsku, quantity })),
      weightGrams: measurements?.weightGrams ?? box.value.carton.weightGrams,
      dimensionsMm: measurements === null ? null : [measurements.lengthMm, measurements.widthMm, measurements.heightMm],
    },
    options,
  );
  return document.ok ? ok(document.value) : document;
}
