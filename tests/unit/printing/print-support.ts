import type Database from 'better-sqlite3';
import { type AddressInfo, type Socket, createServer } from 'node:net';
import { type PrinterProfile, type PrinterProfileInput, savePrinterProfile } from '../../../main/printing/printer-profiles';
import { type LabelToPrint, queueLabel } from '../../../main/printing/print-queue';
import type { PrintJob } from '../../../main/printing/print-jobs';

export const stationId = 'station-print-test';

/** Saves a 4×6 in ZPL profile at 203 dpi with the driver and target given. */
export function saveProfile(db: Database.Database, driver: PrinterProfileInput['driver'], target: string, overrides: Partial<PrinterProfileInput> = {}): PrinterProfile {
  return savePrinterProfile(db, {
    stationId,
    labelKind: 'carton',
    printerName: 'Zebra test',
    driver,
    target,
    format: 'zpl',
    mediaWidthMm: 101.6,
    mediaHeightMm: 152.4,
    dpi: 203,
    ...overrides,
  });
}

export function zplLabel(requestKey: string, text: string): LabelToPrint {
  return {
    requestKey,
    stationId,
    operatorId: null,
    labelKind: 'carton',
    title: `Label ${requestKey}`,
    format: 'zpl',
    widthMm: 101.6,
    heightMm: 152.4,
    dpi: 203,
    payload: Buffer.from(`^XA^CI28^FO20,20^A0N,40,40^FH_^FD${text}^FS^XZ\n`, 'ascii'),
  };
}

export function queue(db: Database.Database, label: LabelToPrint): PrintJob {
  const queued = queueLabel(db, label);
  if (!queued.ok) {
    throw new Error(`Label not queued: ${JSON.stringify(queued.error)}`);
  }
  return queued.value;
}

/** Returns a free loopback port with nothing listening on it, so every connection is refused. */
export async function closedLoopbackPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolveListen) => server.listen(0, '127.0.0.1', resolveListen));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolveClose) => server.close(() => resolveClose()));
  return port;
}

/** Starts a printer that accepts connections and reads their bytes but never closes them, like one that hangs mid-job. */
export async function startHangingPrinter(): Promise<{ readonly port: number; readonly connections: Buffer[][]; close(): Promise<void> }> {
  const connections: Buffer[][] = [];
  const sockets = new Set<Socket>();
  // allowHalfOpen keeps the printer's side open after the sender's FIN, so the sender never gets the end of the job.
  const server = createServer({ allowHalfOpen: true }, (socket) => {
    const chunks: Buffer[] = [];
    connections.push(chunks);
    sockets.add(socket);
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolveListen) => server.listen(0, '127.0.0.1', resolveListen));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    connections,
    close: async () => {
      for (const socket of sockets) {
        socket.destroy();
      }
      await new Promise<void>((resolveClose) => server.close(() => resolveClose()));
    },
  };
}
