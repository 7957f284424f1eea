import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import { buildSscc } from '../../main/labels/sscc';
import { acceptedVerdict } from '../../main/packing/verdicts';
import { foldSerialForComparison } from '../../main/scan/serial';
import { serialOf, type BenchProduct } from './catalog';
import { createChainWriter } from './chain-writer';
import type { PlannedShipment } from './history-plan';
import { gs1UnitScan } from './scan-text';

/** The ids the generated history refers to. */
export interface HistoryContext {
  readonly stationId: string;
  readonly operatorIds: ReadonlyArray<number>;
  readonly clients: ReadonlyArray<{ readonly id: number; readonly code: string; readonly gs1CompanyPrefix: string; readonly ssccExtensionDigit: number }>;
  readonly products: ReadonlyArray<BenchProduct & { readonly id: number }>;
  /** Time of the first historic event, in ms since the epoch. Later events follow about `msPerUnit` apart per unit. */
  readonly startMs: number;
  readonly msPerUnit: number;
}

export interface HistoryCounts {
  shipments: number;
  cartons: number;
  units: number;
}

// Units per carton in the generated history, a common count for small parcels.
const unitsPerCarton = 12;

/**
 * Creates a writer that stores each planned shipment the way packing would have. Every carton
 * gets an SSCC from the client's counter and 'carton-opened' and 'carton-closed' events. Every
 * unit gets a unit row, a scan gesture and a 'unit-packed' event. A finished shipment also gets
 * 'unit-shipped' per unit and 'shipment-finished'. The caller wraps calls in transactions and
 * calls `finish` after the last one, which stores the clients' next SSCC serials.
 */
