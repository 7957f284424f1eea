import { describe, expect, it } from 'vitest';
import { createCaptionTranslator } from '../../../main/labels/captions';

describe('label captions', () => {
  it('translate with placeholders filled', () => {
    expect(createCaptionTranslator('de')('labels:carton.cartonNumberOfCount', { number: 3, count: 5 })).toBe('3 von 5');
    expect(createCaptionTranslator('pl')('labels:carton.shipTo')).toBe('ODBIORCA');
    expect(createCaptionTranslator('fr')('labels:carton.shipFrom')).toBe('EXPÉDITEUR');
  });

  it('throws for a language without captions', () => {
    expect(() => createCaptionTranslator('xx')).toThrow(/No label captions/);
  });
});
