import { mayActOnIdleTimer } from './idle-timer';
import type { KeyInput } from './key-input';
import { ScanRecognizer, type CaptureOutput } from './scan-recognizer';
import type { ScannerProfile } from './scanner-profile';
import { asTextField, typeIntoField, type TextField } from './text-field';
import type { WedgeCheck } from './wedge-check';

/** A scan as committed by the keyboard listener, or pushed by main from a HID POS scanner. */
export interface CapturedScan {
  readonly raw: string;
  /** Idempotency key of this scan gesture, created once at capture. */
  readonly gestureId: string;
  /** Where the scan came from; absent means the keyboard. */
  readonly source?: 'keyboard' | 'hid';
  /** Layout check of a keyboard scan; absent for HID scans. */
  readonly check?: WedgeCheck;
}

/** Lateness of an idle timer still taken as on time, because browsers fire timers a few ms late. */
const idleTimerToleranceMs = 30;
/** Deferrals after which a late idle timer acts anyway, so a page that stays busy still commits. */
const maxIdleDeferrals = 3;

/**
 * Installs the window-level scan listener: keydown and keyup in the capture phase, before any
 * field or React handler sees the key. Keys the recognizer consumes are stopped with
 * preventDefault and stopImmediatePropagation, which keeps scanned text out of focused fields and
 * keeps Tab, Ctrl+D and Alt codes from moving focus or firing browser and menu shortcuts.
 *
 * The handlers only append to the recognizer's buffer and arm one timer, with no React state
 * change per key, so a busy render cannot make the page drop keys.
 *
 * `onScan` returns false when nothing takes scans at the moment. A scan made into a focused field
 * is then typed into that field, so a badge or a label can still fill it.
 *
 * `onCheck` gets the layout check of every scan that was not taken as typed. A rejected scan goes
 * only there: it never reaches `onScan` and is never typed into a field.
 *
 * Returns a function that removes the listener.
 */
export function startScanCapture(
  profile: ScannerProfile,
  onScan: (scan: CapturedScan) => boolean,
  onCheck: (check: WedgeCheck, raw: string) => void = () => undefined,
): () => void {
  const recognizer = new ScanRecognizer(profile);
  let heldField: TextField | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let deferrals = 0;

  const apply = (outputs: ReadonlyArray<CaptureOutput>): void => {
    for (const output of outputs) {
      if (output.kind === 'scan' && output.check.status !== 'as-typed') {
        onCheck(output.check, output.raw);
      }
      if (output.kind === 'scan' && output.check.status === 'rejected') {
        heldField = null;
        continue;
      }
      const handled = output.kind === 'scan' && onScan({ raw: output.raw, gestureId: crypto.randomUUID(), source: 'keyboard', check: output.check });
      if (!handled && heldField !== null && heldField.isConnected) {
        typeIntoField(heldField, output.kind === 'scan' ? output.raw : output.text);
      }
      heldField = null;
    }
  };

  const arm = (deadline: number | null): void => {
    clearTimeout(timer);
    if (deadline === null) {
      return;
    }
    const scheduledFor = Math.max(deadline, performance.now());
    timer = setTimeout(() => onTimer(scheduledFor), scheduledFor - performance.now());
  };

  const onTimer = (scheduledFor: number): void => {
    const now = performance.now();
    if (!mayActOnIdleTimer(scheduledFor, now, idleTimerToleranceMs) && deferrals < maxIdleDeferrals) {
      deferrals += 1;
      arm(now + profile.idleCommitMs);
      return;
    }
    deferrals = 0;
    apply(recognizer.handleIdle(now));
    arm(recognizer.nextDeadline());
  };

  const onKey = (event: KeyboardEvent): void => {
    const focusedField = asTextField(document.activeElement);
    const outcome = recognizer.handleKey(keyInputFromEvent(event), { textFieldFocused: focusedField !== null });

    apply(outcome.outputs);
    if (outcome.consume) {
      event.preventDefault();
      event.stopImmediatePropagation();
      heldField ??= recognizer.isCollecting() ? focusedField : null;
    }
    deferrals = 0;
    arm(recognizer.nextDeadline());
  };

  // Windows may still deliver an Alt code's character as a keypress after the consumed Alt
  // release. A person never types control characters, so none of them reaches a field.
  const onKeypress = (event: KeyboardEvent): void => {
    if (event.key.length === 1 && event.key.charCodeAt(0) < 0x20) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  };

  const onBlur = (): void => {
    apply(recognizer.flush());
    arm(null);
  };

  window.addEventListener('keydown', onKey, true);
  window.addEventListener('keyup', onKey, true);
  window.addEventListener('keypress', onKeypress, true);
  window.addEventListener('blur', onBlur);
  return () => {
    clearTimeout(timer);
    window.removeEventListener('keydown', onKey, true);
    window.removeEventListener('keyup', onKey, true);
    window.removeEventListener('keypress', onKeypress, true);
    window.removeEventListener('blur', onBlur);
  };
}

function keyInputFromEvent(event: KeyboardEvent): KeyInput {
  return {
    type: event.type === 'keyup' ? 'keyup' : 'keydown',
    key: event.key,
    code: event.code,
    ctrlKey: event.ctrlKey,
    altKey: event.altKey,
    shiftKey: event.shiftKey,
    metaKey: event.metaKey,
    repeat: event.repeat,
    capsLock: event.getModifierState('CapsLock'),
    altGraph: event.getModifierState('AltGraph'),
    timeStamp: event.timeStamp,
  };
}
