import { describe, expect, it } from 'vitest';
import { patternLengthMs, toneTable } from '../../../../renderer/src/audio/tone-table';

describe('toneTable', () => {
  it('gives every sound a distinct pattern', () => {
    const signatures = Object.values(toneTable).map((tones) =>
      tones.map((tone) => `${tone.frequencyHz}/${tone.durationMs}/${tone.waveform}`).join(' '),
    );

    expect(new Set(signatures).size).toBe(signatures.length);
  });

  it('keeps accept the shortest sound', () => {
    const acceptLength = patternLengthMs(toneTable.accept);

    for (const [sound, tones] of Object.entries(toneTable)) {
      if (sound !== 'accept') {
        expect(patternLengthMs(tones), sound).toBeGreaterThan(acceptLength);
      }
    }
  });

  it('uses audible frequencies only', () => {
    for (const tone of Object.values(toneTable).flat()) {
      expect(tone.frequencyHz).toBeGreaterThanOrEqual(100);
      expect(tone.frequencyHz).toBeLessThanOrEqual(4000);
    }
  });
});
