import type Database from 'better-sqlite3';
import { err, ok, type Result } from '../core/result';
import { decodeScan } from '../scan/decode';
import { foldSerialForComparison, normalizeSerial } from '../scan/serial';
import { prepared } from '../store/statement-cache';
import { toTrackedUnit, trackedUnitColumns, type TrackedUnit, type TrackedUnitRecord } from './tracked-units';

export type UnitScanError =
  | { readonly code: 'decode-error'; readonly detail: string }
  | { readonly code: 'unit-not-found'; readonly serial: string }
  | { readonly code: 'ambiguous-serial'; readonly serial: string; readonly units: number };

/**
 * Finds the unit a scan names: GS1 data with GTIN and serial names one product's unit, and a
 * bare serial (compared after folding case) must match exactly one unit of any product.
 */
export function findUnitByScan(db: Database.Database, raw: string): Result<TrackedUnit, UnitScanError> {
  const decoded = decodeScan(raw);
  if (!decoded.ok) {
    return err({ code: 'decode-error', detail: decoded.error.message });
  }

  const value = decoded.value;
  if (value.kind === 'gs1' && value.fields.gtin !== undefined && value.fields.serial !== undefined) {
    const serial = normalizeSerial(value.fields.serial);
    const record = prepared<[string, string], TrackedUnitRecord>(
      db,
      `SELECT ${trackedUnitColumns.split(', ').map((column) => `u.${column}`).join(', ')}
         FROM units u JOIN products p ON p.id = u.product_id WHERE p.gtin = ? AND u.serial_folded = ?`,
    ).get(value.fields.gtin, foldSerialForComparison(serial));
    return record === undefined ? err({ code: 'unit-not-found', serial }) : ok(toTrackedUnit(record));
  }

  const serial = normalizeSerial(value.kind === 'serial' ? value.serial : raw);
  const units = findUnitsBySerialText(db, serial);
  if (units.length === 0) {
    return err({ code: 'unit-not-found', serial });
  }
  const [only] = units;
  return units.length === 1 && only !== undefined ? ok(only) : err({ code: 'ambiguous-serial', serial, units: units.length });
}

/** Lists units of any product whose serial equals the text after folding case. */
export function findUnitsBySerialText(db: Database.Database, serialText: string): ReadonlyArray<TrackedUnit> {
  return prepared<[string], TrackedUnitRecord>(db, `SELECT ${trackedUnitColumns} FROM units WHERE serial_folded = ? ORDER BY id`)
    .all(foldSerialForComparison(serialText))
    .map(toTrackedUnit);
}
