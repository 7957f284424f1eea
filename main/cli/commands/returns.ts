import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type Database from 'better-sqlite3';
import { createTranslator } from '../../core/translator';
import { maxImportBytes } from '../../imports/import-file';
import type { Actor } from '../../packing/actor';
import { parseCustomerReturnsReport } from '../../returns/amazon-returns-report';
import { importCustomerReturns } from '../../returns/import-amazon-returns';
import { parseReturnConfig, readReturnConfig, saveReturnConfig } from '../../returns/return-configs';
import { findClientByCode } from '../../store/clients';
import { findOrCreateOperator } from '../../store/operators';
import { ensureStation } from '../../store/station';
import { inWriteTransaction } from '../../store/write-transaction';
import { rejectUnknownFlags, requireFlag, UsageError, type ParsedCommandLine } from '../arguments';
import type { CliIo } from '../io';
import { openCliStore } from '../station-store';
import { printExceptionQueue } from './returns-exceptions';
import { printReturns } from './returns-list';
import { runReturnsReport } from './returns-report';
import { runReturnsVerifyPhotos } from './returns-verify-photos';

const english = createTranslator('en');

/**
 * `returns import|config|exceptions|list|report|verify-photos ...`: the returns desk's commands. Each opens the station
 * store, runs one action and returns the exit code: 0 done, 1 a problem with the input or the
 * store (printed on stderr with what to fix), 2 a usage error.
 */
export function runReturns(line: ParsedCommandLine, io: CliIo): number {
  const [action, ...rest] = line.positionals;
  const forAction: ParsedCommandLine = { ...line, positionals: rest };
  switch (action) {
    case 'import':
      return withStore(forAction, io, ['client', 'operator'], (db) => importReport(forAction, io, db));
    case 'config':
      return withStore(forAction, io, ['client', 'operator', 'json'], (db) => configure(forAction, io, db));
    case 'exceptions':
      return withStore(forAction, io, ['client', 'json'], (db) => printExceptionQueue(forAction, io, db));
    case 'list':
      return withStore(forAction, io, ['status', 'client', 'json'], (db) => printReturns(forAction, io, db));
    case 'report':
      return runReturnsReport(line, io);
    case 'verify-photos':
      return runReturnsVerifyPhotos(line, io);
    default:
      throw new UsageError('returns needs an action: import, config, exceptions, list, report or verify-photos');
  }
}

function withStore(line: ParsedCommandLine, io: CliIo, flags: ReadonlyArray<string>, action: (db: Database.Database) => number): number {
  rejectUnknownFlags(line, flags);
  const store = openCliStore(line.dataDir, io);
  if (store === null) {
    return 1;
  }
  try {
    return action(store.db);
  } finally {
    store.db.close();
  }
}

/** Builds the actor of a change: this station, and the operator named by --operator or none. */
function cliActor(line: ParsedCommandLine, db: Database.Database): Actor {
  const operatorName = line.flags.get('operator');
  return { stationId: ensureStation(db).id, operatorId: operatorName === undefined ? null : findOrCreateOperator(db, operatorName).id };
}

function readInputFile(path: string, io: CliIo): Buffer | null {
  try {
    if (statSync(path).size > maxImportBytes) {
      io.stderr.write(`packtrace: ${path} is larger than ${maxImportBytes / 1024 / 1024} MiB. Split it into smaller files.\n`);
      return null;
    }
    return readFileSync(path);
  } catch (error) {
    io.stderr.write(`packtrace: cannot read ${path}: ${(error as Error).message}\n`);
    return null;
  }
}

function singleFile(line: ParsedCommandLine, usage: string): string | undefined {
  if (line.positionals.length > 1) {
    throw new UsageError(usage);
  }
  return line.positionals[0];
}

/** `returns import --client CODE FILE`: imports an Amazon customer returns report; a bad file writes nothing. */
function importReport(line: ParsedCommandLine, io: CliIo, db: Database.Database): number {
  const path = singleFile(line, 'returns import takes exactly one FILE');
  if (path === undefined) {
    throw new UsageError('returns import takes exactly one FILE');
  }
  const clientCode = requireFlag(line, 'client');
  const client = findClientByCode(db, clientCode);
  if (client === undefined) {
    io.stderr.write(`packtrace: ${english('returns:error.client-not-found', { clientCode })}\n`);
    return 1;
  }
  const content = readInputFile(path, io);
  if (content === null) {
    return 1;
  }

  const file = basename(path);
  const parsed = parseCustomerReturnsReport(file, content);
  if (!parsed.ok) {
    io.stderr.write(`packtrace: import failed: ${english(parsed.error.message.key, parsed.error.message.params)}\n`);
    return 1;
  }
  const summary = inWriteTransaction(db, () => importCustomerReturns(db, cliActor(line, db), client.id, parsed.value));
  io.stdout.write(
    `${english('returns:cli.imported', { file, rows: summary.rows, created: summary.returnsCreated, already: summary.alreadyImported, unknown: summary.unknownProducts })}\n`,
  );
  return 0;
}

/**
 * `returns config --client CODE [FILE] [--json]`: with FILE, validates the JSON file in full and
 * replaces the client's returns configuration; without it, prints the current configuration.
 */
function configure(line: ParsedCommandLine, io: CliIo, db: Database.Database): number {
  const path = singleFile(line, 'returns config takes at most one FILE');
  const clientCode = requireFlag(line, 'client');
  const client = findClientByCode(db, clientCode);
  if (client === undefined) {
    io.stderr.write(`packtrace: ${english('returns:error.client-not-found', { clientCode })}\n`);
    return 1;
  }
  if (path === undefined) {
    const stored = readReturnConfig(db, client.id);
    io.stdout.write(`${JSON.stringify({ clientCode: client.code, ...stored }, null, line.flags.has('json') ? undefined : 2)}\n`);
    return 0;
  }

  const content = readInputFile(path, io);
  if (content === null) {
    return 1;
  }
  let text: string;
  try {
    // The default decoder drops a leading byte order mark, which Notepad and PowerShell write.
    text = new TextDecoder('utf-8', { fatal: true }).decode(content);
  } catch {
    io.stderr.write(`packtrace: ${basename(path)} is not valid UTF-8 text. Save it as UTF-8 and run the command again.\n`);
    return 1;
  }
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    io.stderr.write(`packtrace: ${basename(path)} is not valid JSON (${(error as Error).message}). Fix the file and run the command again.\n`);
    return 1;
  }
  const parsed = parseReturnConfig(input);
  if (!parsed.ok) {
    for (const problem of parsed.error.problems) {
      io.stderr.write(`packtrace: ${basename(path)}: ${english(`returns:config.${problem.problem}`, { path: problem.path, detail: problem.detail })}\n`);
    }
    return 1;
  }
  inWriteTransaction(db, () => saveReturnConfig(db, cliActor(line, db), client, parsed.value));
  io.stdout.write(`${english('returns:cli.configSaved', { clientCode: client.code })}\n`);
  return 0;
}
