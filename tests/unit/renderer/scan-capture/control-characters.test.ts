import { describe, expect, it } from 'vitest';
import {
  characterOfAltCode,
  controlCharacterOfChord,
} from '../../../../renderer/src/scan-capture/control-characters';
import { mayActOnIdleTimer } from '../../../../renderer/src/scan-capture/idle-timer';
import { key } from './key-sequence';

describe('controlCharacterOfChord', () => {
  it('reads Ctrl+] by physical key', () => {
    expect(controlCharacterOfChord(key('keydown', '+', 0, { code: 'BracketRight', ctrlKey: true }))).toBe('\u001d');
  });

  it('accepts the control character as key', () => {
    expect(controlCharacterOfChord(key('keydown', '\u001d', 0, { ctrlKey: true }))).toBe('\u001d');
  });

  it('needs Shift for Ctrl+6 as RS', () => {
    expect(controlCharacterOfChord(key('keydown', '6', 0, { code: 'Digit6', ctrlKey: true }))).toBeNull();
    expect(controlCharacterOfChord(key('keydown', '^', 0, { code: 'Digit6', ctrlKey: true, shiftKey: true }))).toBe('\u001e');
  });

  it('ignores chords with Alt or without Ctrl', () => {
    expect(controlCharacterOfChord(key('keydown', 'd', 0, { code: 'KeyD', ctrlKey: true, altKey: true }))).toBeNull();
    expect(controlCharacterOfChord(key('keydown', 'd', 0, { code: 'KeyD' }))).toBeNull();
  });
});

describe('characterOfAltCode', () => {
  it('maps 0029 and 29 to GS', () => {
    expect(characterOfAltCode('0029')).toBe('\u001d');
    expect(characterOfAltCode('29')).toBe('\u001d');
  });

  it('returns null without digits', () => {
    expect(characterOfAltCode('')).toBeNull();
  });
});

describe('mayActOnIdleTimer', () => {
  it('acts on a punctual timer', () => {
    expect(mayActOnIdleTimer(100, 104, 30)).toBe(true);
  });

  it('defers after a long stall', () => {
    expect(mayActOnIdleTimer(100, 250, 30)).toBe(false);
  });
});
