import type Database from 'better-sqlite3';
import { type Result, err, ok } from '../core/result';
import { listCartonsOfShipment, type CartonWithCount } from '../store/cartons';
import { findShipmentsByReference, type ShipmentRow } from '../store/shipments';
import { prepared } from '../store/statement-cache';
import { type BoxContentError, type BoxContentLine, normalizeFbaShipmentId } from './box-content';
import { type BoxLimitWarning, type BoxMeasurements, checkBoxLimits } from './box-limits';

/** An FBA box: a carton of an 'fba-inbound' shipment, whose reference is the FBA shipment ID. */
export interface FbaBox {
  readonly shipment: ShipmentRow;
  readonly carton: CartonWithCount;
  readonly boxCount: number;
}

/** A box-content line with the seller SKU, for the CSV export and the screens. */
export interface ScannedBoxLine extends BoxContentLine {
  readonly sku: string;
}

export type FbaBoxError =
  | BoxContentError
  | { readonly code: 'fba-shipment-not-found'; readonly shipmentId: string }
  | { readonly code: 'fba-shipment-ambiguous'; readonly shipmentId: string; readonly clients: ReadonlyArray<string> }
  | { readonly code: 'fba-box-not-found'; readonly shipmentId: string; readonly boxNumber: number }
  | { readonly code: 'fba-box-product-without-fnsku'; readonly sku: string }
  | { readonly code: 'fba-box-measurement-invalid'; readonly field: keyof BoxMeasurements; readonly value: number };

/** Finds the FBA inbound shipment with this shipment ID (trimmed, upper case). */
export function findFbaShipment(db: Database.Database, shipmentIdRaw: string): Result<ShipmentRow, FbaBoxError> {
  const shipmentId = normalizeFbaShipmentId(shipmentIdRaw);
  if (!shipmentId.ok) {
    return shipmentId;
  }
  const shipments = findShipmentsByReference(db, shipmentId.value).filter((shipment) => shipment.kind === 'fba-inbound');
  const [shipment] = shipments;
  if (shipment === undefined) {
    return err({ code: 'fba-shipment-not-found', shipmentId: shipmentId.value });
  }
  if (shipments.length > 1) {
    return err({ code: 'fba-shipment-ambiguous', shipmentId: shipmentId.value, clients: shipments.map((row) => row.clientCode) });
  }
  return ok(shipment);
}

/** Finds box `boxNumber` (the carton number) of an FBA shipment. */
export function findFbaBox(db: Database.Database, shipmentIdRaw: string, boxNumber: number): Result<FbaBox, FbaBoxError> {
  const shipment = findFbaShipment(db, shipmentIdRaw);
  if (!shipment.ok) {
    return shipment;
  }
  const cartons = listCartonsOfShipment(db, shipment.value.id);
  const carton = cartons.find((candidate) => candidate.number === boxNumber);
  if (carton === undefined) {
    return err({ code: 'fba-box-not-found', shipmentId: shipment.value.reference, boxNumber });
  }
  return ok({ shipment: shipment.value, carton, boxCount: cartons.length });
}

interface ScannedLineRecord {
  sku: string;
  fnsku: string | null;
  expiry: string | null;
  quantity: number;
}

/**
 * Lists what was scanned into a carton, one line per product and expiry, in scan order. The
 * expiry is converted from the stored ISO date to Amazon's YYMMDD. Rejects a product without an
 * FNSKU, because Amazon could not receive its units from the box-content barcode.
 */
export function readScannedBoxContent(db: Database.Database, cartonId: number): Result<ReadonlyArray<ScannedBoxLine>, FbaBoxError> {
  const records = prepared<[number], ScannedLineRecord>(
    db,
    `SELECT p.sku, p.fnsku, u.expiry, count(*) AS quantity
       FROM units u JOIN products p ON p.id = u.product_id
      WHERE u.carton_id = ?
      GROUP BY p.id, u.expiry
      ORDER BY min(u.id)`,
  ).all(cartonId);

  const lines: ScannedBoxLine[] = [];
  for (const record of records) {
    if (record.fnsku === null) {
      return err({ code: 'fba-box-product-without-fnsku', sku: record.sku });
    }
    const expiry = record.expiry === null ? undefined : isoDateToYymmdd(record.expiry);
    lines.push({ sku: record.sku, fnsku: record.fnsku, quantity: record.quantity, ...(expiry === undefined ? {} : { expiry }) });
  }
  return ok(lines);
}

// Stored expiries are ISO dates (2027-12-31). Anything else is left off rather than guessed.
function isoDateToYymmdd(date: string): string | undefined {
  const match = /^\d{2}(\d{2})-(\d{2})-(\d{2})$/.exec(date);
  return match === null ? undefined : `${match[1]}${match[2]}${match[3]}`;
}

interface MeasurementRecord {
  weight_grams: number;
  length_mm: number;
  width_mm: number;
  height_mm: number;
}

/** Returns the recorded weight and dimensions of a box, or null when it was never measured. */
export function findBoxMeasurements(db: Database.Database, cartonId: number): BoxMeasurements | null {
  const record = prepared<[number], MeasurementRecord>(
    db,
    'SELECT weight_grams, length_mm, width_mm, height_mm FROM fba_box_measurements WHERE carton_id = ?',
  ).get(cartonId);
  if (record === undefined) {
    return null;
  }
  return { weightGrams: record.weight_grams, lengthMm: record.length_mm, widthMm: record.width_mm, heightMm: record.height_mm };
}

/**
 * Records (or replaces) a box's weight and outer dimensions, and returns the Amazon limits the box
 * exceeds. Exceeding a limit is a warning, not an error: the box is packed, and the operator
 * decides whether to split it or label it for team lift. Every value must be a whole number from 1.
 */
export function recordBoxMeasurements(
  db: Database.Database,
  cartonId: number,
  measurements: BoxMeasurements,
  now: string,
): Result<ReadonlyArray<BoxLimitWarning>, FbaBoxError> {
  for (const field of ['weightGrams', 'lengthMm', 'widthMm', 'heightMm'] as const) {
    const value = measurements[field];
    if (!Number.isSafeInteger(value) || value < 1) {
      return err({ code: 'fba-box-measurement-invalid', field, value });
    }
  }

  prepared(
    db,
    `INSERT INTO fba_box_measurements (carton_id, weight_grams, length_mm, width_mm, height_mm, measured_at)
     VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (carton_id) DO UPDATE SET
       weight_grams = excluded.weight_grams, length_mm = excluded.length_mm, width_mm = excluded.width_mm,
       height_mm = excluded.height_mm, measured_at = excluded.measured_at`,
  ).run(cartonId, measurements.weightGrams, measurements.lengthMm, measurements.widthMm, measurements.heightMm, now);
  return ok(checkBoxLimits(measurements));
}
