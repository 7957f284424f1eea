import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { computeEventHash, listAllEvents } from '../../../main/store/events';
import { runCliCaptured } from '../../support/cli';
import { useTempDir } from '../../support/temp-dir';
import { storeWithEvents } from '../history/history-fixture';

const insertSql = `INSERT INTO events (seq, id, occurred_at, station_id, operator_id, type, unit_id, carton_id, shipment_id, idempotency_key, payload, prev_hash, hash)
  VALUES (@seq, @id, @occurredAt, @stationId, NULL, @type, NULL, NULL, NULL, NULL, @payload, @prevHash, @hash)`;

/**
 * Creates a station folder with six events and opens a second plain SQLite connection, as someone editing
 * the file with the sqlite3 shell would open it, with the append-only guards dropped.
 */
function tamperedFolder(dir: string): Database.Database {
  storeWithEvents(dir, 6).close();
  const raw = new Database(join(dir, 'packtrace.sqlite'));
  raw.exec('DROP TRIGGER events_no_update; DROP TRIGGER events_no_delete; DROP INDEX events_one_successor;');
  return raw;
}

async function verifyHistoryJson(dir: string): Promise<{ readonly code: number; readonly report: Record<string, unknown> }> {
  const run = await runCliCaptured(['--data-dir', dir, 'verify-history', '--json']);
  return { code: run.code, report: JSON.parse(run.stdout) as Record<string, unknown> };
}

describe('verify-history on an edited SQLite file', () => {
  const tempDir = useTempDir();

  it('passes an untouched store', async () => {
    const dir = tempDir();
    storeWithEvents(dir, 6).close();

    const run = await runCliCaptured(['--data-dir', dir, 'verify-history']);

    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^History intact: 6 events/);
  });

  it('names an edited row', async () => {
    const dir = tempDir();
    const raw = tamperedFolder(dir);
    const target = raw.prepare<[], { id: string }>('SELECT id FROM events WHERE seq = 4').get();
    raw.prepare(`UPDATE events SET payload = '{"index":4,"serial":"FORGED"}' WHERE seq = 4`).run();
    raw.close();

    const { code, report } = await verifyHistoryJson(dir);

    expect(code).toBe(1);
    expect(report).toMatchObject({ ok: false, kind: 'changed', position: 4, seq: 4, eventId: target?.id });
  });

  it('names the row after a deleted one', async () => {
    const dir = tempDir();
    const raw = tamperedFolder(dir);
    const after = raw.prepare<[], { id: string }>('SELECT id FROM events WHERE seq = 4').get();
    raw.prepare('DELETE FROM events WHERE seq = 3').run();
    raw.close();

    const { code, report } = await verifyHistoryJson(dir);

    expect(code).toBe(1);
    expect(report).toMatchObject({ ok: false, kind: 'deleted', position: 3, seq: 4, eventId: after?.id });
  });

  it('names an inserted row', async () => {
    const dir = tempDir();
    const raw = tamperedFolder(dir);
    const events = listAllEvents(raw);
    const last = events.at(-1);
    if (last === undefined) throw new Error('fixture has no events');
    // A forged event between seq 5 and 6: it links to 5 correctly, but 6 still links to 5 too.
    raw.prepare('UPDATE events SET seq = 7 WHERE seq = 6').run();
    const before = events[4];
    if (before === undefined) throw new Error('fixture has too few events');
    const unhashed = { ...before, seq: 6, id: '01900000-0000-7000-8000-0000000000ff', payload: '{"index":0,"serial":"GHOST"}', prevHash: before.hash };
    raw.prepare(insertSql).run({ ...unhashed, hash: computeEventHash(unhashed) });
    raw.close();

    const { code, report } = await verifyHistoryJson(dir);

    expect(code).toBe(1);
    expect(report).toMatchObject({ ok: false, kind: 'inserted', position: 6, eventId: unhashed.id });
  });

  it('prints the bad event in text mode', async () => {
    const dir = tempDir();
    const raw = tamperedFolder(dir);
    raw.prepare(`UPDATE events SET occurred_at = '2020-01-01T00:00:00.000Z' WHERE seq = 2`).run();
    raw.close();

    const run = await runCliCaptured(['--data-dir', dir, 'verify-history']);

    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^History altered: event \S+ \(position 2, seq 2\) was changed after it was recorded/);
  });
});

describe('export history and verify-export', () => {
  const tempDir = useTempDir();

  it('round-trips through both commands', async () => {
    const dir = tempDir();
    storeWithEvents(dir, 3).close();
    const file = join(dir, 'audit.jsonl');

    const exported = await runCliCaptured(['--data-dir', dir, 'export', 'history', '--out', file]);
    const fingerprint = /key fingerprint ([0-9a-f]{64})/.exec(exported.stdout)?.[1];
    const verified = await runCliCaptured(['verify-export', file, '--fingerprint', fingerprint ?? '']);

    expect(exported.code).toBe(0);
    expect(fingerprint).toBeDefined();
    expect(verified.code).toBe(0);
    expect(verified.stdout).toMatch(/^Export intact: 3 events of station audit-bench/);
  });

  it('exits 1 naming a changed event', async () => {
    const dir = tempDir();
    storeWithEvents(dir, 3).close();
    const file = join(dir, 'audit.jsonl');
    await runCliCaptured(['--data-dir', dir, 'export', 'history', '--out', file]);
    // The payload is a JSON string inside the event line, so its quotes are escaped.
    const original = readFileSync(file, 'utf8');
    const edited = original.replace(String.raw`\"serial\":\"SN2\"`, String.raw`\"serial\":\"SN9\"`);
    expect(edited).not.toBe(original);
    writeFileSync(file, edited);

    const run = await runCliCaptured(['verify-export', file]);

    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^Export altered: event \S+ \(position 2, seq 2\) was changed/);
  });

  it('reports a missing file', async () => {
    const run = await runCliCaptured(['verify-export', join(tempDir(), 'absent.jsonl')]);

    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/cannot read/);
  });
});
