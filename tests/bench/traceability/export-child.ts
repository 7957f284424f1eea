// Child process of the traceability bench: streams an EPCIS export of a store and prints one JSON
// line with the event count, the wall and CPU time, and the process's peak resident set size.
//   node export-child.cjs STORE_FILE OUT_FILE [THROUGH_SEQ]
import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { streamEpcisDocument } from '../../../main/exports/epcis/stream-epcis';
import { openFileSink } from '../../../main/exports/file-sink';

const [storeFile, outFile, throughSeq] = process.argv.slice(2);
if (storeFile === undefined || outFile === undefined) {
  process.stderr.write('usage: export-child STORE_FILE OUT_FILE [THROUGH_SEQ]\n');
  process.exit(2);
}

const db = new Database(storeFile, { readonly: true });
const rssBeforeBytes = process.memoryUsage().rss;
const started = performance.now();
const cpuBefore = process.cpuUsage();
const sink = openFileSink(outFile);
const summary = streamEpcisDocument(db, sink, throughSeq === undefined ? {} : { throughSeq: Number(throughSeq) });
sink.commit();
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuBefore);
db.close();

/**
 * Returns the peak resident set size of this process. On Linux, getrusage's maxrss of a child
 * starts at the parent's resident size when it forked. So after the bench process generated a
 * store with a 4 GiB page cache, maxrss reported that as the export's peak. VmHWM in
 * /proc/self/status covers this program's memory alone. Other systems fall back to maxrss.
 */
function peakRssBytes(): number {
  try {
    const match = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (match?.[1] !== undefined) {
      return Number(match[1]) * 1024;
    }
  } catch {
    // No procfs here: use getrusage below.
  }
  return process.resourceUsage().maxRSS * 1024;
}

process.stdout.write(
  `${JSON.stringify({ events: summary.events, seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, bytes: sink.bytesWritten, rssBeforeBytes, peakRssBytes: peakRssBytes() })}\n`,
);
