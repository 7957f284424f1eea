import { verifyEvidenceFiles } from '../../returns/evidence/verify-evidence';
import { rejectUnknownFlags, UsageError, type ParsedCommandLine } from '../arguments';
import type { CliIo } from '../io';
import { openCliStore } from '../station-store';

/**
 * `returns verify-photos [--json]`: checks every return photo file in the data folder against
 * the SHA-256 recorded when it was attached. Exits 1 when a file is missing or changed.
 */
export function runReturnsVerifyPhotos(line: ParsedCommandLine, io: CliIo): number {
  rejectUnknownFlags(line, ['json']);
  if (line.positionals.length > 1) {
    throw new UsageError('returns verify-photos takes no positional arguments');
  }

  const store = openCliStore(line.dataDir, io);
  if (store === null) {
    return 1;
  }
  try {
    const check = verifyEvidenceFiles(store.db, store.dataDir);
    if (line.flags.has('json')) {
      io.stdout.write(`${JSON.stringify(check)}\n`);
    } else {
      for (const problem of check.problems) {
        const photos = problem.photoIds.map((id) => `#${id}`).join(', ');
        const detail = problem.code === 'evidence-file-missing' ? 'missing' : `changed (SHA-256 now ${problem.actualSha256 ?? '?'})`;
        io.stdout.write(`${problem.path}: ${detail}; photos ${photos}\n`);
      }
      io.stdout.write(`${check.files} files of ${check.photos} photos checked, ${check.problems.length} with problems.\n`);
    }
    return check.problems.length === 0 ? 0 : 1;
  } finally {
    store.db.close();
  }
}
