import type Database from 'better-sqlite3';
import { buildSscc } from '../../../main/labels/sscc';
import { foldSerialForComparison } from '../../../main/scan/serial';
import type { JsonValue } from '../../../main/store/canonical-json';
import type { EventType } from '../../../main/store/event-types';
import { serialOf, type BenchProduct } from '../catalog';
import { createChainWriter } from '../chain-writer';

/** The ids the generated lifecycle history refers to. */
export interface LifecycleContext {
  readonly stationId: string;
  readonly operatorIds: ReadonlyArray<number>;
  readonly clients: ReadonlyArray<{ readonly id: number; readonly code: string; readonly gs1CompanyPrefix: string; readonly ssccExtensionDigit: number }>;
  readonly products: ReadonlyArray<BenchProduct & { readonly id: number; readonly clientIndex: number }>;
  readonly startMs: number;
  readonly msPerUnit: number;
  /** Total units the store will hold; fixes which units share the recall lot and which stay in stock. */
  readonly totalUnits: number;
}

/** Lot shared by the bench's recall: 100,000 units spread over the whole history. */
export const recallLot = 'RCL-0001';
export const recallLotUnits = 100_000;
/** Units per shipment in the generated history: two cartons of twelve. */
export const unitsPerBatch = 24;
const unitsPerCarton = 12;
// Fraction of the newest units that are still in stock (received and put away, never packed).
const inStockShare = 0.05;
// Of the shipped units, the share that came back, was graded and restocked (three events each, as
// the returns desk writes them).
const returnShare = 0.4;

interface BatchUnit {
  readonly index: number;
  readonly product: LifecycleContext['products'][number];
  readonly serial: string;
  readonly lot: string;
  readonly expiry: string;
}

/**
 * Creates a writer for the traceability bench: every unit is received and put away, most are
 * packed two cartons to a shipment and shipped, and a share of those is returned, graded and
 * restocked.
 * Events are hashed into one chain exactly as `appendEvent` does, with the head kept in memory.
 * Unit rows are written once with their final state. Nothing else may write the store meanwhile.
 */
