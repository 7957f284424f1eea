import type Database from 'better-sqlite3';
import { createCupsPrintDriver } from './cups-print-driver';
import { createPdfFolderDriver } from './pdf-folder-driver';
import type { PrintDriver } from './print-driver';
import { type PrintWorker, createPrintWorker } from './print-worker';
import type { PrinterDriverKind } from './printer-profiles';
import { createRawTcpDriver } from './raw-tcp-driver';

/**
 * Starts the print worker of a station with the drivers every Node process has: PDF folder, CUPS
 * and raw TCP. The desktop shell adds the `electron` driver (electron-print-driver.ts) in
 * `extraDrivers`, and through it reaches the Windows spooler by printer name. Elsewhere a job on
 * an `electron` profile fails with "No electron driver runs in this process".
 *
 * NOTE: raw ZPL to a Windows queue would need the winspool RAW datatype, which Node cannot call
 * without a native module, so on Windows a ZPL printer is reached only over raw TCP.
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
