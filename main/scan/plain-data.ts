import { err, ok, type Result } from '../core/result';
import type { Gs1ReadOptions } from './ai-list';
import { parseCommandBarcode } from './commands';
import { looksLikeUri, parseDigitalLink } from './digital-link';
import { parseFbaBoxId } from './fba-box-id';
import { isNearMissFnsku, normalizeFnsku } from './fnsku';
import { toGs1ScanValue } from './gs1-scan';
import { normalizeGtin } from './gtin';
import { isValidSerialText, MAX_SERIAL_LENGTH, normalizeSerial } from './serial';
import { normalizeSscc } from './sscc';
import type { ScanError, ScanValue, Symbology } from './types';

/** Reads an all-digit code of a GS1 key length as SSCC or GTIN; returns null for other lengths. */
function readNumericKey(text: string, symbology: Symbology): Result<ScanValue, ScanError> | null {
  if (!/^\d+$/.test(text)) {
    return null;
  }

  if (text.length === 18 || (text.length === 20 && text.startsWith('00'))) {
    const sscc = normalizeSscc(text);
    return sscc.ok ? ok({ kind: 'sscc', symbology, sscc: sscc.value }) : sscc;
  }
  // Thirteen and fourteen digits are a GTIN or a misread one. Eight and twelve digits are also
  // common serial lengths, so those count as a GTIN only when the check digit fits.
  if (text.length === 13 || text.length === 14 || text.length === 8 || text.length === 12) {
    const gtin = normalizeGtin(text);
    if (gtin.ok) {
      return ok({ kind: 'gtin', symbology, gtin: gtin.value });
    }
    return text.length >= 13 ? gtin : null;
  }
  return null;
}

function readSerial(text: string, symbology: Symbology): Result<ScanValue, ScanError> {
  const serial = normalizeSerial(text);
  if (!isValidSerialText(serial)) {
    return err({
      code: serial === '' ? 'empty' : 'invalid-serial',
      part: serial,
      message:
        serial === ''
          ? 'The scan contains no visible characters.'
          : `"${serial}" is not a valid serial: it must be 1 to ${MAX_SERIAL_LENGTH} characters without control characters.`,
    });
  }
  return ok({ kind: 'serial', symbology, serial });
}

/**
 * Classifies data that is not GS1 AI data: a command barcode, a GS1 Digital Link URI, an SSCC,
 * a GTIN, an FBA box ID, an FNSKU, or else a plain serial. A "B0" code counts as an FNSKU (an
 * ASIN used as FNSKU) only when it contains a letter, because all-digit "B0" serials exist.
 */
export function classifyPlainData(text: string, symbology: Symbology, options: Gs1ReadOptions): Result<ScanValue, ScanError> {
  const command = parseCommandBarcode(text);
  if (command !== null) {
    return command.ok ? ok({ kind: 'command', symbology, command: command.value }) : command;
  }

  if (looksLikeUri(text)) {
    return toGs1ScanValue(parseDigitalLink(text, options), 'digital-link', symbology, options);
  }

  const numericKey = readNumericKey(text, symbology);
  if (numericKey !== null) {
    return numericKey;
  }

  const boxId = parseFbaBoxId(text);
  if (boxId !== null) {
    return ok({ kind: 'fba-box-id', symbology, ...boxId });
  }

  const upper = normalizeSerial(text).toUpperCase();
  const fnsku = normalizeFnsku(upper);
  if (fnsku.ok && (fnsku.value.startsWith('X0') || /[A-Z]/.test(fnsku.value.slice(2)))) {
    return ok({ kind: 'fnsku', symbology, fnsku: fnsku.value });
  }
  if (isNearMissFnsku(upper) && !fnsku.ok) {
    return fnsku;
  }

  return readSerial(text, symbology);
}
