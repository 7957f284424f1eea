import type Database from 'better-sqlite3';
import { createTranslator } from '../../core/translator';
import { findReturnById } from '../../returns/returns-store';
import { listExceptionUnits } from '../../returns/return-units-store';
import { findClientByCode } from '../../store/clients';
import { prepared } from '../../store/statement-cache';
import { UsageError, type ParsedCommandLine } from '../arguments';
import type { CliIo } from '../io';

const english = createTranslator('en');

interface QueueEntry {
  readonly returnUnitId: number;
  readonly returnId: number;
  readonly reference: string;
  readonly serial: string;
  readonly sku: string;
  readonly createdAt: string;
  readonly ageSeconds: number;
  readonly flags: ReadonlyArray<{ readonly code: string; readonly params: Readonly<Record<string, string | number>>; readonly text: string }>;
}

/**
 * `returns exceptions [--client CODE] [--json]`: prints the exception queue, oldest first, with
 * each unit's findings in English. Exits 0 whether or not the queue is empty.
 */
export function printExceptionQueue(line: ParsedCommandLine, io: CliIo, db: Database.Database): number {
  if (line.positionals.length > 0) {
    throw new UsageError('returns exceptions takes no positional arguments');
  }
  const clientCode = line.flags.get('client');
  const client = clientCode === undefined ? undefined : findClientByCode(db, clientCode);
  if (clientCode !== undefined && client === undefined) {
    io.stderr.write(`packtrace: ${english('returns:error.client-not-found', { clientCode })}\n`);
    return 1;
  }

  const now = Date.now();
  const entries: ReadonlyArray<QueueEntry> = listExceptionUnits(db, client?.id ?? null).map((row) => {
    const unit = prepared<[number], { serial: string; sku: string }>(db, 'SELECT u.serial, p.sku FROM units u JOIN products p ON p.id = u.product_id WHERE u.id = ?').get(row.unitId);
    return {
      returnUnitId: row.id,
      returnId: row.returnId,
      reference: findReturnById(db, row.returnId)?.reference ?? '',
      serial: unit?.serial ?? '',
      sku: unit?.sku ?? '',
      createdAt: row.createdAt,
      ageSeconds: Math.max(0, Math.floor((now - Date.parse(row.createdAt)) / 1000)),
      flags: row.flags.map((flag) => ({ ...flag, text: english(`returns:flag.${flag.code}`, flag.params) })),
    };
  });

  if (line.flags.has('json')) {
    io.stdout.write(`${JSON.stringify({ exceptions: entries })}\n`);
    return 0;
  }
  if (entries.length === 0) {
    io.stdout.write(`${english('returns:cli.noExceptions')}\n`);
    return 0;
  }
  for (const entry of entries) {
    const hours = (entry.ageSeconds / 3600).toFixed(1);
    io.stdout.write(`#${entry.returnUnitId}  ${entry.serial}  ${entry.sku}  return ${entry.reference || `#${entry.returnId}`}  waiting ${hours} h\n`);
    for (const flag of entry.flags) {
      io.stdout.write(`    ${flag.text}\n`);
    }
  }
  return 0;
}
