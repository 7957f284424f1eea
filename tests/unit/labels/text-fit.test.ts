import { describe, expect, it } from 'vitest';
import { ellipsis, fitText, shortenToWidth } from '../../../main/labels/text-fit';

// Every character is one unit wide, so widths are easy to reason about.
const measure = (text: string): number => Array.from(text).length;

describe('shortenToWidth', () => {
  it('keeps text that fits', () => {
    expect(shortenToWidth('Łódź', 4, measure)).toBe('Łódź');
  });

  it('shortens with an ellipsis', () => {
    expect(shortenToWidth('Dvořák Antonín', 7, measure)).toBe(`Dvořák${ellipsis}`);
    expect(shortenToWidth('ab cd', 4, measure)).toBe(`ab${ellipsis}`);
  });

  it('returns empty when nothing fits', () => {
    expect(shortenToWidth('Müller', 0, measure)).toBe('');
  });
});

describe('fitText', () => {
  it('wraps at spaces', () => {
    expect(fitText('ul. Piotrkowska 104', 15, 3, measure)).toEqual(['ul. Piotrkowska', '104']);
  });

  it('keeps explicit line breaks', () => {
    expect(fitText('Müller\nŁódź', 20, 3, measure)).toEqual(['Müller', 'Łódź']);
  });

  it('breaks a word wider than the line', () => {
    expect(fitText('ABCDEFGHIJ', 4, 3, measure)).toEqual(['ABCD', 'EFGH', 'IJ']);
  });

  it('marks cut text on the last line', () => {
    const lines = fitText('one two three four five', 9, 2, measure);
    expect(lines).toEqual(['one two', `three${ellipsis}`]);
    for (const line of lines) {
      expect(measure(line)).toBeLessThanOrEqual(9);
    }
  });

  it('marks cut text when last line is full', () => {
    expect(fitText('abcd efgh', 4, 1, measure)).toEqual([`abc${ellipsis}`]);
  });

  it('composes decomposed accents', () => {
    expect(fitText('Mu\u0308ller', 6, 1, measure)).toEqual(['Müller']);
  });

  it('throws on zero max lines', () => {
    expect(() => fitText('x', 10, 0, measure)).toThrow(/maxLines/);
  });
});
