import type Database from 'better-sqlite3';
import { createTranslator } from '../../core/translator';
import { listReturns } from '../../returns/returns-store';
import { isReturnStatus, type ReturnStatus } from '../../returns/return-terms';
import { findClientByCode } from '../../store/clients';
import { prepared } from '../../store/statement-cache';
import { UsageError, type ParsedCommandLine } from '../arguments';
import type { CliIo } from '../io';

const english = createTranslator('en');

interface ListedReturn {
  readonly returnId: number;
  readonly referenceKind: string;
  readonly reference: string;
  readonly orderReference: string | null;
  readonly status: ReturnStatus;
  readonly createdAt: string;
  readonly unitsExpected: number;
  readonly unitsTakenIn: number;
}

/**
 * `returns list [--status open|awaiting-intake|in-progress|closed] [--client CODE] [--json]`:
 * prints returns newest first, at most 1000; `open` (the default) means awaiting intake or in progress.
 */
export function printReturns(line: ParsedCommandLine, io: CliIo, db: Database.Database): number {
  if (line.positionals.length > 0) {
    throw new UsageError('returns list takes no positional arguments');
  }
  const status = line.flags.get('status') ?? 'open';
  if (status !== 'open' && !isReturnStatus(status)) {
    throw new UsageError(`--status must be open, awaiting-intake, in-progress or closed, not "${status}"`);
  }
  const clientCode = line.flags.get('client');
  const client = clientCode === undefined ? undefined : findClientByCode(db, clientCode);
  if (clientCode !== undefined && client === undefined) {
    io.stderr.write(`packtrace: ${english('returns:error.client-not-found', { clientCode })}\n`);
    return 1;
  }

  const statuses: ReadonlyArray<ReturnStatus> = status === 'open' ? ['awaiting-intake', 'in-progress'] : [status];
  const listed: ReadonlyArray<ListedReturn> = listReturns(db, statuses, client?.id ?? null, 1000).map((row) => {
    const counts = prepared<[number, number], { unitsExpected: number; unitsTakenIn: number }>(
      db,
      `SELECT (SELECT coalesce(sum(quantity_expected), 0) FROM return_lines WHERE return_id = ?) AS unitsExpected,
              (SELECT count(*) FROM return_units WHERE return_id = ?) AS unitsTakenIn`,
    ).get(row.id, row.id);
    return {
      returnId: row.id,
      referenceKind: row.referenceKind,
      reference: row.reference,
      orderReference: row.orderReference,
      status: row.status,
      createdAt: row.createdAt,
      unitsExpected: counts?.unitsExpected ?? 0,
      unitsTakenIn: counts?.unitsTakenIn ?? 0,
    };
  });

  if (line.flags.has('json')) {
    io.stdout.write(`${JSON.stringify({ returns: listed })}\n`);
    return 0;
  }
  for (const entry of listed) {
    const reference = entry.reference === '' ? `#${entry.returnId}` : entry.reference;
    io.stdout.write(`${reference}  ${entry.referenceKind}  ${entry.status}  order ${entry.orderReference ?? '-'}  units ${entry.unitsTakenIn}/${entry.unitsExpected}\n`);
  }
  io.stdout.write(`${listed.length} return(s).\n`);
  return 0;
}
