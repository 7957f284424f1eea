import type { ScannerKeyboardLayout } from '../../../main/devices/keyboard-layouts';

/**
 * Timing that separates a keyboard-wedge scanner from a person typing. Scanners send a whole
 * symbol in one burst with a few milliseconds between keys; people rarely keep several keys
 * under the gap below in a row, and key auto-repeat is never counted as a burst.
 */
export interface ScannerProfile {
  /** Longest pause between two keys of one burst, in milliseconds. */
  readonly maxKeyGapMs: number;
  /** Fewest characters a burst needs before it counts as a scan rather than typing. */
  readonly minScanLength: number;
  /**
   * Pause after the last key that commits a burst sent without a suffix, in milliseconds. It is
   * at least `maxKeyGapMs`, so a suffix-less scan is never cut in two by the commit.
   */
  readonly idleCommitMs: number;
  /**
   * Window after an idle commit in which a bare Enter or Tab is taken as that scan's late
   * suffix and swallowed, in milliseconds, so a slow suffix never commits a second time.
   */
  readonly lateSuffixMs: number;
  /**
   * Keyboard layout the scanner is set to. Scanned text is rebuilt from the physical key codes
   * on this layout, which undoes a different system layout and Caps Lock. Null takes `key` as
   * typed, and then a scan typed with Caps Lock on or with characters no bar code holds is
   * rejected instead.
   */
  readonly keyboardLayout: ScannerKeyboardLayout | null;
}

export const defaultScannerProfile: ScannerProfile = {
  maxKeyGapMs: 35,
  minScanLength: 4,
  idleCommitMs: 50,
  lateSuffixMs: 200,
  // Scanners leave the factory set to the US layout.
  keyboardLayout: 'us',
};

/** Returns a profile with the given overrides, raising `idleCommitMs` to at least `maxKeyGapMs`. */
export function scannerProfileWith(overrides: Partial<ScannerProfile>): ScannerProfile {
  const merged = { ...defaultScannerProfile, ...overrides };
  return { ...merged, idleCommitMs: Math.max(merged.idleCommitMs, merged.maxKeyGapMs) };
}
