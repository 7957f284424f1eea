import { characterOfKey, keyOfCharacter, type ScannerKeyboardLayout } from '../../../../main/devices/keyboard-layouts';
import type { KeyInput } from '../../../../renderer/src/scan-capture/key-input';
import { key } from './key-sequence';

export interface LayoutTyping {
  /** Layout the scanner is set to: it picks the key positions. */
  readonly scanner: ScannerKeyboardLayout;
  /** Layout of the operating system: it turns the positions into `key` values. */
  readonly system: ScannerKeyboardLayout;
  readonly capsLock?: boolean;
}

/**
 * Caps Lock inverts Shift for letters on every layout, and on French AZERTY also for the digit
 * row, which is why `0` typed with Caps Lock on AZERTY gives `0` and not `à`.
 */
function shiftUnderCapsLock(system: ScannerKeyboardLayout, code: string, shift: boolean): boolean {
  const plain = characterOfKey(system, code, { shift: false, altGr: false }) ?? '';
  const invertsShift = /\p{L}/u.test(plain) || (system === 'fr' && code.startsWith('Digit'));
  return invertsShift ? !shift : shift;
}

/**
 * Returns the keydown and keyup events a wedge scanner produces for `text`: each character is
 * pressed at its position on the scanner's layout, and `key` is what the system layout makes
 * of that position. Throws for a character the scanner's layout cannot type.
 */
export function scanOnLayout(text: string, typing: LayoutTyping, startAt: number, gapMs: number): { events: KeyInput[]; endAt: number; typed: string } {
  const events: KeyInput[] = [];
  let at = startAt;
  let typed = '';
  for (const character of text) {
    const position = keyOfCharacter(typing.scanner, character);
    if (position === null) {
      throw new Error(`"${character}" is not on the ${typing.scanner} layout`);
    }
    const capsLock = typing.capsLock ?? false;
    const shift = capsLock ? shiftUnderCapsLock(typing.system, position.code, position.modifiers.shift) : position.modifiers.shift;
    const produced = characterOfKey(typing.system, position.code, { shift, altGr: position.modifiers.altGr }) ?? 'Dead';
    typed += produced === 'Dead' ? '' : produced;
    const fields = {
      code: position.code,
      shiftKey: position.modifiers.shift,
      ctrlKey: position.modifiers.altGr,
      altKey: position.modifiers.altGr,
      capsLock,
    };
    events.push(key('keydown', produced, at, fields), key('keyup', produced, at + 0.5, fields));
    at += gapMs;
  }
  return { events, endAt: at - gapMs, typed };
}
