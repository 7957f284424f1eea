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
