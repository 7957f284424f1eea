import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { ScanVerdict } from '../api/contract';
import { err, ok, type Result } from '../core/result';
import type { Actor } from './actor';
import { findShipmentForPacking } from './open-shipment';
import { recordScan } from './scan-pipeline';
import type { Refusal } from './verdicts';

/** The verdict of one line of a scan file; `lineNumber` counts from 1 and includes blank lines. */
export interface ReplayedLine {
  readonly lineNumber: number;
  readonly raw: string;
  readonly verdict: ScanVerdict;
}

/**
 * Replays scanned lines into a shipment through the same pipeline as the pack.scan channel, and
 * returns one verdict per non-blank line. `station` is a StationContext or any object with the
 * station id, plus the operator to record (none by default). Blank lines (the file's trailing newline, spacing) are
 * skipped, because a scanner never sends an empty scan on purpose.
 *
 * The gesture id of line n is a SHA-256 of the shipment id and lines 1..n, so it is fixed by
 * the line and everything before it. Re-running the same file records nothing twice and returns
 * the stored verdicts as replayed. Running the file again after appending lines records only the
 * new lines. A different file, even one with the same name, gets different ids from its first
 * differing line on. A key derived from the file name and line number instead would return old
 * verdicts for a new day's file that reused the name, silently dropping its scans.
 */
export function replayScans(
  db: Database.Database,
  station: { readonly stationId: string; readonly operatorId?: number | null },
  shipmentReference: string,
  lines: ReadonlyArray<string>,
): Result<ReadonlyArray<ReplayedLine>, Refusal> {
  const shipment = findShipmentForPacking(db, shipmentReference);
  if (!shipment.ok) {
    return shipment;
  }

  const actor: Actor = { stationId: station.stationId, operatorId: station.operatorId ?? null };
  const prefixHash = createHash('sha256').update(`packtrace-replay\n${shipment.value.id}\n`, 'utf8');
  const replayed: ReplayedLine[] = [];
  for (const [index, raw] of lines.entries()) {
    prefixHash.update(`${raw}\n`, 'utf8');
    if (raw.trim() === '') {
      continue;
    }

    const gestureId = `replay-${prefixHash.copy().digest('hex')}`;
    const result = recordScan(db, actor, { shipmentId: shipment.value.id, raw, gestureId, source: 'replay' });
    if (!result.ok) {
      return err(result.error);
    }
    replayed.push({ lineNumber: index + 1, raw, verdict: result.value });
  }
  return ok(replayed);
}
