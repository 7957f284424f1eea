import { err, ok, type Result } from '../core/result';
import { foldSerialForComparison, isValidSerialText, normalizeSerial } from '../scan/serial';

/** Maximum number of serials in one bulk add, whether typed as a list, expanded from a range, or both. */
export const MAX_BULK_SERIALS = 500;

/**
 * The reason a bulk serial list or range was rejected. `position` counts list entries from 1 and skips
 * empty entries, so it matches what the operator sees in the preview.
 */
export type BulkSerialError =
  | { readonly code: 'no-serials' }
  | { readonly code: 'too-many-serials'; readonly count: number; readonly max: number }
  | { readonly code: 'invalid-serial'; readonly serial: string; readonly position: number }
  | { readonly code: 'space-inside-serial'; readonly serial: string; readonly position: number }
  | { readonly code: 'duplicate-serial'; readonly serial: string; readonly position: number; readonly firstPosition: number }
  | { readonly code: 'range-without-number'; readonly serial: string }
  | { readonly code: 'range-prefix-mismatch'; readonly startPrefix: string; readonly endPrefix: string }
  | { readonly code: 'range-width-mismatch'; readonly startDigits: number; readonly endDigits: number }
  | { readonly code: 'range-reversed'; readonly start: string; readonly end: string }
  | { readonly code: 'range-too-large'; readonly count: string; readonly max: number };

// Only these separate entries. A hyphen never does, because serials such as AB-100 contain one,
// and a range is entered through its own start and end fields instead.
const LIST_SEPARATORS = /[,;\t\r\n]/;

/**
 * Splits pasted or typed text into literal serials, in the order given. Only commas, semicolons,
 * tabs and line breaks separate entries. Each entry is normalised with normalizeSerial, and empty
 * entries (a trailing comma, a blank line) are skipped.
 *
 * A space or other whitespace left inside an entry after normalising rejects the list with
 * 'space-inside-serial'. Such text is almost always two serials separated by a space, and
 * packing it as one unit would record a serial that no label carries. A serial that really
 * contains a space can still be scanned on its own.
 */
export function parseSerialList(text: string): Result<ReadonlyArray<string>, BulkSerialError> {
  const entries = text.split(LIST_SEPARATORS).map(normalizeSerial).filter((entry) => entry.length > 0);
  return checkSerialList(entries);
}

/**
 * Checks a list of serials for one bulk add: normalises each, and rejects an empty list, more
 * than MAX_BULK_SERIALS, an invalid serial, whitespace inside a serial, and a serial listed twice
 * (compared case-insensitively, as the packing rules compare case-only duplicates).
 * Returns the normalised serials in the given order.
 */
export function checkSerialList(serials: ReadonlyArray<string>): Result<ReadonlyArray<string>, BulkSerialError> {
  if (serials.length === 0) {
    return err({ code: 'no-serials' });
  }
  if (serials.length > MAX_BULK_SERIALS) {
    return err({ code: 'too-many-serials', count: serials.length, max: MAX_BULK_SERIALS });
  }

  const normalized: string[] = [];
  const firstPositionByFolded = new Map<string, number>();
  for (const [index, raw] of serials.entries()) {
    const serial = normalizeSerial(raw);
    const position = index + 1;
    if (!isValidSerialText(serial)) {
      return err({ code: 'invalid-serial', serial, position });
    }
    if (/\s/u.test(serial)) {
      return err({ code: 'space-inside-serial', serial, position });
    }

    const folded = foldSerialForComparison(serial);
    const firstPosition = firstPositionByFolded.get(folded);
    if (firstPosition !== undefined) {
      return err({ code: 'duplicate-serial', serial, position, firstPosition });
    }
    firstPositionByFolded.set(folded, position);
    normalized.push(serial);
  }
  return ok(normalized);
}

interface NumberedSerial {
  readonly prefix: string;
  readonly digits: string;
}

/** Splits a serial into everything before its trailing digits and those digits. */
function splitTrailingNumber(serial: string): NumberedSerial | null {
  const match = /^(.*?)(\d+)$/su.exec(serial);
  if (match === null) {
    return null;
  }
  return { prefix: match[1] as string, digits: match[2] as string };
}

/**
 * Expands an explicit serial range, both ends included: `SN000460`..`SN000464` gives five serials.
 * Start and end must share the text before their trailing digits exactly (case included) and
 * have the same number of trailing digits, so every serial keeps the width of the printed
 * labels. Rejects a range whose end is below its start and one of more than `maxCount` serials.
 */
export function expandSerialRange(start: string, end: string, maxCount: number = MAX_BULK_SERIALS): Result<ReadonlyArray<string>, BulkSerialError> {
  const first = normalizeSerial(start);
  const last = normalizeSerial(end);
  for (const serial of [first, last]) {
    if (!isValidSerialText(serial) || /\s/u.test(serial)) {
      return err({ code: 'invalid-serial', serial, position: serial === first ? 1 : 2 });
    }
  }

  const startParts = splitTrailingNumber(first);
  const endParts = splitTrailingNumber(last);
  if (startParts === null) {
    return err({ code: 'range-without-number', serial: first });
  }
  if (endParts === null) {
    return err({ code: 'range-without-number', serial: last });
  }
  if (startParts.prefix !== endParts.prefix) {
    return err({ code: 'range-prefix-mismatch', startPrefix: startParts.prefix, endPrefix: endParts.prefix });
  }
  if (startParts.digits.length !== endParts.digits.length) {
    return err({ code: 'range-width-mismatch', startDigits: startParts.digits.length, endDigits: endParts.digits.length });
  }

  // BigInt, because a serial may end in more digits than a double represents exactly.
  const low = BigInt(startParts.digits);
  const high = BigInt(endParts.digits);
  if (high < low) {
    return err({ code: 'range-reversed', start: first, end: last });
  }
  const count = high - low + 1n;
  if (count > BigInt(maxCount)) {
    return err({ code: 'range-too-large', count: count.toString(), max: maxCount });
  }

  const width = startParts.digits.length;
  const serials: string[] = [];
  for (let value = low; value <= high; value += 1n) {
    serials.push(`${startParts.prefix}${value.toString().padStart(width, '0')}`);
  }
  return ok(serials);
}
