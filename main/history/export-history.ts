import { sign } from 'node:crypto';
import type Database from 'better-sqlite3';
import { err, ok, type Result } from '../core/result';
import { openFileSink } from '../exports/file-sink';
import { computeEventHash, eventColumns, genesisHash, toStoredEvent, type EventRecord } from '../store/events';
import { readStation } from '../store/station';
import { historyFileDescription, historyFileFormat, historyFileVersion, signedTextOf, type HistoryFileHeader, type HistoryFileTrailer } from './history-file';
import type { StationSigningKey } from './station-key';

export interface HistoryExportSummary {
  readonly eventCount: number;
  readonly headHash: string;
  readonly publicKeyFingerprint: string;
}

export type HistoryExportError =
  | { readonly code: 'history-export-chain-broken'; readonly seq: number; readonly eventId: string }
  | { readonly code: 'history-export-no-station' };

/**
 * Writes the whole event history to `file` as a signed history file (see history-file.ts),
 * reading events one at a time. Every event's hash and link are checked while writing, and a
 * broken chain aborts the export without a file: the signature attests an intact chain, so it
 * must never cover one that verify-history would reject.
 */
export function exportSignedHistory(db: Database.Database, key: StationSigningKey, file: string, now: Date = new Date()): Result<HistoryExportSummary, HistoryExportError> {
  const station = readStation(db);
  if (station === undefined) {
    return err({ code: 'history-export-no-station' });
  }

  const header: HistoryFileHeader = {
    kind: 'header',
    format: historyFileFormat,
    version: historyFileVersion,
    description: historyFileDescription,
    stationId: station.id,
    stationName: station.name,
    exportedAt: now.toISOString(),
    signatureAlgorithm: 'Ed25519',
    publicKeySpki: key.publicKeySpki,
    publicKeyFingerprint: key.fingerprint,
  };
  const sink = openFileSink(file);
  let eventCount = 0;
  let headHash = genesisHash;

  try {
    sink.write(`${JSON.stringify(header)}\n`);
    // Reading inside one transaction gives a consistent snapshot even while the station writes.
    const walk = db.transaction((): HistoryExportError | null => {
      for (const record of db.prepare<[], EventRecord>(`SELECT ${eventColumns} FROM events ORDER BY seq`).iterate()) {
        const event = toStoredEvent(record);
        if (event.prevHash !== headHash || computeEventHash(event) !== event.hash) {
          return { code: 'history-export-chain-broken', seq: event.seq, eventId: event.id };
        }
        sink.write(`${JSON.stringify({ kind: 'event', ...event })}\n`);
        eventCount += 1;
        headHash = event.hash;
      }
      return null;
    });
    const broken = walk.deferred();
    if (broken !== null) {
      sink.abandon();
      return err(broken);
    }

    const signedText = signedTextOf(header, eventCount, headHash);
    const signature = sign(null, Buffer.from(signedText, 'utf8'), key.privateKey).toString('base64');
    const trailer: HistoryFileTrailer = { kind: 'trailer', eventCount, headHash, signedText, signature };
    sink.write(`${JSON.stringify(trailer)}\n`);
    sink.commit();
  } catch (error) {
    sink.abandon();
    throw error;
  }

  return ok({ eventCount, headHash, publicKeyFingerprint: key.fingerprint });
}