export function createLifecycleWriter(db: Database.Database, context: LifecycleContext) {
  const statements = prepareStatements(db);
  const appendHistoric = createChainWriter(db);
  let lastSeq = db.prepare<[], { seq: number }>('SELECT coalesce(max(seq), 0) AS seq FROM events').get()?.seq ?? 0;
  let clockMs = context.startMs;
  let unitsWritten = 0;
  let shipments = 0;
  const ssccSerials = new Map<number, number>();
  const recallStride = Math.max(1, Math.floor(context.totalUnits / recallLotUnits));
  const firstInStockUnit = Math.floor(context.totalUnits * (1 - inStockShare));

  function append(type: EventType, operatorId: number | null, ids: { unitId?: number; cartonId?: number; shipmentId?: number }, payload: { readonly [key: string]: JsonValue }): void {
    clockMs += 1 + Math.floor(context.msPerUnit / 6);
    lastSeq = appendHistoric({ type, stationId: context.stationId, operatorId, ...ids, payload, occurredAtMs: clockMs }).seq;
  }

  function unitOf(index: number): BatchUnit {
    const product = context.products[index % context.products.length] as LifecycleContext['products'][number];
    const serialNumber = Math.floor(index / context.products.length) + 1;
    const lot = index % recallStride === 0 && index / recallStride < recallLotUnits ? recallLot : `L${String(Math.floor(index / 5_000)).padStart(6, '0')}`;
    const expiry = new Date(context.startMs + 730 * 86_400_000 + (index % 365) * 86_400_000).toISOString().slice(0, 10);
    return { index, product, serial: serialOf(product, serialNumber), lot, expiry };
  }

  /** Writes the next `count` units (at most one batch) with their whole history. */
  function writeBatch(count: number): void {
    const operatorId = context.operatorIds[shipments % context.operatorIds.length] ?? null;
    const units = Array.from({ length: count }, (_, offset) => unitOf(unitsWritten + offset));
    unitsWritten += count;
    const shipped = (units[0]?.index ?? 0) < firstInStockUnit;

    const receiptRef = `ASN-${String(Math.floor((units[0]?.index ?? 0) / 5_000)).padStart(6, '0')}`;
    const location = `A-${String(Math.floor(units[0]?.index ?? 0) % 400).padStart(3, '0')}`;
    if (!shipped) {
      for (const unit of units) {
        const unitId = insertUnit(unit, 'in-stock', null, null);
        append('unit-received', operatorId, { unitId }, { serial: unit.serial, lot: unit.lot, expiry: unit.expiry, receipt: receiptRef });
        append('unit-moved', operatorId, { unitId }, { to: location });
      }
      return;
    }

    const client = context.clients[units[0]?.product.clientIndex ?? 0] as LifecycleContext['clients'][number];
    shipments += 1;
    const reference = `TRC-${String(shipments).padStart(8, '0')}`;
    const shipmentId = Number(statements.shipment.run(client.id, reference, new Date(clockMs).toISOString(), new Date(clockMs).toISOString()).lastInsertRowid);

    const unitRows: Array<{ unitId: number; cartonId: number; unit: BatchUnit }> = [];
    for (let first = 0; first < units.length; first += unitsPerCarton) {
      const cartonUnits = units.slice(first, first + unitsPerCarton);
      const ssccSerial = (ssccSerials.get(client.id) ?? 1_000_000) + 1;
      ssccSerials.set(client.id, ssccSerial);
      const sscc = buildSscc(client.ssccExtensionDigit, client.gs1CompanyPrefix, ssccSerial);
      if (!sscc.ok) {
        throw new Error(`SSCC not built for client ${client.code}: ${JSON.stringify(sscc.error)}`);
      }
      const cartonId = Number(statements.carton.run(shipmentId, first / unitsPerCarton + 1, sscc.value, new Date(clockMs).toISOString(), new Date(clockMs).toISOString()).lastInsertRowid);
      for (const unit of cartonUnits) {
        const returned = unit.index % 5 < returnShare * 5;
        const unitId = insertUnit(unit, returned ? 'in-stock' : 'shipped', returned ? null : cartonId, shipmentId);
        unitRows.push({ unitId, cartonId, unit });
        append('unit-received', operatorId, { unitId }, { serial: unit.serial, lot: unit.lot, expiry: unit.expiry, receipt: receiptRef });
        append('unit-moved', operatorId, { unitId }, { to: location });
      }
      append('carton-opened', operatorId, { cartonId, shipmentId }, { number: first / unitsPerCarton + 1, sscc: sscc.value });
      for (const unit of cartonUnits) {
        const row = unitRows.find((candidate) => candidate.unit === unit);
        append('unit-packed', operatorId, { unitId: row?.unitId, cartonId, shipmentId }, { serial: unit.serial, sscc: sscc.value });
      }
      append('carton-closed', operatorId, { cartonId, shipmentId }, { number: first / unitsPerCarton + 1, sscc: sscc.value, unitCount: cartonUnits.length });
    }
    for (const row of unitRows) {
      append('unit-shipped', operatorId, { unitId: row.unitId, cartonId: row.cartonId, shipmentId }, { serial: row.unit.serial, reference });
    }
    append('shipment-finished', operatorId, { shipmentId }, { reference, unitsShipped: unitRows.length });
    for (const row of unitRows) {
      if (row.unit.index % 5 < returnShare * 5) {
        append('unit-returned', operatorId, { unitId: row.unitId, shipmentId }, { serial: row.unit.serial, reason: 'customer-return' });
        append('unit-graded', operatorId, { unitId: row.unitId }, { grade: 'A', disposition: 'restock-new' });
        append('unit-restocked', operatorId, { unitId: row.unitId }, { disposition: 'restock-new', to: location });
      }
    }
  }

  function insertUnit(unit: BatchUnit, status: string, cartonId: number | null, shipmentId: number | null): number {
    const at = new Date(clockMs).toISOString();
    return Number(statements.unit.run(unit.product.id, unit.serial, foldSerialForComparison(unit.serial), unit.lot, unit.expiry, status, cartonId, shipmentId, at, at).lastInsertRowid);
  }

  function finish(): { readonly units: number; readonly events: number; readonly shipments: number } {
    for (const [clientId, serial] of ssccSerials) {
      statements.ssccCounter.run(serial + 1, clientId);
    }
    return { units: unitsWritten, events: lastSeq, shipments };
  }

  return { writeBatch, finish };
}

function prepareStatements(db: Database.Database) {
  return {
    shipment: db.prepare(
      `INSERT INTO shipments (client_id, reference, kind, source, status, created_at, finished_at) VALUES (?, ?, 'customer-order', 'bench-generator', 'finished', ?, ?)`,
    ),
    carton: db.prepare(`INSERT INTO cartons (shipment_id, number, sscc, status, weight_grams, created_at, closed_at) VALUES (?, ?, ?, 'closed', 4000, ?, ?)`),
    unit: db.prepare(
      `INSERT INTO units (product_id, serial, serial_folded, lot, expiry, status, carton_id, shipment_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    ssccCounter: db.prepare('UPDATE clients SET next_sscc_serial = ? WHERE id = ?'),
  };
}
