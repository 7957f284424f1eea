import type Database from 'better-sqlite3';

type AnyStatement = Database.Statement<unknown[], unknown>;

// Keyed by connection, so a closed and collected connection takes its statements with it.
const statementsByConnection = new WeakMap<Database.Database, Map<string, AnyStatement>>();

/**
 * Returns the prepared statement for `sql` on `db`, preparing it on first use and reusing it
 * afterwards. When every store call prepared its SQL again, parsing and planning took about a
 * third of a scan's time inside its transaction (V8 profile, see BENCHMARKS.md).
 *
 * Use it only with `get`, `all` and `run`. A statement under `iterate()` is busy until the
 * iterator ends, so a second caller of the same SQL would fail; prepare those with
 * `db.prepare`. Do not call `pluck`, `raw`, `expand` or `safeIntegers` on the returned
 * statement either, because those modes stay set for every later caller.
 */
export function prepared<BindParameters extends unknown[] = unknown[], Result = unknown>(
  db: Database.Database,
  sql: string,
): Database.Statement<BindParameters, Result> {
  let statements = statementsByConnection.get(db);
  if (statements === undefined) {
    statements = new Map();
    statementsByConnection.set(db, statements);
  }

  let statement = statements.get(sql);
  if (statement === undefined) {
    statement = db.prepare<unknown[], unknown>(sql);
    statements.set(sql, statement);
  }
  return statement as unknown as Database.Statement<BindParameters, Result>;
}
