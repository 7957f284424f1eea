import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportSignedHistory } from '../../../main/history/export-history';
import { loadOrCreateSigningKey, type StationSigningKey } from '../../../main/history/station-key';
import { verifyHistoryExport } from '../../../main/history/verify-export';
import { computeEventHash, type StoredEvent } from '../../../main/store/events';
import { useTempDir } from '../../support/temp-dir';
import { storeWithEvents } from './history-fixture';

function keyIn(dir: string): StationSigningKey {
  const key = loadOrCreateSigningKey(dir);
  if (!key.ok) throw new Error(JSON.stringify(key.error));
  return key.value;
}

/** Exports five events from a fresh store and returns the file's lines. */
function exportedLines(dir: string): { readonly file: string; readonly lines: string[]; readonly key: StationSigningKey } {
  const db = storeWithEvents(dir);
  const key = keyIn(dir);
  const file = join(dir, 'history.jsonl');
  const result = exportSignedHistory(db, key, file);
  db.close();
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return { file, lines: readFileSync(file, 'utf8').trimEnd().split('\n'), key };
}

function rewrite(file: string, lines: ReadonlyArray<string>): void {
  writeFileSync(file, `${lines.join('\n')}\n`);
}

function eventLine(lines: ReadonlyArray<string>, position: number): StoredEvent & { kind: string } {
  return JSON.parse(lines[position] as string) as StoredEvent & { kind: string };
}

describe('signed history export', () => {
  const tempDir = useTempDir();

  it('writes header, events and signed trailer', () => {
    const { lines, key } = exportedLines(tempDir());

    expect(lines).toHaveLength(7);
    expect(JSON.parse(lines[0] as string)).toMatchObject({ kind: 'header', format: 'packtrace-history', publicKeyFingerprint: key.fingerprint });
    expect(JSON.parse(lines[6] as string)).toMatchObject({ kind: 'trailer', eventCount: 5, headHash: eventLine(lines, 5).hash });
  });

  it('verifies an untouched export', async () => {
    const { file, key } = exportedLines(tempDir());

    const result = await verifyHistoryExport(file, { expectedFingerprint: key.fingerprint });

    expect(result).toMatchObject({ ok: true, value: { eventCount: 5, publicKeyFingerprint: key.fingerprint } });
  });

  it('names an edited event as changed', async () => {
    const { file, lines } = exportedLines(tempDir());
    const event = eventLine(lines, 3);
    lines[3] = JSON.stringify({ ...event, payload: '{"index":99,"serial":"SN3"}' });
    rewrite(file, lines);

    const result = await verifyHistoryExport(file);

    expect(result).toMatchObject({ ok: false, error: { code: 'export-event-changed', position: 3, seq: 3, eventId: event.id } });
  });

  it('names an event rewritten with its hash', async () => {
    const { file, lines } = exportedLines(tempDir());
    const { kind, hash: _hash, ...event } = eventLine(lines, 2);
    const forged = { ...event, stationId: 'another-station' };
    lines[2] = JSON.stringify({ kind, ...forged, hash: computeEventHash(forged) });
    rewrite(file, lines);

    const result = await verifyHistoryExport(file);

    expect(result).toMatchObject({ ok: false, error: { code: 'export-event-changed', position: 2, eventId: event.id } });
  });

  it('names the event after a deleted one', async () => {
    const { file, lines } = exportedLines(tempDir());
    const after = eventLine(lines, 3);
    rewrite(file, [...lines.slice(0, 2), ...lines.slice(3)]);

    const result = await verifyHistoryExport(file);

    expect(result).toMatchObject({ ok: false, error: { code: 'export-event-deleted', position: 2, eventId: after.id } });
  });

  it('names an inserted event', async () => {
    const { file, lines } = exportedLines(tempDir());
    const { kind, hash: _hash, ...before } = eventLine(lines, 2);
    const unhashed = { ...before, seq: before.seq, id: '01900000-0000-7000-8000-00000000abcd', payload: '{"index":42}', prevHash: eventLine(lines, 2).hash };
    const inserted = JSON.stringify({ kind, ...unhashed, hash: computeEventHash(unhashed) });
    rewrite(file, [...lines.slice(0, 3), inserted, ...lines.slice(3)]);

    const result = await verifyHistoryExport(file);

    expect(result).toMatchObject({ ok: false, error: { code: 'export-event-inserted', position: 3, eventId: unhashed.id } });
  });

  it('rejects a tampered signature', async () => {
    const { file, lines } = exportedLines(tempDir());
    const trailer = JSON.parse(lines[6] as string) as { signature: string };
    const signature = Buffer.from(trailer.signature, 'base64');
    signature[0] = (signature[0] ?? 0) ^ 0xff;
    lines[6] = JSON.stringify({ ...trailer, signature: signature.toString('base64') });
    rewrite(file, lines);

    expect(await verifyHistoryExport(file)).toMatchObject({ ok: false, error: { code: 'export-signature-invalid' } });
  });

  it('rejects a header with another key', async () => {
    const dir = tempDir();
    const { file, lines } = exportedLines(dir);
    const otherKey = keyIn(tempDir());
    const header = JSON.parse(lines[0] as string) as Record<string, unknown>;
    lines[0] = JSON.stringify({ ...header, publicKeySpki: otherKey.publicKeySpki, publicKeyFingerprint: otherKey.fingerprint });
    rewrite(file, lines);

    expect(await verifyHistoryExport(file)).toMatchObject({ ok: false, error: { code: 'export-signature-invalid' } });
  });

  it('rejects a key other than the pinned one', async () => {
    const { file } = exportedLines(tempDir());
    const otherKey = keyIn(tempDir());

    const result = await verifyHistoryExport(file, { expectedFingerprint: otherKey.fingerprint });

    expect(result).toMatchObject({ ok: false, error: { code: 'export-key-not-trusted', expectedFingerprint: otherKey.fingerprint } });
  });

  it('rejects events cut from the end', async () => {
    const { file, lines } = exportedLines(tempDir());
    rewrite(file, [...lines.slice(0, 5), lines[6] as string]);

    expect(await verifyHistoryExport(file)).toMatchObject({ ok: false, error: { code: 'export-truncated' } });
  });

  it('refuses to sign a broken chain', () => {
    const dir = tempDir();
    const db = storeWithEvents(dir);
    db.exec('DROP TRIGGER events_no_update');
    db.prepare(`UPDATE events SET payload = '{"index":7}' WHERE seq = 2`).run();
    const file = join(dir, 'history.jsonl');

    const result = exportSignedHistory(db, keyIn(dir), file);
    db.close();

    expect(result).toMatchObject({ ok: false, error: { code: 'history-export-chain-broken', seq: 2 } });
    expect(() => readFileSync(file)).toThrow();
  });
});
