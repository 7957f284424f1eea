import type Database from 'better-sqlite3';
import { err, ok, type Result } from '../core/result';
import { prepared } from '../store/statement-cache';

/**
 * A client's pattern for serials that Packtrace assigns to products without a manufacturer
 * serial. Placeholders: `{n:W}` the client's next number, zero-padded to W digits (required),
 * `{yyyy}`, `{yy}`, `{mm}`, `{dd}` the UTC date of assignment. Everything else is literal text,
 * for example `ACME-{yy}{mm}-{n:6}` gives ACME-2601-000042.
 */
const placeholder = /\{(n:(\d{1,2})|yyyy|yy|mm|dd)\}/g;

export type SerialPatternError =
  | { readonly code: 'serial-pattern-missing'; readonly clientId: number }
  | { readonly code: 'invalid-serial-pattern'; readonly pattern: string };

/** Checks a pattern: exactly one `{n:W}` with W from 1 to 18, and no other braces. */
export function validateSerialPattern(pattern: string): boolean {
  const counters = [...pattern.matchAll(/\{n:(\d{1,2})\}/g)];
  const width = Number(counters[0]?.[1] ?? 0);
  const rest = pattern.replace(placeholder, '');
  return counters.length === 1 && width >= 1 && width <= 18 && !/[{}]/.test(rest);
}

/** Expands a pattern for one number at `date`. */
export function formatAssignedSerial(pattern: string, serialNumber: number, date: Date): string {
  const iso = date.toISOString();
  return pattern.replace(placeholder, (_match, token: string, width: string | undefined) => {
    if (width !== undefined) {
      return String(serialNumber).padStart(Number(width), '0');
    }
    switch (token) {
      case 'yyyy':
        return iso.slice(0, 4);
      case 'yy':
        return iso.slice(2, 4);
      case 'mm':
        return iso.slice(5, 7);
      default:
        return iso.slice(8, 10);
    }
  });
}

/** Sets or replaces a client's pattern; the counter keeps running so no serial repeats. */
export function setClientSerialPattern(db: Database.Database, clientId: number, pattern: string): Result<void, SerialPatternError> {
  if (!validateSerialPattern(pattern)) {
    return err({ code: 'invalid-serial-pattern', pattern });
  }
  prepared(db, 'INSERT INTO client_serial_patterns (client_id, pattern) VALUES (?, ?) ON CONFLICT (client_id) DO UPDATE SET pattern = excluded.pattern').run(
    clientId,
    pattern,
  );
  return ok(undefined);
}

/**
 * Takes the client's next number and returns the serial it gives. Runs inside the write
 * transaction that creates the unit, so a rolled-back receipt scan gives its number back.
 */
export function assignSerial(db: Database.Database, clientId: number, date: Date): Result<string, SerialPatternError> {
  const row = prepared<[number], { pattern: string; next_number: number }>(db, 'SELECT pattern, next_number FROM client_serial_patterns WHERE client_id = ?').get(clientId);
  if (row === undefined) {
    return err({ code: 'serial-pattern-missing', clientId });
  }

  prepared(db, 'UPDATE client_serial_patterns SET next_number = next_number + 1 WHERE client_id = ?').run(clientId);
  return ok(formatAssignedSerial(row.pattern, row.next_number, date));
}
