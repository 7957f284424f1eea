import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listUnitEvents } from '../../../main/store/events';
import { inWriteTransaction } from '../../../main/store/write-transaction';
import { findTrackedUnit, type TrackedUnit } from '../../../main/tracking/tracked-units';
import { createUnit, writeUnitTransition } from '../../../main/tracking/unit-writes';
import { useTempDir } from '../../support/temp-dir';
import { createTrackingFixture, type TrackingFixture } from '../../support/tracking-fixture';

const repositoryRoot = join(__dirname, '..', '..', '..');
const writerModule = 'main/tracking/unit-writes.ts';
// Migrations rebuild the units table as a schema change, not as a change of any unit.
const migrationsFolder = 'main/store/migrations/';

const lifecycleColumn = /\b(?:status|carton_id|shipment_id|location_id|hold_reason|held_status)\s*=(?!=)/i;
const insertIntoUnits = /\b(?:INSERT|REPLACE)(?:\s+OR\s+\w+)?\s+INTO\s+(?:main\.)?units\b/gi;
const deleteFromUnits = /\bDELETE\s+FROM\s+(?:main\.)?units\b/gi;
// Up to 400 characters after SET, cut at WHERE below, so quoted values inside the SET clause
// do not end it early.
const updateUnits = /\bUPDATE\s+(?:OR\s+\w+\s+)?(?:main\.)?units\s+SET\b([\s\S]{0,400})/gi;

interface UnitWrite {
  readonly file: string;
  readonly statement: string;
}

