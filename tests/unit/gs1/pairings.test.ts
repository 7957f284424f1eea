import { describe, expect, it } from 'vitest';

import { aiMatchesPattern, checkAiPairings } from '../../../main/gs1/pairings';

describe('checkAiPairings', () => {
  it('accepts satisfied requirements', () => {
    expect(checkAiPairings(['01', '10', '21', '17']).ok).toBe(true);
    expect(checkAiPairings(['01', '3103', '3922']).ok).toBe(true);
  });

  it('rejects a missing requirement', () => {
    expect(checkAiPairings(['21'])).toMatchObject({ ok: false, error: { code: 'invalid-pairing', part: '(21)' } });
    expect(checkAiPairings(['01', '3922']).ok).toBe(false);
  });

  it('requires every AI of a joined group', () => {
    expect(checkAiPairings(['01', '7004']).ok).toBe(false);
    expect(checkAiPairings(['01', '10', '7004']).ok).toBe(true);
  });

  it('rejects exclusive pairs', () => {
    expect(checkAiPairings(['01', '02', '37'])).toMatchObject({ ok: false, error: { code: 'invalid-pairing' } });
    expect(checkAiPairings(['01', '3103', '3102']).ok).toBe(false);
  });

  it('matches n as one digit', () => {
    expect(aiMatchesPattern('3103', '310n')).toBe(true);
    expect(aiMatchesPattern('3113', '310n')).toBe(false);
    expect(aiMatchesPattern('3599', '35nn')).toBe(true);
    expect(aiMatchesPattern('310', '310n')).toBe(false);
  });
});
