import { readFileSync } from 'node:fs';
import type Database from 'better-sqlite3';
import type { CheckpointScheduler } from '../../main/store/checkpoint-scheduler';
import type { BenchShipment } from './bench-shipment';
import { closeCarton, scanOnce } from './scan-series';

/** The pages one accepted scan writes, by the table or index (B-tree) that owns them. */
export interface ScanFrames {
  readonly scans: number;
  /** WAL frames per scan. One commit writes each changed page once, so this is pages per scan. */
  readonly framesPerScan: number;
  /** Frames per scan by owning B-tree, most first. */
  readonly byBtree: ReadonlyArray<{ readonly name: string; readonly framesPerScan: number }>;
}

// WAL file layout (SQLite's "Database File Format", section 4): a 32-byte header whose bytes 16 to
// 19 are salt-1, then frames of a 24-byte header and one page. A frame header contains the page
// number (bytes 0 to 3), the database size after a commit frame or 0 (bytes 4 to 7) and the
// salt-1 of the WAL it belongs to (bytes 8 to 11), all big-endian.
const walHeaderBytes = 32;
const frameHeaderBytes = 24;

/**
 * Counts the pages that accepted scans write. Before each scan it checkpoints the store
 * completely, so the scan's commit starts the WAL over and the WAL then contains that commit alone.
 * After the last scan it maps page numbers to B-trees through the `dbstat` table. The scans use
 * the bench shipment, close a full carton as the timed series does, and are not timed.
 */
export function countScanFrames(
  db: Database.Database,
  shipment: BenchShipment,
  scheduler: CheckpointScheduler,
  scans: number,
  cartonSize: number,
): ScanFrames {
  const walFile = `${db.name}-wal`;
  const pagesPerScan: number[][] = [];
  let inCarton = 0;

  for (let index = 0; index < scans; index += 1) {
    scheduler.checkpoint('idle');
    const verdict = scanOnce(db, shipment, shipment.nextScan());
    if (verdict.outcome !== 'accepted') {
      throw new Error(`A scan of the frame count was rejected with ${verdict.code}`);
    }
    pagesPerScan.push(readCommittedPages(readFileSync(walFile)));

    inCarton += 1;
    if (inCarton >= cartonSize) {
      scheduler.checkpoint('idle');
      closeCarton(db, shipment, inCarton);
      inCarton = 0;
    }
  }

  scheduler.checkpoint('idle');
  const owners = new Map<number, string>();
  for (const row of db.prepare<[], { name: string; pageno: number }>('SELECT name, pageno FROM dbstat').iterate()) {
    owners.set(row.pageno, row.name);
  }
  const framesByOwner = new Map<string, number>();
  for (const page of pagesPerScan.flat()) {
    const owner = owners.get(page) ?? 'freelist';
    framesByOwner.set(owner, (framesByOwner.get(owner) ?? 0) + 1);
  }
  return {
    scans,
    framesPerScan: pagesPerScan.flat().length / scans,
    byBtree: [...framesByOwner]
      .map(([name, frames]) => ({ name, framesPerScan: frames / scans }))
      .sort((a, b) => b.framesPerScan - a.framesPerScan),
  };
}

/** Reads the page numbers of the first transaction in a WAL file: its frames up to the commit frame. */
function readCommittedPages(wal: Buffer): number[] {
  if (wal.length < walHeaderBytes) {
    return [];
  }
  const pageSize = wal.readUInt32BE(8);
  const salt = wal.readUInt32BE(16);
  const pages: number[] = [];
  for (let offset = walHeaderBytes; offset + frameHeaderBytes + pageSize <= wal.length; offset += frameHeaderBytes + pageSize) {
    if (wal.readUInt32BE(offset + 8) !== salt) {
      break;
    }
    pages.push(wal.readUInt32BE(offset));
    if (wal.readUInt32BE(offset + 4) !== 0) {
      break;
    }
  }
  return pages;
}
