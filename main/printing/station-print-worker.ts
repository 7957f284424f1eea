import type Database from 'better-sqlite3';
import { createCupsPrintDriver } from './cups-print-driver';
import { createPdfFolderDriver } from './pdf-folder-driver';
import type { PrintDriver } from './print-driver';
import { type PrintWorker, createPrintWorker } from './print-worker';
import type { PrinterDriverKind } from './printer-profiles';
import { createRawTcpDriver } from './raw-tcp-driver';

/**
 * Starts the print worker of a station with the drivers every Node process has: PDF folder, CUPS
 * and raw TCP. The desktop shell passes an `electron` driver in `extraDrivers`.
 *
 * NOTE: no `electron` driver exists yet. Electron's silent print (main/shell/print.ts) prints a
 * label document as HTML, while jobs store rendered PDF or ZPL bytes, so an `electron` profile's
 * jobs fail with "No electron driver runs in this process". The Windows spooler is reached only
 * through that path, so Windows has no queued printing until it exists; raw ZPL to a Windows
 * queue would need the winspool RAW datatype, which Node cannot call without a native module.
 */
export function startStationPrintWorker(db: Database.Database, stationId: string, extraDrivers: Partial<Record<PrinterDriverKind, PrintDriver>> = {}): PrintWorker {
  const worker = createPrintWorker({
    db,
    stationId,
    drivers: { 'pdf-folder': createPdfFolderDriver(), cups: createCupsPrintDriver(), 'raw-tcp': createRawTcpDriver(), ...extraDrivers },
  });
  worker.start();
  return worker;
}
