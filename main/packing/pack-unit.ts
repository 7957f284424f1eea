import type Database from 'better-sqlite3';
import type { ScanVerdict } from '../api/contract';
import { invariant } from '../core/assert';
import { err, ok, type Result } from '../core/result';
import { foldSerialForComparison } from '../scan/serial';
import { findCartonById, findOpenCarton, type CartonRow } from '../store/cartons';
import type { StoredEvent } from '../store/events';
import { adjustPackedQuantity, findShipmentById, type ShipmentLineRow, type ShipmentRow } from '../store/shipments';
import { findUnitByProductFoldedSerial, findUnitByProductSerial } from '../store/units';
import type { Actor } from './actor';
import type { OverridableRefusal } from '../operators/roles';
import { openCarton } from './carton-actions';
import { applyUnitTransition } from '../tracking/apply-transition';
import { unitPackability, type PackableUnit } from '../tracking/availability';
import { findTrackedUnit, type TrackedUnit } from '../tracking/tracked-units';
import { createUnit, writeUnitTransition, type UnitEventRecord } from '../tracking/unit-writes';
import { remainingQuantity, serialMatchesPattern } from './unit-rules';
import { acceptedVerdict, refuse, type Refusal } from './verdicts';

/** A unit identified by a scan: the shipment line of its product and its normalised serial. */
export interface UnitCandidate {
  readonly line: ShipmentLineRow;
  readonly serial: string;
  readonly lot: string | null;
  /** ISO date (YYYY-MM-DD). */
  readonly expiry: string | null;
}

export interface PackedUnit {
  readonly verdict: ScanVerdict;
  readonly event: StoredEvent;
}

/** A supervisor's approval to pack despite the listed refusals, recorded in the event's payload. */
export interface PackOverride {
  readonly refusals: ReadonlyArray<OverridableRefusal>;
  readonly record: { readonly [key: string]: string | number };
}

/**
 * Packs one identified unit into the shipment's open carton, opening a carton first when none is
 * open, and records 'unit-packed' with `idempotencyKey`. A unit not known yet is created here, in
 * the same transaction, under the same rules as a known one. Units change through
 * tracking/unit-writes.ts, which checks the state machine.
 *
 * Checks, in order: the product is serial-tracked, no case-only variant of the serial exists,
 * a new serial matches the product's pattern, the unit is packable (see tracking/availability),
 * and the line has quantity left. A supervisor's override of 'unit-on-hold' records
 * 'unit-released' first, so the unit must be packable in the state it was held from. The
 * caller runs the write transaction.
 */
export function packUnit(
  db: Database.Database,
  actor: Actor,
  shipment: ShipmentRow,
  candidate: UnitCandidate,
  idempotencyKey: string,
  override: PackOverride | null = null,
): Result<PackedUnit, Refusal> {
  invariant(db.inTransaction, 'packUnit runs inside a write transaction');
  const { line, serial } = candidate;
  if (!line.serialTracked) {
    // NOTE: products without serial tracking cannot be packed yet; their quantities need a
    // carton-contents table that the schema does not have.
    return err(refuse('product-not-serial-tracked', { sku: line.sku }));
  }

  const existing = findUnitByProductSerial(db, line.productId, serial);
  const serialFolded = foldSerialForComparison(serial);
  if (existing === undefined) {
    const caseVariant = findUnitByProductFoldedSerial(db, line.productId, serialFolded);
    if (caseVariant !== undefined) {
      return err(refuse('case-only-duplicate', { serial, existingSerial: caseVariant.serial, sku: line.sku }));
    }
    if (!serialMatchesPattern(serial, line.serialPattern) && !overrides(override, 'serial-pattern-mismatch')) {
      return err(refuse('serial-pattern-mismatch', { serial, sku: line.sku, pattern: line.serialPattern ?? '' }));
    }
  }

  const openBefore = findOpenCarton(db, shipment.id);
  const known = existing === undefined ? undefined : findTrackedUnit(db, existing.id);
  const releaseHold = known !== undefined && known.status === 'hold' && overrides(override, 'unit-on-hold');
  if (known !== undefined) {
    const refusal = refuseUnpackable(db, releaseHold ? asReleased(known) : known, shipment.id, openBefore, line.sku);
    if (refusal !== null) {
      return err(refusal);
    }
  }
  if (remainingQuantity(line) <= 0) {
    return err(refuse('over-pack', { sku: line.sku, expected: line.quantityExpected }));
  }

  let carton = openBefore;
  if (carton === undefined) {
    const opened = openCarton(db, actor, shipment, 'first-unit');
    if (!opened.ok) {
      return opened;
    }
    carton = opened.value.carton;
  }

  const record: UnitEventRecord = {
    cartonId: carton.id,
    shipmentId: shipment.id,
    idempotencyKey,
    payload: {
      serial,
      productId: line.productId,
      sku: line.sku,
      cartonNumber: carton.number,
      sscc: carton.sscc,
      created: known === undefined,
      lot: candidate.lot,
      expiry: candidate.expiry,
      ...(override === null ? {} : { override: override.record }),
    },
  };
  let event: StoredEvent;
  if (known === undefined) {
    event = createPackedUnit(db, actor, candidate, serialFolded, record);
  } else {
    const packable = releaseHold ? releaseForOverride(db, actor, known, override) : known;
    event = packKnownUnit(db, actor, packable, candidate, record);
  }
  adjustPackedQuantity(db, shipment.id, line.productId, 1);

  const params = { serial, sku: line.sku, cartonNumber: carton.number, remaining: remainingQuantity(line) - 1 };
  const verdict = acceptedVerdict(openBefore === undefined ? 'unit-packed-new-carton' : 'unit-packed', params);
  return ok({ verdict, event });
}

