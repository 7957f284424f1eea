import { characterOfAltCode, controlCharacterOfChord, numpadDigitOf } from './control-characters';
import type { KeyInput } from './key-input';
import type { ScannerProfile } from './scanner-profile';
import { WedgeTextBuilder, type WedgeCheck } from './wedge-check';

/**
 * What the listener must do after the recognizer has seen some input: commit a scan, or hand
 * held-back characters to the text field they were typed into.
 */
export type CaptureOutput =
  | {
      readonly kind: 'scan';
      /** The scan text: rebuilt from key codes when the profile names the scanner's layout. */
      readonly raw: string;
      readonly endedBy: 'enter' | 'tab' | 'idle';
      readonly check: WedgeCheck;
    }
  | { readonly kind: 'typed'; readonly text: string };

export interface KeyOutcome {
  /** True when the key belongs to the scanner: the listener calls preventDefault and stops it. */
  readonly consume: boolean;
  /** Outputs in the order they must take effect, before the key's own default action. */
  readonly outputs: ReadonlyArray<CaptureOutput>;
}

/** Whether a text field had focus when the key arrived; fields get human typing back. */
export interface KeyContext {
  readonly textFieldFocused: boolean;
}

const modifierKeys: ReadonlySet<string> = new Set(['Shift', 'Control', 'Meta', 'CapsLock', 'NumLock', 'AltGraph']);

/**
 * Separates scanner bursts from human typing, one key at a time, without touching the DOM.
 *
 * Every character goes into a buffer. With no text field focused, nothing could receive typed
 * characters, so a buffer that never becomes a scan is dropped. With a text field focused, each
 * character is held back (consumed) until the recognizer knows what it is: if the burst reaches
 * `minScanLength` with every gap under `maxKeyGapMs`, it is a scan and the field never sees it;
 * otherwise the held characters come back as a 'typed' output for the field, in order and before
 * whatever key ended them (Backspace, Enter and Tab then act on the restored text).
 *
 * A burst ends with Enter or Tab (both consumed, so Tab never moves focus) or, with no suffix,
 * after `idleCommitMs` without keys. An Enter or Tab within `lateSuffixMs` after an idle commit
 * is swallowed, so a scan is never committed twice.
 *
 * The caller must call `handleIdle` at or after `nextDeadline()`; the pure logic also settles a
 * stale buffer on the next key, so a late timer loses nothing.
 *
 * Each scan is also rebuilt from physical key codes on the scanner's keyboard layout (see
 * WedgeTextBuilder), so a system layout that differs from the scanner's, or Caps Lock, cannot
 * change it unnoticed. Typing handed back to a field is always the text as the system typed it.
 */
export class ScanRecognizer {
  private buffer = '';
  /** Keys in the buffer; a dead key counts but adds no typed character. */
  private keyCount = 0;
  private readonly text: WedgeTextBuilder;
  private heldForField = false;
  private lastKeyAt = 0;
  private altDigits: string | null = null;
  private lastIdleCommitAt: number | null = null;

  constructor(private readonly profile: ScannerProfile) {
    this.text = new WedgeTextBuilder(profile);
  }

  handleKey(input: KeyInput, context: KeyContext): KeyOutcome {
    if (modifierKeys.has(input.key)) {
      return pass([]);
    }
    if (input.key === 'Alt') {
      return this.handleAlt(input, context);
    }
    if (input.type === 'keyup') {
      return pass([]);
    }
    if (!input.altKey) {
      // Alt was released outside the window (Alt+Tab), so no Alt code is being typed.
      this.altDigits = null;
    }

    const outputs: CaptureOutput[] = [...this.settleStale(input.timeStamp)];

    const digit = this.altDigits !== null && input.altKey ? numpadDigitOf(input) : null;
    if (digit !== null && this.altDigits !== null) {
      this.altDigits += digit;
      this.lastKeyAt = input.timeStamp;
      return { consume: true, outputs };
    }

    const chord = controlCharacterOfChord(input);
    if (chord !== null) {
      this.append(chord, input.timeStamp, context);
      return { consume: true, outputs };
    }

    if (input.key === 'Enter' || input.key === 'Tab') {
      return this.handleSuffix(input, outputs);
    }

    // A scanner set to another layout can hit a dead key of the system layout (the AZERTY ^ key
    // for "[", for example). Inside a burst its code still identifies the character that was meant.
    if (input.key === 'Dead' && !input.repeat && this.profile.keyboardLayout !== null && this.keyCount > 0) {
      this.append('', input.timeStamp, context, input);
      return { consume: true, outputs };
    }

    if (isCharacter(input) && !input.repeat) {
      this.append(input.key, input.timeStamp, context, input);
      // With no field focused a character has no use except type-ahead in a select, so it is
      // consumed. A leading space is let through because it activates a focused button.
      const consume = context.textFieldFocused || this.keyCount > 1 || input.key !== ' ';
      return { consume, outputs };
    }

    // Any other key (arrows, Backspace, Escape, shortcuts, auto-repeat) ends the burst first.
    return pass([...outputs, ...this.endBurst()]);
  }

