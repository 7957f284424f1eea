/**
 * A packing station in a child process, for tests that need a second connection or a kill.
 * Usage: node pack-child.cjs <database file> <shipment id> <gesture prefix> <serial>...
 * Opens the store, records one scan per serial through the scan pipeline, and prints one
 * acknowledgement line per verdict, `ACK <index> <code>`, only after recordScan has returned.
 * Before scanning it prints `READY` and, when PACK_CHILD_WAIT_FILE is set, waits until that
 * file exists, so a test can start several children at the same moment.
 */
import { existsSync } from 'node:fs';
import { recordScan } from '../../main/packing/scan-pipeline';
import { openStore } from '../../main/store/database';
import { ensureStation } from '../../main/store/station';

function sleepMs(milliseconds: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, milliseconds);
}

function main(): void {
  const [file, shipmentIdText, gesturePrefix, ...serials] = process.argv.slice(2);
  if (file === undefined || shipmentIdText === undefined || gesturePrefix === undefined) {
    process.stderr.write('usage: pack-child <database file> <shipment id> <gesture prefix> <serial>...\n');
    process.exit(2);
  }

  const opened = openStore(file);
  if (!opened.ok) {
    process.stderr.write(`open failed: ${JSON.stringify(opened.error)}\n`);
    process.exit(1);
  }
  const db = opened.value;
  const actor = { stationId: ensureStation(db).id, operatorId: null };

  process.stdout.write('READY\n');
  const waitFile = process.env.PACK_CHILD_WAIT_FILE;
  while (waitFile !== undefined && !existsSync(waitFile)) {
    sleepMs(1);
  }

  serials.forEach((raw, index) => {
    const verdict = recordScan(db, actor, { shipmentId: Number(shipmentIdText), raw, gestureId: `${gesturePrefix}-${index}`, source: 'hid' });
    if (!verdict.ok) {
      process.stderr.write(`scan failed: ${JSON.stringify(verdict.error)}\n`);
      process.exit(1);
    }
    process.stdout.write(`ACK ${index} ${verdict.value.code}\n`);
  });
  db.close();
}

main();