function overrides(override: PackOverride | null, code: string): boolean {
  return override !== null && (override.refusals as ReadonlyArray<string>).includes(code);
}

function createPackedUnit(db: Database.Database, actor: Actor, candidate: UnitCandidate, serialFolded: string, record: UnitEventRecord): StoredEvent {
  const unit = {
    productId: candidate.line.productId,
    serial: candidate.serial,
    serialFolded,
    lot: candidate.lot,
    expiry: candidate.expiry,
    cartonId: record.cartonId,
    shipmentId: record.shipmentId,
    receiptId: null,
  };
  const created = createUnit(db, actor, 'unit-packed', unit, record);
  invariant(created.ok, 'the state machine creates units through unit-packed');
  return created.value.event;
}

/** Packs a unit that refuseUnpackable accepted, so a refusal by the state machine here is a bug. */
function packKnownUnit(db: Database.Database, actor: Actor, unit: TrackedUnit, candidate: UnitCandidate, record: UnitEventRecord): StoredEvent {
  const written = writeUnitTransition(db, actor, unit, {
    event: 'unit-packed',
    set: { cartonId: record.cartonId, shipmentId: record.shipmentId, locationId: null },
    fillLotAndExpiry: { lot: candidate.lot, expiry: candidate.expiry },
    record,
  });
  invariant(written.ok, `unit ${unit.id} passed the packability check but the state machine refused unit-packed from ${unit.status}`);
  return written.value;
}

/** The unit as a release would leave it: in the state it was held from. */
function asReleased(unit: TrackedUnit): PackableUnit & Pick<TrackedUnit, 'serial'> {
  return { ...unit, status: unit.heldStatus ?? 'in-stock' };
}

/** Releases a held unit for a supervisor's override and returns it as it is after the release. */
function releaseForOverride(db: Database.Database, actor: Actor, unit: TrackedUnit, override: PackOverride | null): TrackedUnit {
  const released = applyUnitTransition(db, actor, unit.id, { event: 'unit-released', context: { override: override?.record ?? {} } });
  invariant(released.ok, `held unit ${unit.id} could not be released for a supervisor's override`);
  return released.value.unit;
}

/** Builds the refusal that names where an unpackable unit is, or returns null for a packable one. */
function refuseUnpackable(db: Database.Database, unit: PackableUnit & Pick<TrackedUnit, 'serial'>, shipmentId: number, openCarton: CartonRow | undefined, sku: string): Refusal | null {
  const packability = unitPackability(unit, { shipmentId, cartonId: openCarton?.id ?? null });
  if (packability.packable) {
    return null;
  }

  const carton = unit.cartonId === null ? undefined : findCartonById(db, unit.cartonId);
  const otherShipment = unit.shipmentId === null ? undefined : findShipmentById(db, unit.shipmentId);
  const where = {
    serial: unit.serial,
    cartonNumber: carton?.number ?? 0,
    sscc: carton?.sscc ?? '',
    reference: otherShipment?.reference ?? '',
  };
  switch (packability.reason) {
    case 'in-this-carton':
      return refuse('duplicate-in-carton', where);
    case 'in-other-carton':
      return refuse('in-other-carton', where);
    case 'on-other-shipment':
      return refuse('on-other-shipment', where);
    case 'shipped':
      return refuse('already-shipped', where);
    case 'hold':
      return refuse('unit-on-hold', { serial: unit.serial, sku });
    case 'not-in-stock':
      return refuse('unit-not-in-stock', { serial: unit.serial, status: unit.status });
  }
}
