import { verifyEventChain } from '../../store/event-chain';
import { rejectUnknownFlags, UsageError, type ParsedCommandLine } from '../arguments';
import { openCliStore } from '../station-store';
import type { CliIo } from '../io';

const breakDescriptions = {
  changed: 'was changed after it was recorded',
  deleted: 'follows one or more deleted events',
  inserted: 'was inserted into the history',
} as const;

/**
 * `verify-history [--json]`: walks the event hash chain. Exits 0 when it is intact and 1 with the
 * first bad event when any event was changed, deleted or inserted.
 */
export function runVerifyHistory(line: ParsedCommandLine, io: CliIo): number {
  rejectUnknownFlags(line, ['json']);
  if (line.positionals.length > 0) {
    throw new UsageError('verify-history takes no arguments');
  }

  const store = openCliStore(line.dataDir, io);
  if (store === null) {
    return 1;
  }

  try {
    const result = verifyEventChain(store.db);
    if (line.flags.has('json')) {
      io.stdout.write(`${JSON.stringify(result.ok ? { ok: true, ...result.value } : { ok: false, ...result.error })}\n`);
    } else if (result.ok) {
      io.stdout.write(`History intact: ${result.value.eventCount} events, head ${result.value.headHash}\n`);
    } else {
      const broken = result.error;
      io.stdout.write(
        `History altered: event ${broken.eventId} (position ${broken.position}, seq ${broken.seq}) ${breakDescriptions[broken.kind]}\n`,
      );
    }
    return result.ok ? 0 : 1;
  } finally {
    store.db.close();
  }
}
