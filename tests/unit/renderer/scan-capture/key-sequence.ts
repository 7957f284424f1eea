import { keyOfCharacter } from '../../../../main/devices/keyboard-layouts';
import type { KeyInput } from '../../../../renderer/src/scan-capture/key-input';
import type { CaptureOutput, KeyContext, ScanRecognizer } from '../../../../renderer/src/scan-capture/scan-recognizer';

type KeyFields = Partial<Omit<KeyInput, 'timeStamp' | 'type' | 'key'>>;

/**
 * Builds one key event at the given time. A character key without an explicit `code` gets the
 * code and Shift state of its US key position, as a US keyboard (and Playwright) sends it.
 */
export function key(type: KeyInput['type'], name: string, timeStamp: number, fields: KeyFields = {}): KeyInput {
  const usPosition = fields.code === undefined && [...name].length === 1 ? keyOfCharacter('us', name) : null;
  return {
    type,
    key: name,
    code: fields.code ?? usPosition?.code ?? '',
    ctrlKey: fields.ctrlKey ?? false,
    altKey: fields.altKey ?? false,
    shiftKey: fields.shiftKey ?? usPosition?.modifiers.shift ?? false,
    metaKey: fields.metaKey ?? false,
    repeat: fields.repeat ?? false,
    ...(fields.capsLock === undefined ? {} : { capsLock: fields.capsLock }),
    timeStamp,
  };
}

/** A keydown and keyup pair for one key, the keyup half a gap later. */
export function press(name: string, at: number, fields: KeyFields = {}): KeyInput[] {
  return [key('keydown', name, at, fields), key('keyup', name, at + 0.5, fields)];
}

/** Types `text` one key per `gapMs`, starting at `startAt`; returns the events and the end time. */
export function typeText(text: string, startAt: number, gapMs: number): { events: KeyInput[]; endAt: number } {
  const events: KeyInput[] = [];
  let at = startAt;
  for (const character of text) {
    events.push(...press(character, at));
    at += gapMs;
  }
  return { events, endAt: at - gapMs };
}

/** Ctrl+] as a scanner in control-character mode sends it for GS. */
export function ctrlBracket(at: number): KeyInput[] {
  return [
    key('keydown', 'Control', at),
    ...press(']', at + 0.5, { code: 'BracketRight', ctrlKey: true }),
    key('keyup', 'Control', at + 1),
  ];
}

/** Alt held while typing numpad digits, then released: the Windows Alt-code sequence. */
export function altCode(digits: string, at: number, gapMs: number): { events: KeyInput[]; endAt: number } {
  const events: KeyInput[] = [key('keydown', 'Alt', at, { altKey: true, code: 'AltLeft' })];
  let time = at;
  for (const digit of digits) {
    time += gapMs;
    events.push(...press(digit, time, { altKey: true, code: `Numpad${digit}` }));
  }
  time += gapMs;
  events.push(key('keyup', 'Alt', time, { code: 'AltLeft' }));
  return { events, endAt: time };
}

export interface FeedResult {
  readonly outputs: CaptureOutput[];
  readonly scans: string[];
  readonly typed: string;
  /** `key@type` of every event the recognizer consumed. */
  readonly consumed: string[];
}

/**
 * Feeds events through the recognizer the way the DOM listener does, firing the idle timer
 * whenever its deadline passes before the next event, and once more after the last event.
 */
export function feed(recognizer: ScanRecognizer, events: ReadonlyArray<KeyInput>, context: KeyContext): FeedResult {
  const outputs: CaptureOutput[] = [];
  const consumed: string[] = [];

  const runTimersUntil = (time: number): void => {
    for (let deadline = recognizer.nextDeadline(); deadline !== null && deadline <= time; ) {
      outputs.push(...recognizer.handleIdle(deadline));
      const next = recognizer.nextDeadline();
      deadline = next === deadline ? null : next;
    }
  };

  for (const event of events) {
    runTimersUntil(event.timeStamp);
    const outcome = recognizer.handleKey(event, context);
    outputs.push(...outcome.outputs);
    if (outcome.consume) {
      consumed.push(`${event.key}@${event.type}`);
    }
  }
  runTimersUntil(Number.POSITIVE_INFINITY);

  return {
    outputs,
    scans: outputs.flatMap((output) => (output.kind === 'scan' ? [output.raw] : [])),
    typed: outputs.map((output) => (output.kind === 'typed' ? output.text : '')).join(''),
    consumed,
  };
}
