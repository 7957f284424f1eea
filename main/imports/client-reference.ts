import { err, ok, type Result } from '../core/result';
import type { ClientReference } from './drafts';
import { importError, type ImportError } from './import-error';
import type { RecordReader } from './record-reader';
import { optionalClientCode } from './values';

/** Command-line option that names the client of a file without one, also shown in messages. */
export const clientOption = '--client';

/**
 * Takes the client of a CSV record from its client cell, or from the clientCode option when the
 * cell is empty or the column absent. A cell that names another client than the option is an
 * error, because the operator's choice and the file disagree and guessing could file shipments
 * under the wrong client.
 */
export function clientOfRecord(
  file: string,
  reader: RecordReader<'client'>,
  clientCode: string | undefined,
): Result<ClientReference, ImportError> {
  const cell = reader.read('client', optionalClientCode);
  if (!cell.ok) {
    return cell;
  }

  if (cell.value === null) {
    if (clientCode === undefined) {
      return err(importError('import-client-missing', 'clientMissingRow', { file, row: reader.row }, { option: clientOption }));
    }
    return ok({ code: clientCode });
  }

  const column = reader.columnName('client');
  if (clientCode !== undefined && clientCode.toLowerCase() !== cell.value.toLowerCase()) {
    return err(
      importError(
        'import-client-conflict',
        'clientConflict',
        { file, row: reader.row, column, value: cell.value },
        { option: clientOption, client: clientCode },
      ),
    );
  }
  return ok({ code: cell.value, origin: { row: reader.row, column } });
}

/** Takes the client of a format without a client column from the required clientCode option. */
export function clientOfFile(file: string, clientCode: string | undefined): Result<ClientReference, ImportError> {
  if (clientCode === undefined) {
    return err(importError('import-client-missing', 'clientMissingFile', { file }, { option: clientOption }));
  }
  return ok({ code: clientCode });
}