  /** Settles a burst that has been quiet long enough; call at `nextDeadline()`. */
  handleIdle(now: number): ReadonlyArray<CaptureOutput> {
    if (this.keyCount === 0 || this.isTypingAltCode()) {
      return [];
    }

    const quietFor = now - this.lastKeyAt;
    if (this.keyCount < this.profile.minScanLength) {
      return quietFor > this.profile.maxKeyGapMs ? this.flushAsTyping() : [];
    }
    if (quietFor >= this.profile.idleCommitMs) {
      this.lastIdleCommitAt = now;
      return [this.commit('idle')];
    }
    return [];
  }

  /** Time at which `handleIdle` has work to do, or null while the buffer is empty. */
  nextDeadline(): number | null {
    if (this.keyCount === 0) {
      return null;
    }
    if (this.keyCount < this.profile.minScanLength) {
      return this.lastKeyAt + this.profile.maxKeyGapMs + 1;
    }
    return this.lastKeyAt + this.profile.idleCommitMs;
  }

  /** True while a burst is being collected, so the listener can block shortcuts meanwhile. */
  isCollecting(): boolean {
    return this.keyCount > 0 || this.isTypingAltCode();
  }

  /** Ends whatever is buffered at once, for when the window loses focus mid-burst. */
  flush(): ReadonlyArray<CaptureOutput> {
    this.altDigits = null;
    return this.endBurst();
  }

  private isTypingAltCode(): boolean {
    return this.altDigits !== null && this.altDigits.length > 0;
  }

  private handleAlt(input: KeyInput, context: KeyContext): KeyOutcome {
    if (input.type === 'keydown') {
      if (!input.repeat) {
        this.altDigits = '';
      }
      return pass([]);
    }

    const digits = this.altDigits;
    this.altDigits = null;
    const character = digits === null ? null : characterOfAltCode(digits);
    if (character === null) {
      return pass([]);
    }

    // The Alt release carries the character, so it must not reach a menu bar either.
    const outputs = this.settleStale(input.timeStamp);
    this.append(character, input.timeStamp, context);
    return { consume: true, outputs };
  }

  private handleSuffix(input: KeyInput, outputs: CaptureOutput[]): KeyOutcome {
    const endedBy = input.key === 'Enter' ? 'enter' : 'tab';

    if (this.keyCount >= this.profile.minScanLength) {
      return { consume: true, outputs: [...outputs, this.commit(endedBy)] };
    }
    if (this.keyCount > 0) {
      return pass([...outputs, ...this.flushAsTyping()]);
    }

    const lateSuffix =
      this.lastIdleCommitAt !== null && input.timeStamp - this.lastIdleCommitAt <= this.profile.lateSuffixMs;
    this.lastIdleCommitAt = null;
    return lateSuffix ? { consume: true, outputs } : pass(outputs);
  }

  /** Adds one key to the burst; `input` is absent for chords and Alt codes, which no layout changes. */
  private append(character: string, at: number, context: KeyContext, input?: KeyInput): void {
    if (this.keyCount === 0) {
      this.heldForField = context.textFieldFocused;
      this.lastIdleCommitAt = null;
    }
    this.buffer += character;
    this.keyCount += 1;
    if (input === undefined) {
      this.text.addLiteral(character);
    } else {
      this.text.addKey(input, character);
    }
    this.lastKeyAt = at;
  }

  /** Ends a buffer whose last key is older than the burst gap, as a scan or as typing. */
  private settleStale(now: number): ReadonlyArray<CaptureOutput> {
    if (this.keyCount === 0 || this.isTypingAltCode() || now - this.lastKeyAt <= this.profile.maxKeyGapMs) {
      return [];
    }
    return this.endBurst();
  }

  /** Ends the current buffer: a scan when it is long enough, typing otherwise. */
  private endBurst(): ReadonlyArray<CaptureOutput> {
    if (this.keyCount >= this.profile.minScanLength) {
      this.lastIdleCommitAt = this.lastKeyAt + this.profile.idleCommitMs;
      return [this.commit('idle')];
    }
    return this.flushAsTyping();
  }

  private commit(endedBy: 'enter' | 'tab' | 'idle'): CaptureOutput {
    const { raw, check } = this.text.result();
    this.clearBuffer();
    return { kind: 'scan', raw, endedBy, check };
  }

  private clearBuffer(): void {
    this.buffer = '';
    this.keyCount = 0;
    this.text.clear();
  }

  private flushAsTyping(): ReadonlyArray<CaptureOutput> {
    const text = this.buffer;
    const forField = this.heldForField;
    this.clearBuffer();
    return text.length > 0 && forField ? [{ kind: 'typed', text }] : [];
  }
}

function pass(outputs: ReadonlyArray<CaptureOutput>): KeyOutcome {
  return { consume: false, outputs };
}

/**
 * A key that produces one character (one code point). Ctrl or Alt alone makes a chord, but
 * Ctrl+Alt together is how Windows reports AltGr, which types characters such as "@" on German
 * and Polish layouts.
 */
function isCharacter(input: KeyInput): boolean {
  if (input.metaKey || input.ctrlKey !== input.altKey) {
    return false;
  }
  return [...input.key].length === 1;
}
