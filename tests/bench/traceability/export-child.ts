// Child process of the traceability bench: streams an EPCIS export of a store and prints one JSON
// line with the event count, the wall and CPU time, and the process's peak resident set size.
//   node export-child.cjs STORE_FILE OUT_FILE [THROUGH_SEQ]
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

process.stdout.write(
  `${JSON.stringify({ events: summary.events, seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, bytes: sink.bytesWritten, rssBeforeBytes, peakRssBytes: process.resourceUsage().maxRSS * 1024 })}\n`,
);
