import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { backupsDirIn, takeRotatingBackup, writeOnlineBackup } from '../../store/backup';
import { verifyDatabaseFile } from '../../store/backup-verify';
import { rejectUnknownFlags, UsageError, type ParsedCommandLine } from '../arguments';
import type { CliIo } from '../io';
import { openCliStore } from '../station-store';

/**
 * `backup [--out FILE]`: copies the station database with SQLite's online backup API while
 * stations keep running, then checks the copy (integrity_check and the event hash chain).
 * Without --out the copy goes to `<data folder>/backups` and counts towards its rotation.
 */
export async function runBackup(line: ParsedCommandLine, io: CliIo): Promise<number> {
  rejectUnknownFlags(line, ['out']);
  if (line.positionals.length > 0) {
    throw new UsageError('backup takes no arguments; name the file with --out FILE');
  }
  const out = line.flags.get('out');
  if (out !== undefined && existsSync(out)) {
    io.stderr.write(`packtrace: ${out} already exists. Choose another --out FILE; a backup never overwrites a file\n`);
    return 1;
  }

  const store = openCliStore(line.dataDir, io);
  if (store === null) {
    return 1;
  }

  let file: string;
  try {
    if (out === undefined) {
      file = (await takeRotatingBackup(store.db, backupsDirIn(store.dataDir), 'manual')).file;
    } else {
      file = resolve(out);
      await writeOnlineBackup(store.db, file);
    }
  } catch (error) {
    io.stderr.write(`packtrace: backup failed: ${(error as Error).message}\n`);
    return 1;
  } finally {
    store.db.close();
  }

  const verified = verifyDatabaseFile(file);
  if (!verified.ok) {
    io.stderr.write(`packtrace: the backup ${file} failed its check (${verified.error.code}). Do not rely on it\n`);
    return 1;
  }
  io.stdout.write(`Backup written: ${file} (schema ${verified.value.schemaVersion}, ${verified.value.eventCount} events, head ${verified.value.headHash})\n`);
  return 0;
}