export function createHistoryWriter(db: Database.Database, context: HistoryContext) {
  const appendEvent = createChainWriter(db);
  const statements = prepareStatements(db);
  const nextSsccSerial = new Map(context.clients.map((client) => [client.id, 1]));
  const nextSerialNumber = new Map<number, number>();
  const counts: HistoryCounts = { shipments: 0, cartons: 0, units: 0 };
  let clockMs = context.startMs;

  const actorOf = (shipmentNumber: number) => ({
    stationId: context.stationId,
    operatorId: context.operatorIds[shipmentNumber % context.operatorIds.length] ?? null,
  });
  const tick = (fraction = 1): number => {
    clockMs += Math.max(1, Math.round(context.msPerUnit * fraction));
    return clockMs;
  };

  function writeShipment(plan: PlannedShipment): void {
    const client = context.clients[plan.clientIndex];
    if (client === undefined) {
      throw new Error(`history plan names client index ${plan.clientIndex}, but only ${context.clients.length} exist`);
    }
    counts.shipments += 1;
    const actor = actorOf(counts.shipments);
    const reference = `${client.code}-SO-${String(counts.shipments).padStart(7, '0')}`;
    const createdAt = new Date(tick(0.5)).toISOString();
    const shipmentId = Number(
      statements.shipment.run(client.id, reference, plan.kind, 'bench-generator', plan.finished ? 'finished' : 'open', JSON.stringify(plan.shipTo), createdAt).lastInsertRowid,
    );

    const units = plan.lines.flatMap((line) => {
      const product = context.products[line.productIndex];
      if (product === undefined) {
        throw new Error(`history plan names product index ${line.productIndex}, but only ${context.products.length} exist`);
      }
      statements.line.run(shipmentId, product.id, line.quantity, line.quantity);
      return Array.from({ length: line.quantity }, () => ({ product }));
    });

    const packed: Array<{ readonly unitId: number; readonly cartonId: number; readonly serial: string }> = [];
    for (let first = 0; first < units.length; first += unitsPerCarton) {
      const cartonUnits = units.slice(first, first + unitsPerCarton);
      const isLast = first + unitsPerCarton >= units.length;
      const stayOpen = isLast && !plan.finished;
      packed.push(...writeCarton(shipmentId, reference, client, cartonUnits, first / unitsPerCarton + 1, stayOpen, actor, units.length - first));
    }

    if (plan.finished) {
      const finishedMs = tick(0.05);
      const finishedAt = new Date(finishedMs).toISOString();
      for (const unit of packed) {
        statements.shipUnit.run(finishedAt, unit.unitId);
        appendEvent({ ...actor, type: 'unit-shipped', occurredAtMs: finishedMs, unitId: unit.unitId, cartonId: unit.cartonId, shipmentId, payload: { serial: unit.serial, reference } });
      }
      appendEvent({ ...actor, type: 'shipment-finished', occurredAtMs: finishedMs, shipmentId, payload: { reference, unitsShipped: packed.length } });
      statements.finishShipment.run(finishedAt, shipmentId);
    }
  }

  function writeCarton(
    shipmentId: number,
    reference: string,
    client: HistoryContext['clients'][number],
    cartonUnits: ReadonlyArray<{ readonly product: HistoryContext['products'][number] }>,
    number: number,
    stayOpen: boolean,
    actor: { readonly stationId: string; readonly operatorId: number | null },
    remainingBefore: number,
  ) {
    const ssccSerial = nextSsccSerial.get(client.id) ?? 1;
    nextSsccSerial.set(client.id, ssccSerial + 1);
    const sscc = buildSscc(client.ssccExtensionDigit, client.gs1CompanyPrefix, ssccSerial);
    if (!sscc.ok) {
      throw new Error(`SSCC not built for client ${client.code}: ${JSON.stringify(sscc.error)}`);
    }

    const openedMs = tick(0.2);
    const cartonId = Number(statements.carton.run(shipmentId, number, sscc.value, new Date(openedMs).toISOString()).lastInsertRowid);
    counts.cartons += 1;
    appendEvent({ ...actor, type: 'carton-opened', occurredAtMs: openedMs, cartonId, shipmentId, payload: { number, sscc: sscc.value, cause: 'first-unit' } });

    const packed = cartonUnits.map(({ product }, index) => {
      const serialNumber = (nextSerialNumber.get(product.id) ?? 0) + 1;
      nextSerialNumber.set(product.id, serialNumber);
      const serial = serialOf(product, serialNumber);
      const packedAt = new Date(tick()).toISOString();
      const unitId = Number(statements.unit.run(product.id, serial, foldSerialForComparison(serial), cartonId, shipmentId, packedAt, packedAt).lastInsertRowid);
      counts.units += 1;

      const gestureId = randomUUID();
      const event = appendEvent({
        ...actor,
        type: 'unit-packed',
        occurredAtMs: Date.parse(packedAt),
        unitId,
        cartonId,
        shipmentId,
        idempotencyKey: gestureId,
        payload: { serial, productId: product.id, sku: product.sku, cartonNumber: number, sscc: sscc.value, created: true, lot: null, expiry: null },
      });
      const params = { serial, sku: product.sku, cartonNumber: number, remaining: remainingBefore - index - 1 };
      const verdict = acceptedVerdict(index === 0 ? 'unit-packed-new-carton' : 'unit-packed', params);
      statements.gesture.run(gestureId, actor.stationId, actor.operatorId, shipmentId, gs1UnitScan(product.gtin, serial), JSON.stringify(verdict), event.id, packedAt);
      return { unitId, cartonId, serial };
    });

    if (!stayOpen) {
      const closedMs = tick(0.2);
      const weightGrams = 300 + cartonUnits.reduce((sum, { product }) => sum + product.weightGrams, 0);
      statements.closeCarton.run(weightGrams, new Date(closedMs).toISOString(), cartonId);
      appendEvent({ ...actor, type: 'carton-closed', occurredAtMs: closedMs, cartonId, shipmentId, payload: { number, sscc: sscc.value, weightGrams, unitCount: cartonUnits.length } });
    }
    return packed;
  }

  function finish(): HistoryCounts {
    for (const [clientId, serial] of nextSsccSerial) {
      statements.ssccCounter.run(serial, clientId);
    }
    return { ...counts };
  }

  return { writeShipment, finish };
}

function prepareStatements(db: Database.Database) {
  return {
    shipment: db.prepare(
      `INSERT INTO shipments (client_id, reference, kind, source, status, ship_to_json, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ),
    line: db.prepare('INSERT INTO shipment_lines (shipment_id, product_id, quantity_expected, quantity_packed) VALUES (?, ?, ?, ?)'),
    carton: db.prepare(`INSERT INTO cartons (shipment_id, number, sscc, status, created_at) VALUES (?, ?, ?, 'open', ?)`),
    closeCarton: db.prepare(`UPDATE cartons SET status = 'closed', weight_grams = ?, closed_at = ? WHERE id = ?`),
    unit: db.prepare(
      `INSERT INTO units (product_id, serial, serial_folded, status, carton_id, shipment_id, created_at, updated_at)
       VALUES (?, ?, ?, 'packed', ?, ?, ?, ?)`,
    ),
    gesture: db.prepare(
      `INSERT INTO scan_gestures (gesture_id, station_id, operator_id, shipment_id, source, raw, outcome, verdict_json, event_id, recorded_at)
       VALUES (?, ?, ?, ?, 'keyboard', ?, 'accepted', ?, ?, ?)`,
    ),
    finishShipment: db.prepare(`UPDATE shipments SET finished_at = ? WHERE id = ?`),
    shipUnit: db.prepare(`UPDATE units SET status = 'shipped', updated_at = ? WHERE id = ?`),
    ssccCounter: db.prepare('UPDATE clients SET next_sscc_serial = ? WHERE id = ?'),
  };
}
