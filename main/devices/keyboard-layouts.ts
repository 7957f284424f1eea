/**
 * Keyboard layouts a wedge scanner can be set to. The scanner turns each character into the key
 * presses that type it on its own layout. The operating system turns those presses back into
 * characters with the system layout. Where the two differ, `KeyboardEvent.key` is wrong but
 * `KeyboardEvent.code` (the physical key position) still tells which key the scanner meant.
 * This file must stay free of Node imports because the renderer's scan capture uses it.
 */
export type ScannerKeyboardLayout = 'us' | 'de' | 'fr';

/** Characters of one key: without modifier, with Shift, and with AltGr (empty where the key has none). */
type KeyCharacters = readonly [plain: string, shifted: string, altGr?: string];

type LayoutTable = Readonly<Record<string, KeyCharacters>>;

/** Assigns the characters of `plain` and `shifted` to `codes` in order. */
function row(codes: ReadonlyArray<string>, plain: string, shifted: string): Record<string, KeyCharacters> {
  const keys: Record<string, KeyCharacters> = {};
  const plainCharacters = [...plain];
  const shiftedCharacters = [...shifted];
  codes.forEach((code, index) => {
    keys[code] = [plainCharacters[index] ?? '', shiftedCharacters[index] ?? ''];
  });
  return keys;
}

const digitCodes = ['Digit1', 'Digit2', 'Digit3', 'Digit4', 'Digit5', 'Digit6', 'Digit7', 'Digit8', 'Digit9', 'Digit0'];
const letterCodes = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((letter) => `Key${letter}`);
const numpadKeys: Record<string, KeyCharacters> = {
  ...Object.fromEntries([...'0123456789'].map((digit) => [`Numpad${digit}`, [digit, digit] as const])),
  NumpadDivide: ['/', '/'],
  NumpadMultiply: ['*', '*'],
  NumpadSubtract: ['-', '-'],
  NumpadAdd: ['+', '+'],
  Space: [' ', ' '],
};

/** Letters on their US positions, which QWERTZ and AZERTY then move. */
const lettersInPlace = row(letterCodes, 'abcdefghijklmnopqrstuvwxyz', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ');

const us: LayoutTable = {
  ...lettersInPlace,
  ...numpadKeys,
  ...row(digitCodes, '1234567890', '!@#$%^&*()'),
  ...row(
    ['Minus', 'Equal', 'BracketLeft', 'BracketRight', 'Backslash', 'Semicolon', 'Quote', 'Backquote', 'Comma', 'Period', 'Slash'],
    "-=[]\\;'`,./",
    '_+{}|:"~<>?',
  ),
  NumpadDecimal: ['.', '.'],
};

// German QWERTZ (T1). Its dead keys (´ ` ^) are left out because a dead key followed by a letter
// cannot be rebuilt key by key, so a scan that needs one is rejected instead.
const de: LayoutTable = {
  ...lettersInPlace,
  ...numpadKeys,
  ...row(digitCodes, '1234567890', '!"§$%&/()='),
  ...row(['BracketLeft', 'Semicolon', 'Quote', 'Backslash', 'Comma', 'Period', 'Slash'], 'üöä#,.-', "ÜÖÄ';:_"),
  KeyY: ['z', 'Z'],
  KeyZ: ['y', 'Y'],
  KeyQ: ['q', 'Q', '@'],
  KeyE: ['e', 'E', '€'],
  Minus: ['ß', '?', '\\'],
  BracketRight: ['+', '*', '~'],
  IntlBackslash: ['<', '>', '|'],
  Digit7: ['7', '/', '{'],
  Digit8: ['8', '(', '['],
  Digit9: ['9', ')', ']'],
  Digit0: ['0', '=', '}'],
  NumpadDecimal: [',', ','],
};

// French AZERTY (the Windows and macOS "French" layout). The digit row types symbols unshifted
// and digits with Shift.
const fr: LayoutTable = {
  ...lettersInPlace,
  ...numpadKeys,
  ...row(digitCodes, '&é"\'(-è_çà', '1234567890'),
  ...row(['BracketRight', 'Backslash', 'Quote', 'Comma', 'Period', 'Slash', 'Semicolon'], '$*ù;:!m', '£µ%./§M'),
  KeyQ: ['a', 'A'],
  KeyA: ['q', 'Q'],
  KeyW: ['z', 'Z'],
  KeyZ: ['w', 'W'],
  KeyM: [',', '?'],
  Minus: [')', '°', ']'],
  Equal: ['=', '+', '}'],
  IntlBackslash: ['<', '>'],
  Digit3: ['"', '3', '#'],
  Digit4: ["'", '4', '{'],
  Digit5: ['(', '5', '['],
  Digit6: ['-', '6', '|'],
  Digit8: ['_', '8', '\\'],
  Digit9: ['ç', '9', '^'],
  Digit0: ['à', '0', '@'],
  NumpadDecimal: ['.', '.'],
};

const tables: Readonly<Record<ScannerKeyboardLayout, LayoutTable>> = { us, de, fr };

/** The modifier state of one key press, as a scanner sets it. */
export interface KeyModifiers {
  readonly shift: boolean;
  readonly altGr: boolean;
}

/**
 * Returns the character that pressing the key at `code` types on `layout`, ignoring Caps Lock
 * (a scanner presses Shift itself for capitals), or null when the layout has no such key or no
 * character for that modifier.
 */
export function characterOfKey(layout: ScannerKeyboardLayout, code: string, modifiers: KeyModifiers): string | null {
  const characters = tables[layout][code];
  if (characters === undefined) {
    return null;
  }
  let character: string | undefined = characters[0];
  if (modifiers.altGr) {
    character = characters[2];
  } else if (modifiers.shift) {
    character = characters[1];
  }
  return character === undefined || character === '' ? null : character;
}

/** Returns every character the key at `code` types on `layout`, with or without modifiers. */
export function charactersOfKey(layout: ScannerKeyboardLayout, code: string): ReadonlyArray<string> {
  const characters: ReadonlyArray<string | undefined> = tables[layout][code] ?? [];
  return characters.filter((character): character is string => character !== undefined && character !== '');
}

/** Returns the key code and modifiers that type `character` on `layout`, or null when it has none. */
export function keyOfCharacter(layout: ScannerKeyboardLayout, character: string): { readonly code: string; readonly modifiers: KeyModifiers } | null {
  for (const [code, characters] of Object.entries(tables[layout])) {
    if (code.startsWith('Numpad')) {
      continue;
    }
    const index = characters.indexOf(character);
    if (index !== -1) {
      return { code, modifiers: { shift: index === 1, altGr: index === 2 } };
    }
  }
  return null;
}
