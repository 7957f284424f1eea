import { createLogger } from '../core/logger';
import { assertNever } from '../core/assert';
import { err, ok, type Result } from '../core/result';
import { CSET_82 } from '../gs1/charsets';
import type { Gs1ReadOptions } from './ai-list';
import { splitAimIdentifier } from './aim';
import { looksBracketed } from './bracketed';
import { GS } from './element-string';
import { readGs1Data, readUnidentifiedGs1, unwrapFormat05 } from './gs1-data';
import { normalizeGtin } from './gtin';
import { classifyPlainData } from './plain-data';
import { stripInvisibleCharacters } from './serial';
import type { ScanError, ScanValue, Symbology } from './types';

const logger = createLogger('scan');

export interface DecodeOptions {
  /**
   * A printable character the scanner is configured to send in place of GS, such as "|" or a
   * space. It must be a single character outside GS1 character set 82, so it cannot occur inside
   * an AI value.
   */
  readonly gsSubstitute?: string;
  /**
   * Whether to enforce the dictionary's mandatory and invalid AI pairings on this one scan
   * (default true). Turn it off when several carriers of one item are combined and checked
   * together with checkAiPairings.
   */
  readonly checkPairings?: boolean;
  /** The current date, which anchors the two-digit years of GS1 dates (default: now). */
  readonly today?: Date;
}

type ResolvedOptions = Gs1ReadOptions & { readonly gsSubstitute?: string };

function resolveOptions(options: DecodeOptions): Result<ResolvedOptions, ScanError> {
  const { gsSubstitute } = options;
  if (gsSubstitute !== undefined && ([...gsSubstitute].length !== 1 || CSET_82.includes(gsSubstitute) || /\p{Cc}/u.test(gsSubstitute))) {
    return err({
      code: 'invalid-option',
      part: gsSubstitute,
      message: `GS substitute "${gsSubstitute}" must be one printable character outside GS1 character set 82, such as "|" or a space.`,
    });
  }
  return ok({
    today: options.today ?? new Date(),
    checkPairings: options.checkPairings ?? true,
    ...(gsSubstitute === undefined ? {} : { gsSubstitute }),
  });
}

function readEanUpc(data: string, symbology: Symbology): Result<ScanValue, ScanError> {
  // ]E3 sends the EAN-13 followed by its two- or five-digit add-on, which Packtrace does not use.
  const digits = symbology.aim === ']E3' ? data.slice(0, 13) : data;
  const gtin = normalizeGtin(digits);
  return gtin.ok ? ok({ kind: 'gtin', symbology, gtin: gtin.value }) : gtin;
}

/** True for all-digit text of an SSCC or GTIN length, which is read as that key, not as AI data. */
function isNumericKeyLength(text: string): boolean {
  return /^\d+$/.test(text) && [8, 12, 13, 14, 18].includes(text.length);
}

function readUnidentified(text: string, symbology: Symbology, options: ResolvedOptions): Result<ScanValue, ScanError> {
  const format05 = unwrapFormat05(text);
  if (format05 !== null) {
    return readGs1Data(format05, { aim: null, name: 'ISO/IEC 15434 format 05' }, options);
  }

  // A GS can only come from FNC1, and the bracketed form is written for GS1 data only.
  if (text.includes(GS) || looksBracketed(text)) {
    return readGs1Data(text, symbology, options);
  }

  if (/^\d{2}/.test(text) && !isNumericKeyLength(text)) {
    const gs1 = readUnidentifiedGs1(text, symbology, options);
    if (gs1 !== null) {
      return gs1;
    }
  }
  return classifyPlainData(text, symbology, options);
}

function decodeTrimmed(text: string, options: ResolvedOptions): Result<ScanValue, ScanError> {
  const { symbology, content, data } = splitAimIdentifier(text);
  if (data === '') {
    return err({ code: 'empty', part: text, message: 'The scan contains no data after its symbology identifier.' });
  }

  switch (content) {
    case null:
      return readUnidentified(data, symbology, options);
    case 'gs1':
      return readGs1Data(data, symbology, options);
    case 'ean-upc':
      return readEanUpc(data, symbology);
    case 'itf':
      return /^\d{14}$/.test(data) ? readEanUpc(data, symbology) : classifyPlainData(data, symbology, options);
    case 'plain':
      return classifyPlainData(data, symbology, options);
    default:
      return assertNever(content, 'AIM content');
  }
}

/**
 * Decodes raw scanner text into a typed scan value: GS1 data (element string, bracketed form or
 * Digital Link URI), SSCC, GTIN (as GTIN-14), FNSKU, FBA box ID, command, or plain serial.
 *
 * An AIM symbology identifier decides between GS1 and plain data. Without one, the text is GS1
 * when it contains a GS, is in bracketed form, forms a valid element string with all its
 * pairings, or starts with a valid SSCC or GTIN field. Anything else is read as plain data.
 * Whitespace and invisible characters around the scan (such as the scanner's Enter suffix) are
 * ignored. Never throws: an unexpected fault is logged and returned as internal-error.
 */
export function decodeScan(raw: string, options: DecodeOptions = {}): Result<ScanValue, ScanError> {
  try {
    const resolved = resolveOptions(options);
    if (!resolved.ok) {
      return resolved;
    }

    const text = stripInvisibleCharacters(String(raw)).trim();
    if (text === '') {
      return err({ code: 'empty', part: '', message: 'The scan is empty.' });
    }
    return decodeTrimmed(text, resolved.value);
  } catch (error) {
    logger.error('Scan decoder failed unexpectedly', { error: String(error), length: String(raw).length });
    return err({ code: 'internal-error', part: '', message: 'The scan could not be decoded because of an internal error.' });
  }
}