function sourceFiles(folder: string): ReadonlyArray<string> {
  return readdirSync(join(repositoryRoot, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(?:ts|tsx|js|mjs|cjs)$/.test(name))
    .map((name) => join(folder, name).split('\\').join('/'));
}

/** Finds every SQL statement in main/ that creates, deletes or changes the state of a unit row. */
function findUnitStateWrites(): ReadonlyArray<UnitWrite> {
  const writes: UnitWrite[] = [];
  for (const file of sourceFiles('main')) {
    if (file.startsWith(migrationsFolder)) {
      continue;
    }
    const text = readFileSync(join(repositoryRoot, file), 'utf8');
    for (const match of [...text.matchAll(insertIntoUnits), ...text.matchAll(deleteFromUnits)]) {
      writes.push({ file, statement: match[0] });
    }
    for (const match of text.matchAll(updateUnits)) {
      const setClause = (match[1] ?? '').split(/\bWHERE\b/i)[0] ?? '';
      if (lifecycleColumn.test(setClause)) {
        writes.push({ file, statement: `UPDATE units SET${setClause}` });
      }
    }
  }
  return writes;
}

function readUnit(fixture: TrackingFixture, unitId: number): TrackedUnit {
  const unit = findTrackedUnit(fixture.db, unitId);
  if (unit === undefined) {
    throw new Error(`unit ${unitId} was not stored`);
  }
  return unit;
}

describe('unit state writes', () => {
  it('happen only in the writer module', () => {
    const writes = findUnitStateWrites();

    const outside = writes.filter((write) => write.file !== writerModule);
    expect(outside).toEqual([]);
  });

  it('are found by the source scan', () => {
    const inWriter = findUnitStateWrites().filter((write) => write.file === writerModule);

    expect(inWriter.map((write) => write.statement.split(/\s+/)[0]?.toUpperCase()).sort()).toEqual(['INSERT', 'UPDATE']);
  });
});

describe('writeUnitTransition', () => {
  const tempDir = useTempDir();

  it('refuses packing shipped unit', () => {
    const fixture = createTrackingFixture(tempDir());
    const unitId = fixture.insertUnitInState('SN000001', 'shipped');
    const unit = readUnit(fixture, unitId);

    const written = inWriteTransaction(fixture.db, () =>
      writeUnitTransition(fixture.db, fixture.actor, unit, { event: 'unit-packed', record: { cartonId: null, shipmentId: null, payload: {} } }),
    );

    expect(written).toEqual({ ok: false, error: { code: 'illegal-transition', event: 'unit-packed', from: 'shipped', allowed: ['unit-returned', 'unit-unshipped'] } });
    expect(readUnit(fixture, unitId)).toEqual(unit);
    expect(listUnitEvents(fixture.db, unitId)).toHaveLength(0);
    fixture.db.close();
  });

  it('refuses removing unpacked unit', () => {
    const fixture = createTrackingFixture(tempDir());
    const unitId = fixture.insertUnitInState('SN000001', 'in-stock');
    const unit = readUnit(fixture, unitId);

    const written = inWriteTransaction(fixture.db, () =>
      writeUnitTransition(fixture.db, fixture.actor, unit, { event: 'unit-removed', record: { cartonId: null, shipmentId: null, payload: {} } }),
    );

    expect(written.ok ? null : written.error.code).toBe('illegal-transition');
    expect(readUnit(fixture, unitId).status).toBe('in-stock');
    expect(listUnitEvents(fixture.db, unitId)).toHaveLength(0);
    fixture.db.close();
  });

  it('writes row and event together', () => {
    const fixture = createTrackingFixture(tempDir());
    const unitId = fixture.insertUnitInState('SN000001', 'packed');
    const unit = readUnit(fixture, unitId);

    const written = inWriteTransaction(fixture.db, () =>
      writeUnitTransition(fixture.db, fixture.actor, unit, {
        event: 'unit-shipped',
        record: { cartonId: unit.cartonId, shipmentId: unit.shipmentId, payload: { serial: unit.serial } },
      }),
    );

    expect(written.ok).toBe(true);
    expect(readUnit(fixture, unitId)).toMatchObject({ status: 'shipped', cartonId: unit.cartonId, shipmentId: unit.shipmentId });
    const events = listUnitEvents(fixture.db, unitId);
    expect(events.map((event) => event.type)).toEqual(['unit-shipped']);
    expect(events[0]).toMatchObject({ cartonId: unit.cartonId, shipmentId: unit.shipmentId, stationId: fixture.actor.stationId, operatorId: fixture.actor.operatorId });
    fixture.db.close();
  });

  it('fills only missing lot and expiry', () => {
    const fixture = createTrackingFixture(tempDir());
    const unitId = fixture.insertUnitInState('SN000001', 'in-stock');
    fixture.db.prepare("UPDATE units SET lot = 'L1' WHERE id = ?").run(unitId);
    const unit = readUnit(fixture, unitId);

    inWriteTransaction(fixture.db, () =>
      writeUnitTransition(fixture.db, fixture.actor, unit, {
        event: 'unit-marked-missing',
        fillLotAndExpiry: { lot: 'L2', expiry: '2027-03-31' },
        record: { cartonId: null, shipmentId: null, payload: {} },
      }),
    );

    expect(readUnit(fixture, unitId)).toMatchObject({ status: 'missing', lot: 'L1', expiry: '2027-03-31' });
    fixture.db.close();
  });

  it('releases held unit to held state', () => {
    const fixture = createTrackingFixture(tempDir());
    const unitId = fixture.insertUnitInState('SN000001', 'hold');
    const unit = readUnit(fixture, unitId);

    inWriteTransaction(fixture.db, () =>
      writeUnitTransition(fixture.db, fixture.actor, unit, { event: 'unit-released', record: { cartonId: null, shipmentId: null, payload: {} } }),
    );

    expect(readUnit(fixture, unitId)).toMatchObject({ status: unit.heldStatus, holdReason: null, heldStatus: null });
    fixture.db.close();
  });

  it('throws on stale unit row', () => {
    const fixture = createTrackingFixture(tempDir());
    const unitId = fixture.insertUnitInState('SN000001', 'packed');
    const stale = readUnit(fixture, unitId);
    fixture.db.prepare("UPDATE units SET status = 'shipped' WHERE id = ?").run(unitId);

    const write = (): unknown =>
      inWriteTransaction(fixture.db, () =>
        writeUnitTransition(fixture.db, fixture.actor, stale, { event: 'unit-removed', record: { cartonId: null, shipmentId: null, payload: {} } }),
      );

    expect(write).toThrow(/no longer packed/);
    expect(listUnitEvents(fixture.db, unitId)).toHaveLength(0);
    fixture.db.close();
  });
});

describe('createUnit', () => {
  const tempDir = useTempDir();
  const newUnit = (fixture: TrackingFixture) =>
    ({ productId: fixture.cameraId, serial: 'SN000001', serialFolded: 'SN000001', lot: 'L1', expiry: null, cartonId: null, shipmentId: null, receiptId: null }) as const;

  it('creates received unit with event', () => {
    const fixture = createTrackingFixture(tempDir());

    const created = inWriteTransaction(fixture.db, () =>
      createUnit(fixture.db, fixture.actor, 'unit-received', newUnit(fixture), { cartonId: null, shipmentId: null, idempotencyKey: 'gesture-1', payload: { serial: 'SN000001' } }),
    );

    expect(created.ok).toBe(true);
    const unitId = created.ok ? created.value.unitId : 0;
    expect(readUnit(fixture, unitId)).toMatchObject({ status: 'received', lot: 'L1', serial: 'SN000001' });
    expect(listUnitEvents(fixture.db, unitId).map((event) => [event.type, event.idempotencyKey])).toEqual([['unit-received', 'gesture-1']]);
    fixture.db.close();
  });

  it('refuses event not from new', () => {
    const fixture = createTrackingFixture(tempDir());

    const created = inWriteTransaction(fixture.db, () =>
      createUnit(fixture.db, fixture.actor, 'unit-shipped', newUnit(fixture), { cartonId: null, shipmentId: null, payload: {} }),
    );

    expect(created).toEqual({ ok: false, error: { code: 'illegal-transition', event: 'unit-shipped', from: 'new', allowed: ['unit-received', 'unit-packed'] } });
    expect(fixture.db.prepare('SELECT count(*) AS n FROM units').get()).toEqual({ n: 0 });
    fixture.db.close();
  });
});
