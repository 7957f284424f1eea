import { renameSync, writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import { returnsReportTables } from '../../api/channels/return-evidence-channels';
import { createTranslator } from '../../core/translator';
import { csvDialects, type CsvDialect } from '../../exports/csv-dialects';
import { returnsReportCsv, type ReturnsReportTable } from '../../returns/reports/report-csv';
import { buildReturnsReport, type ReturnsReport } from '../../returns/reports/returns-report';
import { rejectUnknownFlags, UsageError, type ParsedCommandLine } from '../arguments';
import type { CliIo } from '../io';
import { openCliStore } from '../station-store';

function isTable(value: string): value is ReturnsReportTable {
  return (returnsReportTables as ReadonlyArray<string>).includes(value);
}

function isDialect(value: string): value is CsvDialect {
  return (csvDialects as ReadonlyArray<string>).includes(value);
}

/** Path of one table's file when every table is written: `returns.csv` becomes `returns-by-client.csv`. */
export function tableFilePath(path: string, table: ReturnsReportTable): string {
  const extension = extname(path);
  return `${path.slice(0, path.length - extension.length)}-${table}${extension === '' ? '.csv' : extension}`;
}

/**
 * `returns report [--from DATE] [--to DATE] [--client CODE] [--csv FILE [--table NAME]
 * [--dialect standard|excel-eu]] [--json]`: prints the returns report, or writes it as CSV.
 * Without --table every table goes to its own file named after FILE. Dates are YYYY-MM-DD and
 * inclusive. Exits 1 when the filter is rejected.
 */
export function runReturnsReport(line: ParsedCommandLine, io: CliIo): number {
  rejectUnknownFlags(line, ['from', 'to', 'client', 'csv', 'table', 'dialect', 'json']);
  if (line.positionals.length > 1) {
    throw new UsageError('returns report takes no positional arguments after "report"');
  }
  const csvPath = line.flags.get('csv');
  const table = line.flags.get('table');
  const dialect = line.flags.get('dialect') ?? 'standard';
  if (table !== undefined && !isTable(table)) {
    throw new UsageError(`--table must be one of ${returnsReportTables.join(', ')}, got ${table}`);
  }
  if (!isDialect(dialect)) {
    throw new UsageError(`--dialect must be standard or excel-eu, got ${dialect}`);
  }
  if (csvPath === undefined && (line.flags.has('table') || line.flags.has('dialect'))) {
    throw new UsageError('--table and --dialect need --csv FILE');
  }

  const store = openCliStore(line.dataDir, io);
  if (store === null) {
    return 1;
  }
  try {
    const filter = { from: line.flags.get('from'), to: line.flags.get('to'), clientCode: line.flags.get('client') };
    const report = buildReturnsReport(store.db, filter);
    if (!report.ok) {
      const t = createTranslator('en');
      const { code, ...params } = report.error;
      io.stderr.write(`packtrace: ${t(`return-evidence:error.${code}`, params)}\n`);
      return 1;
    }

    if (csvPath !== undefined) {
      const tables = table === undefined ? returnsReportTables : [table];
      for (const name of tables) {
        const path = table === undefined ? tableFilePath(csvPath, name) : csvPath;
        // Through a temporary name, so a program watching the folder never reads half a file.
        writeFileSync(`${path}.partial`, returnsReportCsv(report.value, name, dialect), 'utf8');
        renameSync(`${path}.partial`, path);
        io.stdout.write(`Wrote ${path} (returns ${name}, ${dialect})\n`);
      }
    } else if (line.flags.has('json')) {
      io.stdout.write(`${JSON.stringify(report.value)}\n`);
    } else {
      io.stdout.write(formatReport(report.value));
    }
    return 0;
  } finally {
    store.db.close();
  }
}

function formatReport(report: ReturnsReport): string {
  const percent = (share: number) => `${(share * 100).toFixed(1)} %`;
  const section = (title: string, rows: ReadonlyArray<string>) => `${title}\n${rows.length === 0 ? '  (none)' : rows.map((row) => `  ${row}`).join('\n')}\n`;
  const period = `${report.from ?? 'start'} to ${report.to ?? 'today'}${report.clientCode === null ? '' : `, client ${report.clientCode}`}`;
  const queue = report.exceptionAge;

  return [
    `Returns report, ${period}\n`,
    section('Per client (returns, units expected, units received):', report.byClient.map((row) => `${row.clientCode || '-'}  ${row.returns}  ${row.unitsExpected}  ${row.unitsReceived}`)),
    section('Per product:', report.byProduct.map((row) => `${row.clientCode}/${row.sku}  ${row.returns}  ${row.unitsExpected}  ${row.unitsReceived}`)),
    section('Per lot (units received):', report.byLot.map((row) => `${row.clientCode}/${row.sku}  ${row.lot ?? '(no lot)'}  ${row.unitsReceived}`)),
    section('Per reason (returns, units received):', report.byReason.map((row) => `${row.reason || '(none)'}  ${row.returns}  ${row.unitsReceived}`)),
    section('Recovery by grade:', report.recoveryByGrade.map((row) => `${row.grade}  ${row.units}  ${percent(row.share)}`)),
    section('Recovery by disposition:', report.recoveryByDisposition.map((row) => `${row.disposition}  ${row.units}  ${percent(row.share)}`)),
    section(
      `Exception queue: ${queue.open} open${queue.oldestAt === null ? '' : `, oldest since ${queue.oldestAt} (${(queue.oldestAgeDays ?? 0).toFixed(1)} days)`}`,
      queue.buckets.map((row) => `${row.bucket}  ${row.count}`),
    ),
  ].join('\n');
}
