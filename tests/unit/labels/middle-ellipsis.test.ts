import { describe, expect, it } from 'vitest';
import { shortenMiddleToFit } from '../../../main/labels/middle-ellipsis';

// One width unit per character makes the expected cuts easy to read.
const measure = (text: string): number => Array.from(text).length;

describe('shortenMiddleToFit', () => {
  it('keeps text that fits', () => {
    expect(shortenMiddleToFit('Water bottle 750 ml', 30, 1, measure)).toBe('Water bottle 750 ml');
  });

  it('keeps start and end', () => {
    const shortened = shortenMiddleToFit('Acme Stainless Steel Water Bottle, 750 ml, Midnight Blue', 20, 1, measure);
    expect(shortened.startsWith('Acme Stainl')).toBe(true);
    expect(shortened.endsWith('ht Blue')).toBe(true);
    expect(shortened).toContain('…');
    expect(measure(shortened)).toBeLessThanOrEqual(20);
  });

  it('uses every allowed line', () => {
    const title = 'Acme Stainless Steel Vacuum Insulated Water Bottle with Straw Lid 750 ml Midnight Blue';
    const oneLine = shortenMiddleToFit(title, 30, 1, measure);
    const twoLines = shortenMiddleToFit(title, 30, 2, measure);
    expect(twoLines.length).toBeGreaterThan(oneLine.length);
    expect(twoLines.endsWith('Midnight Blue')).toBe(true);
  });

  it('falls back to a lone ellipsis', () => {
    expect(shortenMiddleToFit('Bottle', 1, 1, measure)).toBe('…');
  });
});
