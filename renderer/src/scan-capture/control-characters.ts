import type { KeyInput } from './key-input';

export const groupSeparator = '\u001d';
export const recordSeparator = '\u001e';
export const endOfTransmission = '\u0004';

/**
 * Maps the Ctrl chords that scanners in control-character mode send for ISO/IEC 15434 and GS1
 * separators back to the character: Ctrl+] is GS, Ctrl+^ (Ctrl+Shift+6 on a US layout) is RS and
 * Ctrl+D is EOT. Physical key codes are read first because the `key` value of a Ctrl chord
 * differs between platforms; some report the control character itself. Returns null for any
 * other key, so Ctrl+C, Ctrl+V and the like keep working.
 */
export function controlCharacterOfChord(input: KeyInput): string | null {
  if (input.type !== 'keydown' || !input.ctrlKey || input.altKey || input.metaKey) {
    return null;
  }

  if (input.key === groupSeparator || input.key === recordSeparator || input.key === endOfTransmission) {
    return input.key;
  }
  if (input.code === 'BracketRight' || input.key === ']') {
    return groupSeparator;
  }
  if ((input.code === 'Digit6' && input.shiftKey) || input.key === '^') {
    return recordSeparator;
  }
  if (input.code === 'KeyD' || input.key === 'd' || input.key === 'D') {
    return endOfTransmission;
  }
  return null;
}

/** Returns the digit of a numpad digit key ("Numpad0" to "Numpad9"), whatever NumLock makes `key`. */
export function numpadDigitOf(input: KeyInput): string | null {
  const match = /^Numpad([0-9])$/.exec(input.code);
  return match?.[1] ?? null;
}

/**
 * Converts the digits typed with Alt held into the character Windows would produce. Codes
 * 0 to 127 are ASCII, so Alt+0029 and Alt+29 both give GS. Codes 128 to 255 are taken as
 * Latin-1 code points.
 * NOTE: Windows maps 128 to 255 through the ANSI code page (with a leading 0) or the OEM code page
 * (without), which differ from Latin-1 in places; scanners send only control characters this
 * way, so that difference is not modelled.
 */
export function characterOfAltCode(digits: string): string | null {
  if (digits.length === 0) {
    return null;
  }

  const code = Number.parseInt(digits, 10) % 256;
  return String.fromCharCode(code);
}
