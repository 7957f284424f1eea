import { describe, expect, it } from 'vitest';

import { parseElementString } from '../../../main/scan/element-string';

const options = { today: new Date('2025-06-15T00:00:00Z'), checkPairings: true };
const GS = '\u001d';

function errorCode(data: string): string {
  const result = parseElementString(data, options);
  return result.ok ? 'parsed' : result.error.code;
}

describe('parseElementString', () => {
  it('needs no GS after predefined lengths', () => {
    const result = parseElementString('0109506000123455' + '17271231' + '10L1', options);

    expect(result.ok && result.value.map((pair) => pair.ai)).toEqual(['01', '17', '10']);
  });

  it('ignores leading and trailing GS', () => {
    expect(parseElementString(`${GS}0109506000123455` + `10L1${GS}`, options).ok).toBe(true);
  });

  it('requires GS after fixed non-predefined AIs', () => {
    expect(errorCode('0109506000123455' + '422276' + '10L1')).toBe('missing-separator');
    expect(errorCode(`0109506000123455` + `422276${GS}10L1`)).toBe('parsed');
  });

  it('rejects over-long variable values', () => {
    expect(errorCode(`0109506000123455` + `10${'L'.repeat(21)}`)).toBe('invalid-length');
  });

  it('rejects conflicting repeated AIs', () => {
    expect(errorCode(`0109506000123455` + `10L1${GS}10L2`)).toBe('duplicate-ai');
    expect(errorCode(`0109506000123455` + `10L1${GS}10L1`)).toBe('parsed');
  });

  it('rejects characters outside set 82', () => {
    expect(errorCode(`0109506000123455` + `10L 1`)).toBe('invalid-character');
    expect(errorCode(`0109506000123455` + `10L#1`)).toBe('invalid-character');
  });

  it('rejects country linters', () => {
    expect(errorCode(`0109506000123455` + `422999${GS}`)).toBe('invalid-ai-value');
  });

  it('keeps a single serial without alternative', () => {
    expect(errorCode('0109506000123455' + '21SN000451')).toBe('parsed');
  });
});
