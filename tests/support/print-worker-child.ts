/**
 * A print worker in a child process, for tests that kill it in the middle of a job.
 * Usage: node print-worker-child.cjs <database file> <station id>
 * Opens the store, prints `READY`, then runs the station's print worker with the raw TCP driver
 * until it is killed.
 */
import { openStore } from '../../main/store/database';
import { createRawTcpDriver } from '../../main/printing/raw-tcp-driver';
import { createPrintWorker } from '../../main/printing/print-worker';

function main(): void {
  const [file, stationId] = process.argv.slice(2);
  if (file === undefined || stationId === undefined) {
    process.stderr.write('usage: print-worker-child <database file> <station id>\n');
    process.exit(2);
  }

  const opened = openStore(file);
  if (!opened.ok) {
    process.stderr.write(`open failed: ${JSON.stringify(opened.error)}\n`);
    process.exit(1);
  }
  const worker = createPrintWorker({ db: opened.value, stationId, drivers: { 'raw-tcp': createRawTcpDriver({ sendTimeoutMs: 600_000 }) }, pollIntervalMs: 50 });
  process.stdout.write('READY\n');
  worker.start();
}

main();
