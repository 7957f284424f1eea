import { err, ok, type Result } from '../core/result';
import type { CsvRecord } from './csv-table';
import type { ColumnMap } from './headers';
import { invalidCell, type ImportError } from './import-error';
import type { ValueResult } from './values';

/**
 * Reads the cells of one CSV record by field name. A field whose column the file lacks reads as
 * an empty cell, so optional columns need no special case.
 */
export class RecordReader<F extends string> {
  constructor(
    private readonly file: string,
    private readonly record: CsvRecord,
    private readonly columns: ColumnMap<F>,
  ) {}

  get row(): number {
    return this.record.row;
  }

  /** Returns the raw text of the field's cell, or '' when the file has no such column. */
  raw(field: F): string {
    const position = this.columns.index[field];
    return position === undefined ? '' : (this.record.cells[position] ?? '');
  }

  /** True when the file has a column for the field. */
  hasColumn(field: F): boolean {
    return this.columns.index[field] !== undefined;
  }

  /** Returns the header text of the field's column as written in the file. */
  columnName(field: F): string {
    return this.columns.name[field] ?? field;
  }

  /** Validates the field's cell, turning a failed Expectation into an error naming row, column and value. */
  read<T>(field: F, validate: (raw: string) => ValueResult<T>): Result<T, ImportError> {
    const raw = this.raw(field);
    const result = validate(raw);
    if (result.ok) {
      return ok(result.value);
    }
    return err(invalidCell(this.file, this.record.row, this.columnName(field), raw, result.error));
  }
}

/** A record that repeats the key of an earlier one: its row, the key's column and value, and the earlier row. */
export interface RepeatedKey {
  readonly file: string;
  readonly row: number;
  readonly column: string;
  readonly value: string;
  readonly otherRow: number;
}

/** The rule by which readUniqueRecords reads one record and compares two records' keys. */
export interface UniqueRecordRule<F extends string, R> {
  readonly read: (reader: RecordReader<F>) => Result<R, ImportError>;
  /** The field whose column an error about a repeated key names. */
  readonly keyField: F;
  /** The row's key, and the value an error about a repeat shows. */
  readonly keyOf: (row: R) => { readonly key: string; readonly value: string };
  readonly repeated: (repeat: RepeatedKey) => ImportError;
}

/**
 * Reads every record of a table in file order. The first record that does not read, or whose key
 * repeats an earlier record's, is the error, and a repeat names both rows.
 */
export function readUniqueRecords<F extends string, R>(
  file: string,
  records: ReadonlyArray<CsvRecord>,
  columns: ColumnMap<F>,
  rule: UniqueRecordRule<F, R>,
): Result<ReadonlyArray<R>, ImportError> {
  const rows: R[] = [];
  const rowOfKey = new Map<string, number>();
  for (const record of records) {
    const reader = new RecordReader<F>(file, record, columns);
    const row = rule.read(reader);
    if (!row.ok) {
      return row;
    }

    const { key, value } = rule.keyOf(row.value);
    const otherRow = rowOfKey.get(key);
    if (otherRow !== undefined) {
      return err(rule.repeated({ file, row: record.row, column: reader.columnName(rule.keyField), value, otherRow }));
    }
    rowOfKey.set(key, record.row);
    rows.push(row.value);
  }
  return ok(rows);
}
