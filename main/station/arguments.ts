import { err, ok, type Result } from '../core/result';

export interface StationArguments {
  /** TCP port; 0 lets the OS choose a free port. */
  readonly port: number;
  /** IPv4 address to listen on; 127.0.0.1 unless `--host` gives another. */
  readonly host: string;
  /** Data folder given with `--data-dir`, or null to fall back to PACKTRACE_DATA_DIR and the OS default. */
  readonly dataDir: string | null;
  readonly help: boolean;
}

export interface ArgumentError {
  readonly code: 'invalid-arguments';
  readonly detail: string;
}

export const stationUsage = [
  'Usage: node out/main/station.js [--port PORT] [--host ADDRESS] [--data-dir DIR]',
  '',
  'Serves the Packtrace station to a browser, on this machine only (127.0.0.1) by default.',
  '  --port PORT     TCP port to listen on, 0-65535; 0 (the default) lets the OS pick a free port',
  '  --host ADDRESS  IPv4 address to listen on; default 127.0.0.1. Any other address, such as',
  '                  this PC\'s LAN address, makes every browser enter the pairing code printed',
  '                  at start and sign in with an operator PIN or badge',
  '  --data-dir DIR  folder of the station database and labels; default $PACKTRACE_DATA_DIR,',
  '                  else the OS app-data folder for Packtrace',
  '  --help          print this text',
].join('\n');

/** Parses the station's command line (without the node and script paths); flags may come in any order. */
export function parseStationArguments(argv: ReadonlyArray<string>): Result<StationArguments, ArgumentError> {
  let port = 0;
  let host = '127.0.0.1';
  let dataDir: string | null = null;
  let help = false;

  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index] as string;
    const [flag, inlineValue] = splitFlag(argument);
    if (flag === '--help' || flag === '-h') {
      help = true;
      continue;
    }
    if (flag !== '--port' && flag !== '--data-dir' && flag !== '--host') {
      return err({ code: 'invalid-arguments', detail: `unknown argument "${argument}"` });
    }

    const value = inlineValue ?? argv[index + 1];
    if (inlineValue === undefined) {
      index += 1;
    }
    if (value === undefined || value === '' || (inlineValue === undefined && value.startsWith('--'))) {
      return err({ code: 'invalid-arguments', detail: `${flag} needs a value` });
    }

    if (flag === '--port') {
      const parsed = parsePort(value);
      if (parsed === null) {
        return err({ code: 'invalid-arguments', detail: `invalid port "${value}": use a whole number from 0 to 65535` });
      }
      port = parsed;
    } else if (flag === '--host') {
      if (!isIpv4Address(value) || value === '0.0.0.0') {
        return err({ code: 'invalid-arguments', detail: `invalid host "${value}": use one IPv4 address of this PC, such as 192.168.1.20` });
      }
      host = value;
    } else {
      dataDir = value;
    }
  }

  return ok({ port, host, dataDir, help });
}

function splitFlag(argument: string): [string, string | undefined] {
  const equalsAt = argument.indexOf('=');
  if (!argument.startsWith('--') || equalsAt < 0) {
    return [argument, undefined];
  }
  return [argument.slice(0, equalsAt), argument.slice(equalsAt + 1)];
}

function parsePort(value: string): number | null {
  if (!/^\d{1,5}$/.test(value)) {
    return null;
  }
  const port = Number(value);
  return port <= 65535 ? port : null;
}

function isIpv4Address(value: string): boolean {
  const parts = value.split('.');
  return parts.length === 4 && parts.every((part) => /^\d{1,3}$/.test(part) && Number(part) <= 255);
}
