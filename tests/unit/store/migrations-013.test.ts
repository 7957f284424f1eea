import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrations } from '../../../main/store/migrations';
import { listRecallUnits } from '../../../main/tracking/recall-query';
import { useTempDir } from '../../support/temp-dir';
import { openTestStore } from '../../support/test-store';

/** Writes a store at schema 12 with units of two lots, interleaved by id, and one without a lot. */
function writeVersion12Store(file: string): void {
  const old = new Database(file);
  old.pragma('journal_mode = WAL');
  old.pragma('foreign_keys = ON');
  for (const migration of migrations.filter((candidate) => candidate.version <= 12)) {
    migration.up(old);
  }
  old.pragma('user_version = 12');
  old.exec(`
    INSERT INTO clients (id, code, name, created_at) VALUES (1, 'C', 'Client', 't');
    INSERT INTO products (id, client_id, sku, title, created_at) VALUES (1, 1, 'CAM-1', 'Camera', 't'), (2, 1, 'LENS-1', 'Lens', 't');
    INSERT INTO units (id, product_id, serial, serial_folded, lot, expiry, status, created_at, updated_at) VALUES
      (1, 1, 'SN1', 'SN1', 'L1', '2027-01-31', 'in-stock', 't1', 'u1'),
      (2, 2, 'LX1', 'LX1', 'L2', NULL, 'in-stock', 't2', 'u2'),
      (3, 2, 'LX2', 'LX2', 'L1', NULL, 'disposed', 't3', 'u3'),
      (4, 1, 'SN2', 'SN2', NULL, NULL, 'in-stock', 't4', 'u4'),
      (5, 1, 'SN3', 'SN3', 'L1', '2027-02-28', 'received', 't5', 'u5');
  `);
  old.close();
}

function upgradedStore(directory: string): Database.Database {
  writeVersion12Store(join(directory, 'packtrace.sqlite'));
  return openTestStore(directory);
}

describe('migration 13 lot recall index', () => {
  const tempDir = useTempDir();

  it('replaces the lot index with a covering one', () => {
    const db = upgradedStore(tempDir());

    const indexes = db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE 'units_by_lot%'").all();

    expect(indexes.map((row) => row.name)).toEqual(['units_by_lot_rows']);
    expect(db.pragma('integrity_check')).toEqual([{ integrity_check: 'ok' }]);
    db.close();
  });

  it('lists the lot of an upgraded store in unit order', () => {
    const db = upgradedStore(tempDir());

    const units = listRecallUnits(db, { lot: 'L1' });

    expect(units.map((unit) => [unit.serial, unit.sku, unit.status])).toEqual([
      ['SN1', 'CAM-1', 'in-stock'],
      ['LX2', 'LENS-1', 'disposed'],
      ['SN3', 'CAM-1', 'received'],
    ]);
    db.close();
  });

  it('keeps the index in step with unit changes', () => {
    const db = upgradedStore(tempDir());

    db.prepare("UPDATE units SET status = 'hold', hold_reason = 'recall', held_status = 'in-stock', updated_at = 'u9' WHERE id = 1").run();
    db.prepare("UPDATE units SET lot = 'L2' WHERE id = 5").run();

    expect(listRecallUnits(db, { lot: 'L1' }).map((unit) => [unit.serial, unit.status, unit.holdReason, unit.updatedAt])).toEqual([
      ['SN1', 'hold', 'recall', 'u9'],
      ['LX2', 'disposed', null, 'u3'],
    ]);
    expect(listRecallUnits(db, { lot: 'L2' }).map((unit) => unit.serial)).toEqual(['LX1', 'SN3']);
    expect(db.pragma('integrity_check')).toEqual([{ integrity_check: 'ok' }]);
    db.close();
  });
});
