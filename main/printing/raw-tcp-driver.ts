import { Socket } from 'node:net';
import { type Result, err, ok } from '../core/result';
import type { DeliveryFailure, DeliveryRequest, PrintDriver } from './print-driver';

/** Port of the raw print service (HP JetDirect, "port 9100") that Zebra and most network label printers listen on. */
export const rawPrintPort = 9100;

/** Parses a `host:port` or bare `host` target; the port defaults to 9100. */
export function parseRawTarget(target: string): { readonly host: string; readonly port: number } | undefined {
  const match = /^([A-Za-z0-9.-]+)(?::(\d{1,5}))?$/.exec(target.trim());
  if (match === null) {
    return undefined;
  }
  const port = match[2] === undefined ? rawPrintPort : Number(match[2]);
  if (port < 1 || port > 65_535) {
    return undefined;
  }
  return { host: match[1] ?? '', port };
}

/**
 * Creates a driver that writes each job's bytes unchanged to a raw TCP port and closes the
 * connection. A failure to connect (refused, unreachable, timed out before connecting) took no
 * byte, so the job may be retried. A failure after connecting may have printed part or all of the
 * label, so it is reported as `delivered: 'unknown'`.
 */
export function createRawTcpDriver(options: { readonly connectTimeoutMs?: number; readonly sendTimeoutMs?: number } = {}): PrintDriver {
  const connectTimeoutMs = options.connectTimeoutMs ?? 5_000;
  const sendTimeoutMs = options.sendTimeoutMs ?? 30_000;

  return (request: DeliveryRequest) => {
    const address = parseRawTarget(request.target);
    if (address === undefined) {
      return Promise.resolve(err({ delivered: 'no', permanent: true, code: 'printer-address-invalid', detail: `"${request.target}" is not host:port` }));
    }

    return new Promise<Result<{ readonly spoolerJobId: string | null }, DeliveryFailure>>((resolveSend) => {
      const socket = new Socket();
      let connected = false;
      let settled = false;
      const finish = (result: Result<{ readonly spoolerJobId: string | null }, DeliveryFailure>): void => {
        if (!settled) {
          settled = true;
          socket.destroy();
          resolveSend(result);
        }
      };

      socket.setTimeout(connectTimeoutMs);
      socket.on('timeout', () => {
        const where = `${address.host}:${address.port}`;
        finish(err({ delivered: connected ? 'unknown' : 'no', permanent: false, code: 'printer-timed-out', detail: `${where} did not respond in time` }));
      });
      socket.on('error', (error: NodeJS.ErrnoException) => {
        finish(err({ delivered: connected ? 'unknown' : 'no', permanent: false, code: 'printer-unreachable', detail: `${address.host}:${address.port}: ${error.code ?? error.message}` }));
      });
      socket.connect(address.port, address.host, () => {
        connected = true;
        socket.setTimeout(sendTimeoutMs);
        socket.end(request.payload);
      });
      // 'close' after a clean end means the peer read the whole job and closed its side too.
      socket.on('close', (hadError) => {
        if (!hadError) {
          finish(ok({ spoolerJobId: null }));
        }
      });
    });
  };
}
