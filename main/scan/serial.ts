/**
 * The one place where serial text is normalized and compared. Code that stores or looks up a
 * serial passes it through normalizeSerial first, so one physical label gives one text whatever
 * the scanner, keyboard or clipboard added around it.
 */

/** Maximum serial length in characters. Longer text is almost always a pasted document, not a label. */
export const MAX_SERIAL_LENGTH = 64;

// Invisible format characters removed anywhere in the text: soft hyphen, Mongolian vowel
// separator, zero-width space/non-joiner/joiner, directional marks and embeddings, word joiner
// and invisible operators, directional isolates, and the byte order mark (zero-width no-break space).
const INVISIBLE_CHARACTERS = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/gu;

// Whitespace (including NBSP and the other Unicode space separators) and C0/C1 control characters.
const EDGE_CHARACTERS = /^[\s\p{Cc}]+|[\s\p{Cc}]+$/gu;

/**
 * Normalizes a serial: removes invisible format characters anywhere, strips whitespace and control
 * characters at both ends, and applies Unicode NFKC.
 *
 * NFKC rather than NFC because a serial is an identifier, not prose: full-width letters typed
 * through an input method, ligatures from PDF copies and no-break spaces must give the same unit
 * as the plain ASCII label. Serial schemes do not distinguish units by those forms.
 * Case is kept, because some serial schemes are case-sensitive; use foldSerialForComparison to
 * detect case-only duplicates.
 */
export function normalizeSerial(raw: string): string {
  return stripInvisibleCharacters(raw).normalize('NFKC').replace(EDGE_CHARACTERS, '');
}

/** Removes invisible format characters (zero-width, soft hyphen, byte order mark, bidi marks). */
export function stripInvisibleCharacters(text: string): string {
  return text.replace(INVISIBLE_CHARACTERS, '');
}

/**
 * Folds a serial to upper case after normalizing it, so "sn000457" and "SN000457" compare equal.
 * The folded form is for finding case-only duplicates, never for storing.
 */
export function foldSerialForComparison(serial: string): string {
  return normalizeSerial(serial).toUpperCase().normalize('NFKC');
}

/**
 * True when normalized serial text can be stored: not empty, at most MAX_SERIAL_LENGTH
 * characters, and free of control characters (a GS or RS inside means the scan was GS1 or
 * ISO/IEC 15434 data that failed to decode).
 */
export function isValidSerialText(serial: string): boolean {
  const length = [...serial].length;
  return length > 0 && length <= MAX_SERIAL_LENGTH && !/\p{Cc}/u.test(serial);
}
