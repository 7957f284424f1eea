import { characterOfKey, charactersOfKey } from '../../../main/devices/keyboard-layouts';
import type { KeyInput } from './key-input';
import type { ScannerProfile } from './scanner-profile';

/**
 * Outcome of the layout check of one keyboard scan: taken as typed, rebuilt from key codes (the
 * scanner's layout or Caps Lock had changed the typed text), or rejected because it cannot be
 * trusted. A rejected scan never reaches the decoder.
 */
export type WedgeCheck =
  | { readonly status: 'as-typed' }
  | { readonly status: 'repaired'; readonly capsLock: boolean }
  | { readonly status: 'rejected'; readonly reason: WedgeRejection };

/**
 * 'key-not-on-layout': a key whose code has no character on the scanner's layout.
 * 'caps-lock': Caps Lock was on and layout repair is off, so the case of letters is unknown.
 * 'layout-mismatch': repair is off and the text contains characters that only a layout mismatch
 * produces (accented letters, ß, §, £ and the like).
 */
export type WedgeRejection = 'key-not-on-layout' | 'caps-lock' | 'layout-mismatch';

/** Printable ASCII plus the control characters scanners send (GS, RS, EOT). */
const barcodeCharacters = /^[\x20-\x7e\x1d\x1e\x04]*$/;

/**
 * Collects one burst twice: as the system typed it, and rebuilt from physical key codes on the
 * scanner's layout. `result()` decides which text is the scan.
 */
export class WedgeTextBuilder {
  private typed = '';
  private rebuilt = '';
  private keyNotOnLayout = false;
  private capsLockSeen = false;

  constructor(private readonly profile: ScannerProfile) {}

  /** Adds a character key press; `typedText` is what the system produced for it. */
  addKey(input: KeyInput, typedText: string): void {
    this.typed += typedText;
    if (input.capsLock === true) {
      this.capsLockSeen = true;
    }
    const layout = this.profile.keyboardLayout;
    if (layout === null) {
      this.rebuilt += typedText;
      return;
    }

    // Without Shift and Caps Lock, a typed character that this key can type on the scanner's
    // layout is what the scanner meant: the layouts agree on this key. This also reads synthetic
    // input that sends "(" or "S" without a Shift press, as Playwright's keyboard.type does.
    // With Shift pressed the layouts may disagree on the shifted character (AZERTY types "1" for
    // the US "!"), so the code and the Shift state decide.
    if (input.capsLock !== true && !input.shiftKey && charactersOfKey(layout, input.code).includes(typedText)) {
      this.rebuilt += typedText;
      return;
    }

    // Windows reports AltGr as Ctrl+Alt; other systems set the AltGraph modifier.
    const altGr = input.altGraph === true || (input.ctrlKey && input.altKey);
    const character = characterOfKey(layout, input.code, { shift: input.shiftKey, altGr });
    if (character === null) {
      this.keyNotOnLayout = true;
      this.rebuilt += typedText;
      return;
    }
    this.rebuilt += character;
  }

  /** Adds a character that did not come from a layout key: a Ctrl chord or an Alt code. */
  addLiteral(character: string): void {
    this.typed += character;
    this.rebuilt += character;
  }

  /** Returns the scan text and how it was checked. */
  result(): { readonly raw: string; readonly check: WedgeCheck } {
    if (this.profile.keyboardLayout === null) {
      if (this.capsLockSeen && /\p{L}/u.test(this.typed)) {
        return { raw: this.typed, check: { status: 'rejected', reason: 'caps-lock' } };
      }
      if (!barcodeCharacters.test(this.typed)) {
        return { raw: this.typed, check: { status: 'rejected', reason: 'layout-mismatch' } };
      }
      return { raw: this.typed, check: { status: 'as-typed' } };
    }

    if (this.keyNotOnLayout) {
      return { raw: this.typed, check: { status: 'rejected', reason: 'key-not-on-layout' } };
    }
    if (this.rebuilt === this.typed) {
      return { raw: this.rebuilt, check: { status: 'as-typed' } };
    }
    return { raw: this.rebuilt, check: { status: 'repaired', capsLock: this.capsLockSeen } };
  }

  clear(): void {
    this.typed = '';
    this.rebuilt = '';
    this.keyNotOnLayout = false;
    this.capsLockSeen = false;
  }
}
