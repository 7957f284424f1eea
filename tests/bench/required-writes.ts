import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import { openCarton } from '../../main/packing/carton-actions';
import { acceptedVerdict } from '../../main/packing/verdicts';
import { insertScanGesture } from '../../main/store/scan-gestures';
import { foldSerialForComparison } from '../../main/scan/serial';
import { adjustPackedQuantity, findShipmentById, listShipmentLines } from '../../main/store/shipments';
import { inWriteTransaction, nowIso } from '../../main/store/write-transaction';
import { createUnit } from '../../main/tracking/unit-writes';
import { createBenchShipment } from './bench-shipment';
import { firstFreshSerialNumber, serialOf } from './catalog';
import type { InsertBaseline } from './insert-baseline';
import { gs1UnitScan } from './scan-text';
import type { IdleCheckpoint } from './scan-series';
import { timeCall } from './statistics';

/** Timings of the required-writes series and of the bare inserts interleaved with it, in ms. */
export interface RequiredWritesSeries {
  readonly writesMs: ReadonlyArray<number>;
  readonly baselineMs: ReadonlyArray<number>;
}

// Far above the serials the scan series uses, so no unit of this series collides with one of those.
const firstSerialNumber = firstFreshSerialNumber + 10_000_000;

/**
 * Times the rows an accepted scan must write, and nothing else, against the bare insert: a lower
 * bound for any scan path under this schema and durability. Each transaction inserts a packed
 * unit, adds one to its shipment line, appends a 'unit-packed' event to the hash chain and stores
 * the gesture with its verdict, through the store functions recordScan uses, so every constraint
 * and index the scan maintains is maintained here too. It skips what a scan decides with: the
 * decode, the replay and shipment lookups, the unit and carton lookups and the packing rules.
 *
 * The units go into one carton of a second bench shipment, so this series never opens a carton
 * (a scan opens one in every `cartonSize`). Run it after the scan series, because its frames
 * would otherwise share the scans' WAL and checkpoints.
 */
export function runRequiredWritesSeries(
  db: Database.Database,
  baseline: InsertBaseline,
  count: number,
  idleCheckpoint?: IdleCheckpoint,
  baselineIdleCheckpoint?: IdleCheckpoint,
): RequiredWritesSeries {
  const shipment = createBenchShipment(db, count, 'FLOOR');
  const shipmentRow = findShipmentById(db, shipment.shipmentId);
  if (shipmentRow === undefined) {
    throw new Error(`Shipment #${shipment.shipmentId} is missing after its import`);
  }
  const opened = inWriteTransaction(db, () => openCarton(db, shipment.actor, shipmentRow, 'first-unit'));
  if (!opened.ok) {
    throw new Error(`Opening the required-writes carton failed: ${JSON.stringify(opened.error)}`);
  }
  const { carton } = opened.value;
  const products = listShipmentLines(db, shipment.shipmentId).map((line) => {
    const benchProduct = shipment.products.find((candidate) => candidate.sku === line.sku);
    if (benchProduct === undefined) {
      throw new Error(`Line ${line.sku} of the required-writes shipment is not a bench product`);
    }
    return { id: line.productId, sku: line.sku, benchProduct };
  });

  const writesMs: number[] = [];
  const baselineMs: number[] = [];
  for (let index = 0; index < count; index += 1) {
    const product = products[index % products.length];
    if (product === undefined) {
      throw new Error('The required-writes shipment has no lines');
    }
    const serial = serialOf(product.benchProduct, firstSerialNumber + Math.floor(index / products.length));
    const raw = gs1UnitScan(product.benchProduct.gtin, serial);
    const gestureId = randomUUID();

    const writes = timeCall(() =>
      inWriteTransaction(db, () => {
        const now = nowIso();
        const created = createUnit(
          db,
          shipment.actor,
          'unit-packed',
          { productId: product.id, serial, serialFolded: foldSerialForComparison(serial), lot: null, expiry: null, cartonId: carton.id, shipmentId: shipment.shipmentId, receiptId: null },
          {
            cartonId: carton.id,
            shipmentId: shipment.shipmentId,
            idempotencyKey: gestureId,
            payload: { serial, productId: product.id, sku: product.sku, cartonNumber: carton.number, sscc: carton.sscc, created: true, lot: null, expiry: null },
          },
        );
        if (!created.ok) {
          throw new Error(`The state machine refused to create packed unit ${serial}`);
        }
        adjustPackedQuantity(db, shipment.shipmentId, product.id, 1);
        const event = created.value.event;
        const verdict = acceptedVerdict('unit-packed', { serial, sku: product.sku, cartonNumber: carton.number, remaining: count - index - 1 });
        insertScanGesture(
          db,
          {
            gestureId,
            stationId: shipment.actor.stationId,
            operatorId: shipment.actor.operatorId,
            shipmentId: shipment.shipmentId,
            source: 'keyboard',
            raw,
            verdict,
            eventId: event.id,
            pendingProductId: null,
          },
          now,
        );
      }),
    );
    writesMs.push(writes.ms);
    baselineMs.push(baseline.insertOne());
    idleCheckpoint?.();
    baselineIdleCheckpoint?.();
  }
  return { writesMs, baselineMs };
}
