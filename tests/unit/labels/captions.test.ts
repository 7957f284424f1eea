import { describe, expect, it } from 'vitest';
import { createCaptionTranslator } from '../../../main/labels/captions';
import labelCaptions from '../../../main/labels/label-captions.json';

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) {
    return [prefix];
  }
  return Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix === '' ? key : `${prefix}.${key}`));
}

describe('label captions', () => {
  it('have the same keys in every language', () => {
    const englishKeys = keysOf(labelCaptions.en).sort();
    for (const [language, captions] of Object.entries(labelCaptions)) {
      expect(keysOf(captions).sort(), language).toEqual(englishKeys);
    }
  });

  it('translate with placeholders filled', () => {
    expect(createCaptionTranslator('de')('labels.carton.cartonNumberOfCount', { number: 3, count: 5 })).toBe('3 von 5');
    expect(createCaptionTranslator('pl')('labels.carton.shipTo')).toBe('ODBIORCA');
    expect(createCaptionTranslator('fr')('labels.carton.shipFrom')).toBe('EXPÉDITEUR');
  });

  it('throws for a language without captions', () => {
    expect(() => createCaptionTranslator('xx')).toThrow(/No label captions/);
  });
});
