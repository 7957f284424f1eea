import type Database from 'better-sqlite3';
import type { Address } from '../api/contract';

export type ShipmentKind = 'customer-order' | 'fba-inbound' | 'vendor';

/** One line of an imported shipment: a product and how many units of it to pack. */
export interface ImportedLine {
  readonly productId: number;
  readonly quantity: number;
}

/** The content of a shipment that an import sets and a re-import compares. */
export interface ShipmentContent {
  readonly kind: ShipmentKind;
  readonly shipTo: Address;
  readonly lines: ReadonlyArray<ImportedLine>;
}

/** A stored shipment with the content and packing state that a re-import compares against. */
export interface StoredShipment extends ShipmentContent {
  readonly id: number;
  /**
   * True once packing has begun: the shipment is no longer open, a carton exists, a unit is
   * assigned to it or a line has a packed quantity. Its content must not change after that.
   */
  readonly packingStarted: boolean;
}

interface ShipmentRecord {
  id: number;
  kind: ShipmentKind;
  status: string;
  ship_to_json: string;
}

/** Finds a client's shipment by reference together with its lines and packing state. */
export function findShipmentForImport(
  db: Database.Database,
  clientId: number,
  reference: string,
): StoredShipment | undefined {
  const record = db
    .prepare<[number, string], ShipmentRecord>(
      'SELECT id, kind, status, ship_to_json FROM shipments WHERE client_id = ? AND reference = ?',
    )
    .get(clientId, reference);
  if (record === undefined) {
    return undefined;
  }

  const lines = db
    .prepare<[number], { product_id: number; quantity_expected: number; quantity_packed: number }>(
      'SELECT product_id, quantity_expected, quantity_packed FROM shipment_lines WHERE shipment_id = ? ORDER BY product_id',
    )
    .all(record.id);
  const hasCarton = db.prepare('SELECT 1 FROM cartons WHERE shipment_id = ? LIMIT 1').get(record.id) !== undefined;
  const hasUnit = db.prepare('SELECT 1 FROM units WHERE shipment_id = ? LIMIT 1').get(record.id) !== undefined;
  const anyPacked = lines.some((line) => line.quantity_packed > 0);

  return {
    id: record.id,
    kind: record.kind,
    shipTo: JSON.parse(record.ship_to_json) as Address,
    lines: lines.map((line) => ({ productId: line.product_id, quantity: line.quantity_expected })),
    packingStarted: record.status !== 'open' || hasCarton || hasUnit || anyPacked,
  };
}

/** Inserts an open shipment with its lines and returns its id. Lines must name distinct products. */
export function insertShipment(
  db: Database.Database,
  shipment: ShipmentContent & { readonly clientId: number; readonly reference: string; readonly source: string },
  now: string,
): number {
  const info = db
    .prepare(
      `INSERT INTO shipments (client_id, reference, kind, source, ship_to_json, created_at)
       VALUES (?, ?, ?, ?, ?, ?)`,
    )
    .run(shipment.clientId, shipment.reference, shipment.kind, shipment.source, JSON.stringify(shipment.shipTo), now);
  const shipmentId = Number(info.lastInsertRowid);
  insertLines(db, shipmentId, shipment.lines);
  return shipmentId;
}

/**
 * Replaces the kind, ship-to address and lines of a shipment. Only for shipments whose packing
 * has not started, so no carton, unit or packed quantity refers to the old lines.
 */
export function replaceShipmentContent(
  db: Database.Database,
  shipmentId: number,
  content: ShipmentContent & { readonly source: string },
): void {
  db.prepare('UPDATE shipments SET kind = ?, source = ?, ship_to_json = ? WHERE id = ?').run(
    content.kind,
    content.source,
    JSON.stringify(content.shipTo),
    shipmentId,
  );
  db.prepare('DELETE FROM shipment_lines WHERE shipment_id = ?').run(shipmentId);
  insertLines(db, shipmentId, content.lines);
}

function insertLines(db: Database.Database, shipmentId: number, lines: ReadonlyArray<ImportedLine>): void {
  const insert = db.prepare('INSERT INTO shipment_lines (shipment_id, product_id, quantity_expected) VALUES (?, ?, ?)');
  for (const line of lines) {
    insert.run(shipmentId, line.productId, line.quantity);
  }
}
