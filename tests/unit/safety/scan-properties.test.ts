import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeScan } from '../../../main/scan/decode';

const today = new Date('2026-01-05T00:00:00Z');

// A decode that takes longer than this is a hang for these tests, such as a regular expression
// backtracking on hostile text. It is a bound on runaway work, not a speed target.
const maxMsPerCase = 2_000;

/** Pieces that stress the decoder's grammars: AIs, separators, URI syntax, escapes, Unicode. */
const hostilePiece = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom(
    ']d2',
    ']C1',
    ']Q3',
    '01',
    '00',
    '21',
    '8003',
    '\u001d',
    '\\x1d',
    '(',
    ')',
    '((01))',
    'https://id.example.org/01/09506000134352/21/',
    '?',
    '&',
    '%',
    '%%',
    '%ZZ',
    '%1D',
    '/',
    '//',
    '9'.repeat(100),
    'X00',
    'FBA15',
    '\ud800',
    '\u0301',
    '\u202e',
    '<img src=x onerror=alert(1)>',
    '^XZ',
  ),
);

describe('decodeScan on hostile input', () => {
  it('returns a coded error or a value', () => {
    fc.assert(
      fc.property(fc.array(hostilePiece, { maxLength: 200 }), (pieces) => {
        const raw = pieces.join('');
        const started = performance.now();

        const result = decodeScan(raw, { today });

        expect(performance.now() - started).toBeLessThan(maxMsPerCase);
        if (!result.ok) {
          expect(result.error.code.length).toBeGreaterThan(0);
          expect(result.error.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('handles very long scanner text', () => {
    for (const raw of ['0'.repeat(100_000), `]d2${'01'.repeat(50_000)}`, `https://id.example.org/${'01/'.repeat(20_000)}`, '\u001d'.repeat(50_000), '('.repeat(50_000)]) {
      const started = performance.now();
      const result = decodeScan(raw, { today });

      expect(performance.now() - started, raw.slice(0, 20)).toBeLessThan(maxMsPerCase);
      expect(typeof result.ok).toBe('boolean');
    }
  });
});
