import { resolve } from 'node:path';
import { assertNever } from '../../core/assert';
import { resolveDataDir } from '../../store/data-dir';
import { restoreDatabase, type RestoreProblem } from '../../store/restore';
import { rejectUnknownFlags, UsageError, type ParsedCommandLine } from '../arguments';
import type { CliIo } from '../io';

/**
 * `restore FILE`: replaces the station database with a backup. Refuses while any process has the
 * database open, and checks the backup first (integrity_check, schema version, event hash chain).
 * The replaced database moves into the backups folder instead of being deleted.
 */
export function runRestore(line: ParsedCommandLine, io: CliIo): number {
  rejectUnknownFlags(line, []);
  const [file] = line.positionals;
  if (file === undefined || line.positionals.length > 1) {
    throw new UsageError('restore takes exactly one FILE');
  }

  const dataDir = resolveDataDir(line.dataDir);
  const restored = restoreDatabase(dataDir, resolve(file));
  if (!restored.ok) {
    io.stderr.write(`packtrace: restore failed: ${describeRestoreProblem(restored.error)}\n`);
    return 1;
  }

  const report = restored.value;
  io.stdout.write(`Restored ${report.restoredFrom} (${report.verified.eventCount} events, head ${report.verified.headHash}).\n`);
  if (report.previousMovedTo !== null) {
    io.stdout.write(`The replaced database was moved to ${report.previousMovedTo}.\n`);
  }
  return 0;
}

function describeRestoreProblem(problem: RestoreProblem): string {
  switch (problem.code) {
    case 'store-in-use':
      return `${problem.file} is open in a running station or command. Stop every Packtrace station that uses this data folder, then run restore again`;
    case 'backup-unreadable':
      return `cannot open ${problem.file}: ${problem.detail}`;
    case 'backup-corrupt':
      return `${problem.file} is damaged (${problem.detail}). Choose an older backup`;
    case 'backup-newer-than-app':
      return `${problem.file} was written by a newer Packtrace (schema ${problem.fileVersion}, this app reads up to ${problem.appVersion}). Update Packtrace first`;
    case 'backup-history-altered':
      return `the history in ${problem.file} was altered: event ${problem.eventId} was ${problem.kind}. Choose another backup`;
    case 'restore-failed':
      return `replacing ${problem.file} failed: ${problem.detail}. The previous database is in the backups folder`;
    default:
      return assertNever(problem);
  }
}
