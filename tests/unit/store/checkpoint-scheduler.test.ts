import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { countUncheckpointedFrames, createCheckpointScheduler } from '../../../main/store/checkpoint-scheduler';
import { useTempDir } from '../../support/temp-dir';

// 400 rows of 1 KiB: about 100 WAL pages, far more than the empty database file holds.
const rowsPerBatch = 400;

/** Opens a WAL database with the station's durability settings and one table to write to. */
function openWalDatabase(dir: string): { readonly db: Database.Database; readonly file: string } {
  const file = join(dir, 'checkpoints.sqlite');
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('wal_autocheckpoint = 0');
  db.exec('CREATE TABLE samples (id INTEGER PRIMARY KEY, payload TEXT NOT NULL)');
  return { db, file };
}

function writeBatch(db: Database.Database): void {
  const insert = db.prepare('INSERT INTO samples (payload) VALUES (?)');
  db.transaction(() => {
    for (let index = 0; index < rowsPerBatch; index += 1) {
      insert.run('x'.repeat(1024));
    }
  })();
}

/** Size of the database file itself; it grows only when a checkpoint copies WAL pages into it. */
function databaseBytes(file: string): number {
  return statSync(file).size;
}

describe('WAL checkpoint scheduler', () => {
  const tempDir = useTempDir();
  const filledBytes = rowsPerBatch * 1024;

  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('turns automatic checkpoints off', () => {
    const { db } = openWalDatabase(tempDir());
    db.pragma('wal_autocheckpoint = 1000');

    createCheckpointScheduler(db);

    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    db.close();
  });

  it('checkpoints after the idle gap', () => {
    const { db, file } = openWalDatabase(tempDir());
    const scheduler = createCheckpointScheduler(db, { idleMs: 250, minWalFrames: 0 });
    writeBatch(db);

    scheduler.noteActivity();
    vi.advanceTimersByTime(249);
    const beforeGap = databaseBytes(file);
    vi.advanceTimersByTime(1);

    expect(beforeGap).toBeLessThan(filledBytes);
    expect(databaseBytes(file)).toBeGreaterThan(filledBytes);
    db.close();
  });

  it('restarts the gap on each write', () => {
    const { db, file } = openWalDatabase(tempDir());
    const scheduler = createCheckpointScheduler(db, { idleMs: 250, minWalFrames: 0 });
    writeBatch(db);
    scheduler.noteActivity();
    vi.advanceTimersByTime(200);

    writeBatch(db);
    scheduler.noteActivity();
    vi.advanceTimersByTime(200);
    const afterSecondWrite = databaseBytes(file);
    vi.advanceTimersByTime(50);

    expect(afterSecondWrite).toBeLessThan(filledBytes);
    expect(databaseBytes(file)).toBeGreaterThan(2 * filledBytes);
    db.close();
  });

  it('lets reads keep the gap running', () => {
    const { db, file } = openWalDatabase(tempDir());
    const scheduler = createCheckpointScheduler(db, { idleMs: 250, minWalFrames: 0 });
    writeBatch(db);
    scheduler.noteActivity();
    vi.advanceTimersByTime(200);

    db.prepare('SELECT count(*) FROM samples').get();
    scheduler.noteActivity();
    vi.advanceTimersByTime(50);

    expect(databaseBytes(file)).toBeGreaterThan(filledBytes);
    db.close();
  });

  it('skips idle gaps below the threshold', () => {
    const { db, file } = openWalDatabase(tempDir());
    const scheduler = createCheckpointScheduler(db, { idleMs: 250, minWalFrames: 10_000 });
    writeBatch(db);

    scheduler.noteActivity();
    vi.advanceTimersByTime(1000);

    expect(databaseBytes(file)).toBeLessThan(filledBytes);
    db.close();
  });

  it('checkpoints once frames reach the threshold', () => {
    const { db, file } = openWalDatabase(tempDir());
    const waitingAfterOneBatch = (() => {
      writeBatch(db);
      return countUncheckpointedFrames(db) ?? 0;
    })();
    const scheduler = createCheckpointScheduler(db, { idleMs: 250, minWalFrames: waitingAfterOneBatch + 1 });

    const belowThreshold = scheduler.checkpointIfIdleDue();
    writeBatch(db);
    const atThreshold = scheduler.checkpointIfIdleDue();

    expect(belowThreshold).toBeNull();
    expect(atThreshold?.complete).toBe(true);
    expect(atThreshold?.walFrames).toBeGreaterThan(waitingAfterOneBatch);
    expect(databaseBytes(file)).toBeGreaterThan(2 * filledBytes);
    db.close();
  });

  it('counts frames waiting in the WAL', () => {
    const { db } = openWalDatabase(tempDir());
    const scheduler = createCheckpointScheduler(db);
    writeBatch(db);

    const beforeCheckpoint = countUncheckpointedFrames(db);
    const outcome = scheduler.checkpoint('idle');
    const afterCheckpoint = countUncheckpointedFrames(db);

    expect(beforeCheckpoint).toBe(outcome.walFrames);
    expect(afterCheckpoint).toBe(0);
    db.close();
  });

  it('counts no frames in memory', () => {
    const db = new Database(':memory:');

    expect(countUncheckpointedFrames(db)).toBeNull();
    db.close();
  });

  it('checkpoints a WAL over the bound', () => {
    const { db, file } = openWalDatabase(tempDir());
    const scheduler = createCheckpointScheduler(db, { idleMs: 60_000, maxWalBytes: 64 * 1024 });
    writeBatch(db);

    scheduler.noteActivity();
    const beforeNextTurn = databaseBytes(file);
    vi.advanceTimersByTime(1);

    expect(beforeNextTurn).toBeLessThan(filledBytes);
    expect(databaseBytes(file)).toBeGreaterThan(filledBytes);
    db.close();
  });

  it('keeps a WAL under the bound', () => {
    const { db, file } = openWalDatabase(tempDir());
    const scheduler = createCheckpointScheduler(db, { idleMs: 60_000, maxWalBytes: 64 * 1024 * 1024 });
    writeBatch(db);

    scheduler.noteActivity();
    vi.advanceTimersByTime(1);

    expect(databaseBytes(file)).toBeLessThan(filledBytes);
    db.close();
  });

  it('reports frames of a checkpoint', () => {
    const { db } = openWalDatabase(tempDir());
    const scheduler = createCheckpointScheduler(db);
    writeBatch(db);

    const outcome = scheduler.checkpoint('idle');

    expect(outcome.reason).toBe('idle');
    expect(outcome.complete).toBe(true);
    expect(outcome.walFrames).toBeGreaterThan(rowsPerBatch / 4);
    expect(outcome.checkpointedFrames).toBe(outcome.walFrames);
    expect(outcome.durationMs).toBeGreaterThanOrEqual(0);
    db.close();
  });

  it('reports a checkpoint a reader holds back', () => {
    const { db, file } = openWalDatabase(tempDir());
    const scheduler = createCheckpointScheduler(db);
    const reader = new Database(file, { readonly: true });
    reader.exec('BEGIN');
    reader.prepare('SELECT count(*) FROM samples').get();
    writeBatch(db);

    const outcome = scheduler.checkpoint('idle');

    expect(outcome.complete).toBe(false);
    expect(outcome.checkpointedFrames).toBeLessThan(outcome.walFrames);
    reader.exec('COMMIT');
    reader.close();
    db.close();
  });

  it('stop checkpoints and cancels the timer', () => {
    const { db, file } = openWalDatabase(tempDir());
    const scheduler = createCheckpointScheduler(db, { idleMs: 250, minWalFrames: 0 });
    writeBatch(db);
    scheduler.noteActivity();

    const outcome = scheduler.stop();
    db.close();
    vi.advanceTimersByTime(1000);

    expect(outcome.reason).toBe('close');
    expect(outcome.checkpointedFrames).toBe(outcome.walFrames);
    expect(databaseBytes(file)).toBeGreaterThan(filledBytes);
  });

  it('leaves no WAL after close', () => {
    const { db, file } = openWalDatabase(tempDir());
    const scheduler = createCheckpointScheduler(db);
    writeBatch(db);

    scheduler.stop();
    db.close();

    expect(existsSync(`${file}-wal`)).toBe(false);
    expect(databaseBytes(file)).toBeGreaterThan(filledBytes);
  });
});
