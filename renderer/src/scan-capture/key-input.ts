/**
 * The fields of a KeyboardEvent that scan recognition reads, so the recognizer can be fed
 * synthetic sequences in tests. `timeStamp` is in milliseconds on the event's clock.
 */
export interface KeyInput {
  readonly type: 'keydown' | 'keyup';
  /** The KeyboardEvent `key`: the produced character, or a name such as "Enter" or "Alt". */
  readonly key: string;
  /** The KeyboardEvent `code`: the physical key, such as "KeyD", "BracketRight", "Numpad2". */
  readonly code: string;
  readonly ctrlKey: boolean;
  readonly altKey: boolean;
  readonly shiftKey: boolean;
  readonly metaKey: boolean;
  /** KeyboardEvent.getModifierState('CapsLock'); absent where the source cannot tell. */
  readonly capsLock?: boolean;
  /** KeyboardEvent.getModifierState('AltGraph'), which Linux and macOS set for AltGr. */
  readonly altGraph?: boolean;
  /** True for auto-repeat keydowns, which only a held key produces and a scanner never does. */
  readonly repeat: boolean;
  readonly timeStamp: number;
}
