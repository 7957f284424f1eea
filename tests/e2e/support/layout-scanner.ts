import type { Page } from '@playwright/test';
import { characterOfKey, keyOfCharacter, type ScannerKeyboardLayout } from '../../../main/devices/keyboard-layouts';

export type ScanSuffix = 'Enter' | 'Tab' | null;

/** One key press as the page receives it: the physical key, the produced key and the modifier state. */
interface PlannedKey {
  readonly key: string;
  readonly code: string;
  readonly shiftKey: boolean;
  readonly capsLock: boolean;
}

export interface SystemLayoutOptions {
  readonly capsLock?: boolean;
  /**
   * Pause between keys, in milliseconds; scanners send a key every 1 to 5 ms. Each event's
   * timestamp is taken when it is dispatched, after the previous key's handlers ran. On a busy
   * machine the gaps are therefore longer than this, so the default is small.
   */
  readonly keyGapMs?: number;
}

/** Returns the `key` that `system` produces at `code`; Caps Lock inverts Shift for letters. */
function producedKey(system: ScannerKeyboardLayout, code: string, shift: boolean, capsLock: boolean): string {
  const plain = characterOfKey(system, code, { shift: false, altGr: false }) ?? '';
  const invertsShift = capsLock && (/\p{L}/u.test(plain) || (system === 'fr' && code.startsWith('Digit')));
  return characterOfKey(system, code, { shift: invertsShift ? !shift : shift, altGr: false }) ?? 'Dead';
}

/** Plans the key presses of a US-layout scanner typing `text` on a computer set to `system`. */
export function planKeys(text: string, system: ScannerKeyboardLayout, capsLock: boolean): PlannedKey[] {
  return [...text].map((character) => {
    const position = keyOfCharacter('us', character);
    if (position === null || position.modifiers.altGr) {
      throw new Error(`"${character}" has no plain or shifted key on the US layout`);
    }
    return { key: producedKey(system, position.code, position.modifiers.shift, capsLock), code: position.code, shiftKey: position.modifiers.shift, capsLock };
  });
}

/**
 * Types `text` as a wedge scanner set to the US layout does on a computer whose system layout is
 * `system`: each character is a keydown and keyup at its US key position (`code`), with the `key`
 * the system layout makes of that position, then the suffix. The events are dispatched inside the
 * page `keyGapMs` apart (1 ms by default), as a scanner sends them.
 */
export async function scanOnSystemLayout(page: Page, text: string, system: ScannerKeyboardLayout, suffix: ScanSuffix, options: SystemLayoutOptions = {}): Promise<void> {
  const keys = planKeys(text, system, options.capsLock ?? false);
  if (suffix !== null) {
    keys.push({ key: suffix, code: suffix, shiftKey: false, capsLock: options.capsLock ?? false });
  }

  // The script runs in the page; it is a string because this project type-checks without the DOM.
  // It waits between keys by spinning instead of with timers, so the whole burst is one task and
  // no idle timer of the page can fire inside it.
  const script = `((planned, gapMs) => {
    const target = document.activeElement ?? document.body;
    for (const press of planned) {
      for (const type of ['keydown', 'keyup']) {
        target.dispatchEvent(new KeyboardEvent(type, { key: press.key, code: press.code, shiftKey: press.shiftKey, modifierCapsLock: press.capsLock, bubbles: true, cancelable: true }));
      }
      const until = performance.now() + gapMs;
      while (performance.now() < until) {}
    }
  })(${JSON.stringify(keys)}, ${options.keyGapMs ?? 1})`;
  await page.evaluate(script);
}
