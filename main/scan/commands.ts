import { err, ok, type Result } from '../core/result';
import type { PackCommand, ScanError } from './types';

/** Prefix of every Packtrace command barcode; no GS1 data, FNSKU or serial starts with "#PT:". */
export const COMMAND_BARCODE_PREFIX = '#PT:';

/** The text to print in each command barcode (Code 128), so labels and the decoder agree. */
export const COMMAND_BARCODE_TEXT: Readonly<Record<PackCommand, string>> = {
  'new-carton': `${COMMAND_BARCODE_PREFIX}NEW-CARTON`,
  'close-carton': `${COMMAND_BARCODE_PREFIX}CLOSE-CARTON`,
  'undo-last-scan': `${COMMAND_BARCODE_PREFIX}UNDO`,
};

/**
 * Reads a command barcode. Returns null when the text does not start with the command prefix, and
 * an unknown-command error when it does but names no command. Case is ignored, because a scanner
 * typing with CapsLock on inverts it.
 */
export function parseCommandBarcode(text: string): Result<PackCommand, ScanError> | null {
  const upper = text.toUpperCase();
  if (!upper.startsWith(COMMAND_BARCODE_PREFIX)) {
    return null;
  }

  const entry = Object.entries(COMMAND_BARCODE_TEXT).find(([, barcodeText]) => barcodeText === upper);
  if (entry === undefined) {
    return err({
      code: 'unknown-command',
      part: text,
      message: `"${text}" is not a Packtrace command barcode; print the command labels again.`,
    });
  }
  return ok(entry[0] as PackCommand);
}
