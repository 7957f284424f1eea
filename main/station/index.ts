/**
 * Entry of `npm run station` (out/main/station.js): serves the station to a browser on
 * 127.0.0.1, or on the address given with `--host`. Also exports `startStation` so the e2e
 * suite can start the built host in-process.
 */
import { createLogger } from '../core/logger';
import { parseStationArguments, stationUsage } from './arguments';
import { startStation } from './start-station';

export { startStation, StationStartError } from './start-station';
export type { StartStationOptions, StationHandle } from './start-station';

const log = createLogger('station');

/** Runs the station; resolves with an exit code, or null while the host keeps serving. */
async function main(argv: ReadonlyArray<string>): Promise<number | null> {
  const parsed = parseStationArguments(argv);
  if (!parsed.ok) {
    process.stderr.write(`packtrace station: ${parsed.error.detail}\n\n${stationUsage}\n`);
    return 2;
  }
  if (parsed.value.help) {
    process.stdout.write(`${stationUsage}\n`);
    return 0;
  }

  let station;
  try {
    station = await startStation({ dataDir: parsed.value.dataDir, port: parsed.value.port, host: parsed.value.host });
  } catch (error) {
    process.stderr.write(`packtrace station: ${(error as Error).message}\n`);
    return 1;
  }

  process.stdout.write(`Packtrace station: ${station.url}\n`);
  process.stdout.write(`Data folder: ${station.dataDir}\n`);
  if (station.pairingCode !== null) {
    process.stdout.write(`Pairing code: ${station.pairingCode}\n`);
    process.stdout.write('Open the URL in a browser on the network and enter the pairing code. Press Ctrl+C to stop.\n');
  } else {
    process.stdout.write('Open the URL in a browser on this computer. Press Ctrl+C to stop.\n');
  }

  const stop = (signal: NodeJS.Signals): void => {
    log.info('stopping on signal', { signal });
    station.close().then(
      () => process.exit(0),
      (error: unknown) => {
        log.error('stop failed', { error: (error as Error).message });
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return null;
}

if (require.main === module) {
  main(process.argv.slice(2)).then((exitCode) => {
    if (exitCode !== null) {
      process.exitCode = exitCode;
    }
  });
}
