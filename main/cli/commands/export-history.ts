import { exportSignedHistory } from '../../history/export-history';
import { describeSigningKeyError, loadOrCreateSigningKey } from '../../history/station-key';
import { rejectUnknownFlags, requireFlag, UsageError, type ParsedCommandLine } from '../arguments';
import type { CliIo } from '../io';
import { openCliStore } from '../station-store';

/**
 * `export history --out FILE`: writes the station's whole event history as a signed history
 * file. Exits 1 without a file when the chain is broken or the signing key is unusable.
 */
export function runExportHistory(line: ParsedCommandLine, io: CliIo): number {
  rejectUnknownFlags(line, ['out']);
  if (line.positionals.length > 1) {
    throw new UsageError('usage: export history --out FILE');
  }
  const out = requireFlag(line, 'out');

  const store = openCliStore(line.dataDir, io);
  if (store === null) {
    return 1;
  }

  try {
    const key = loadOrCreateSigningKey(store.dataDir);
    if (!key.ok) {
      io.stderr.write(`packtrace: ${describeSigningKeyError(key.error)}\n`);
      return 1;
    }

    const exported = exportSignedHistory(store.db, key.value, out);
    if (!exported.ok) {
      const error = exported.error;
      io.stderr.write(
        error.code === 'history-export-chain-broken'
          ? `packtrace: history altered at event ${error.eventId} (seq ${error.seq}); nothing was exported. Run verify-history for details.\n`
          : `packtrace: ${store.dataDir} has no station yet; start the station once before exporting its history.\n`,
      );
      return 1;
    }

    io.stdout.write(`Wrote ${out}: ${exported.value.eventCount} events, head ${exported.value.headHash}, key fingerprint ${exported.value.publicKeyFingerprint}\n`);
    return 0;
  } finally {
    store.db.close();
  }
}
