import type Database from 'better-sqlite3';

/** One packed unit of a shipment as the manifest lists it. Identifiers are strings, never numbers. */
export interface ManifestRow {
  readonly reference: string;
  readonly cartonNumber: number;
  readonly sscc: string;
  readonly sku: string;
  readonly gtin: string;
  readonly serial: string;
  readonly lot: string;
  /** ISO date (YYYY-MM-DD), or empty. */
  readonly expiry: string;
}

/**
 * The manifest's columns in file order. Headers use the names that the shipment CSV importer
 * accepts for the same fields (`reference`, `sku`), so the file reads back with the same tools.
 */
export const manifestColumns: ReadonlyArray<{ readonly header: string; readonly field: keyof ManifestRow }> = [
  { header: 'reference', field: 'reference' },
  { header: 'carton_number', field: 'cartonNumber' },
  { header: 'sscc', field: 'sscc' },
  { header: 'sku', field: 'sku' },
  { header: 'gtin', field: 'gtin' },
  { header: 'serial', field: 'serial' },
  { header: 'lot', field: 'lot' },
  { header: 'expiry', field: 'expiry' },
];

interface ManifestRecord {
  reference: string;
  carton_number: number;
  sscc: string;
  sku: string;
  gtin: string | null;
  serial: string;
  lot: string | null;
  expiry: string | null;
}

/**
 * Lists every unit in a carton of the shipment, packed or already shipped, in carton and packing
 * order. A unit taken out of its carton is not listed. Missing GTIN, lot and expiry become ''.
 */
export function listManifestRows(db: Database.Database, shipmentId: number): ReadonlyArray<ManifestRow> {
  return db
    .prepare<[number], ManifestRecord>(
      `SELECT s.reference, c.number AS carton_number, c.sscc, p.sku, p.gtin, u.serial, u.lot, u.expiry
         FROM units u
         JOIN cartons c ON c.id = u.carton_id
         JOIN shipments s ON s.id = c.shipment_id
         JOIN products p ON p.id = u.product_id
        WHERE c.shipment_id = ? AND u.status IN ('packed', 'shipped')
        ORDER BY c.number, u.updated_at, u.id`,
    )
    .all(shipmentId)
    .map((record) => ({
      reference: record.reference,
      cartonNumber: record.carton_number,
      sscc: record.sscc,
      sku: record.sku,
      gtin: record.gtin ?? '',
      serial: record.serial,
      lot: record.lot ?? '',
      expiry: record.expiry ?? '',
    }));
}
