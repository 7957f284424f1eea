import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { computeGs1CheckDigit } from '../../../main/gs1/check-digit';
import { CSET_82 } from '../../../main/gs1/charsets';
import { decodeScan } from '../../../main/scan/decode';

const today = new Date('2025-06-15T00:00:00Z');
const GS = '\u001d';

const scannerAlphabet = fc.constantFrom(
  ...'0123456789]CdQeE(|) %/:?=&#PTXFBAUabcz-'.split(''),
  '\u001d',
  '\u001e',
  '\u0004',
  '\u0000',
  '\r',
  '\n',
  '\u00a0',
  '\u200b',
  '\ufeff',
  'https://id.example.org/01/',
  ']d2',
  '01',
  '21',
  '10',
  '17',
  '00',
  '3103',
  '\ud800',
);

describe('decodeScan properties', () => {
  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 120 }), fc.option(fc.constantFrom('|', ' ', '~', '-', '')), (raw, substitute) => {
        const result = decodeScan(raw, substitute === null ? { today } : { today, gsSubstitute: substitute });
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on scanner-like text', () => {
    fc.assert(
      fc.property(fc.array(scannerAlphabet, { maxLength: 40 }), (parts) => {
        const result = decodeScan(parts.join(''), { today });
        if (!result.ok) {
          expect(result.error.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 3000 },
    );
  });
});

const digits = (length: number) => fc.string({ unit: fc.constantFrom(...'0123456789'.split('')), minLength: length, maxLength: length });
const cset82Text = (maxLength: number) => fc.string({ unit: fc.constantFrom(...CSET_82.split('')), minLength: 1, maxLength });

interface Field {
  readonly ai: string;
  readonly value: string;
  readonly variable: boolean;
}

const gtinField = digits(13).map((body): Field => ({ ai: '01', value: `${body}${computeGs1CheckDigit(body)}`, variable: false }));
const expiryField = fc
  .record({ year: fc.integer({ min: 0, max: 99 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 0, max: 28 }) })
  .map(({ year, month, day }): Field => ({
    ai: '17',
    value: [year, month, day].map((part) => String(part).padStart(2, '0')).join(''),
    variable: false,
  }));
const otherFields = fc.subarray(['10', '21', '3103', '11'] as const).chain((ais) =>
  fc.tuple(
    ...ais.map((ai) => {
      if (ai === '3103') {
        return digits(6).map((value): Field => ({ ai, value, variable: false }));
      }
      if (ai === '11') {
        return fc.constant<Field>({ ai, value: '250101', variable: false });
      }
      return cset82Text(20).map((value): Field => ({ ai, value, variable: true }));
    }),
  ),
);

describe('element string round trip', () => {
  it('returns the AI values it was built from', () => {
    fc.assert(
      fc.property(gtinField, expiryField, otherFields, fc.boolean(), (gtin, expiry, others, withAim) => {
        const fields: ReadonlyArray<Field> = [gtin, expiry, ...others];
        const elementString = fields
          .map((field, index) => `${field.ai}${field.value}${field.variable && index < fields.length - 1 ? GS : ''}`)
          .join('');

        const result = decodeScan(`${withAim ? ']d2' : ''}${elementString}`, { today });

        if (!elementString.includes(GS) && !result.ok && result.error.code === 'ambiguous-separator') {
          return;
        }
        expect(result.ok).toBe(true);
        expect(result.ok && result.value.kind).toBe('gs1');
        if (result.ok && result.value.kind === 'gs1') {
          expect(result.value.ais.map(({ ai, value }) => ({ ai, value }))).toEqual(fields.map(({ ai, value }) => ({ ai, value })));
        }
      }),
      { numRuns: 1000 },
    );
  });
});
