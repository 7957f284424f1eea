import type Database from 'better-sqlite3';
import { err, ok, type Result } from '../core/result';
import { findClientByCode, insertClient, type ClientRow } from '../store/clients';
import { clientOption } from './client-reference';
import type { ClientReference } from './drafts';
import { importError, type ImportError } from './import-error';

/**
 * Looks clients up once per import. A missing client is created only when the file gives its
 * name in the client_name column of a product CSV. Otherwise the result is an error that names
 * the cell or the option that gave the code.
 */
export class ClientResolver {
  private readonly byCode = new Map<string, ClientRow>();
  /** Clients created by this import. */
  created = 0;

  constructor(
    private readonly db: Database.Database,
    private readonly file: string,
    private readonly now: string,
  ) {}

  resolve(reference: ClientReference): Result<ClientRow, ImportError> {
    const key = reference.code.toLowerCase();
    const cached = this.byCode.get(key);
    if (cached !== undefined) {
      return ok(cached);
    }

    let client = findClientByCode(this.db, reference.code);
    if (client === undefined && reference.nameForCreation !== undefined) {
      client = insertClient(this.db, { code: reference.code, name: reference.nameForCreation }, this.now);
      this.created += 1;
    }
    if (client === undefined) {
      return err(this.notFound(reference));
    }
    this.byCode.set(key, client);
    return ok(client);
  }

  private notFound(reference: ClientReference): ImportError {
    const origin = reference.origin;
    if (origin === undefined) {
      return importError('import-client-not-found', 'clientNotFoundOption', { file: this.file }, {
        option: clientOption,
        client: reference.code,
      });
    }
    return importError('import-client-not-found', 'clientNotFoundCell', {
      file: this.file,
      row: origin.row,
      column: origin.column,
      value: reference.code,
    });
  }
}
