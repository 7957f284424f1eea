import { describe, expect, it } from 'vitest';

import { looksBracketed, parseBracketedElementString } from '../../../main/scan/bracketed';

const options = { today: new Date('2025-06-15T00:00:00Z'), checkPairings: true };

describe('parseBracketedElementString', () => {
  it('reads every bracketed AI', () => {
    expect(parseBracketedElementString('(01)09506000123455(10)LOT7A(21)SN000451', options)).toEqual({
      ok: true,
      value: [
        { ai: '01', value: '09506000123455' },
        { ai: '10', value: 'LOT7A' },
        { ai: '21', value: 'SN000451' },
      ],
    });
  });

  it('reads escaped brackets in values', () => {
    const result = parseBracketedElementString('(01)09506000123455(21)A\\(12)B', options);

    expect(result).toMatchObject({ ok: true, value: [{ ai: '01' }, { ai: '21', value: 'A(12)B' }] });
  });

  it('rejects unknown AIs and stray text', () => {
    expect(parseBracketedElementString('(01)09506000123455(310)3001250', options)).toMatchObject({ ok: false, error: { code: 'unknown-ai', part: '(310)' } });
    expect(parseBracketedElementString('(01)09506000123455(10)L1 (21)S1', options)).toMatchObject({ ok: false, error: { code: 'invalid-character' } });
  });

  it('detects the bracketed form', () => {
    expect(looksBracketed('(01)1')).toBe(true);
    expect(looksBracketed('(A)1')).toBe(false);
  });
});
