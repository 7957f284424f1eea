import type { ScanVerdict } from '../../../main/api/contract';

export type FeedbackSound = ScanVerdict['sound'];

/** One tone of a feedback pattern: pitch in hertz, length and the silence after it in ms. */
export interface Tone {
  readonly frequencyHz: number;
  readonly durationMs: number;
  readonly pauseAfterMs: number;
  readonly waveform: 'sine' | 'square' | 'sawtooth' | 'triangle';
}

/**
 * The pattern of each feedback sound. They differ in pitch, rhythm and timbre so an operator can
 * tell them apart without looking. Accept is one short high chirp and a wrong item a falling
 * pair. A duplicate gives two equal mid beeps, an over-pack three rising beeps and any other
 * error a long low buzz.
 */
export const toneTable: Readonly<Record<FeedbackSound, ReadonlyArray<Tone>>> = {
  accept: [{ frequencyHz: 1760, durationMs: 90, pauseAfterMs: 0, waveform: 'sine' }],
  'wrong-item': [
    { frequencyHz: 660, durationMs: 180, pauseAfterMs: 40, waveform: 'square' },
    { frequencyHz: 440, durationMs: 320, pauseAfterMs: 0, waveform: 'square' },
  ],
  duplicate: [
    { frequencyHz: 880, durationMs: 120, pauseAfterMs: 80, waveform: 'triangle' },
    { frequencyHz: 880, durationMs: 120, pauseAfterMs: 0, waveform: 'triangle' },
  ],
  'over-pack': [
    { frequencyHz: 523, durationMs: 110, pauseAfterMs: 50, waveform: 'sawtooth' },
    { frequencyHz: 659, durationMs: 110, pauseAfterMs: 50, waveform: 'sawtooth' },
    { frequencyHz: 784, durationMs: 220, pauseAfterMs: 0, waveform: 'sawtooth' },
  ],
  error: [{ frequencyHz: 180, durationMs: 650, pauseAfterMs: 0, waveform: 'square' }],
};

/** Total length of a pattern in milliseconds. */
export function patternLengthMs(tones: ReadonlyArray<Tone>): number {
  return tones.reduce((total, tone) => total + tone.durationMs + tone.pauseAfterMs, 0);
}
