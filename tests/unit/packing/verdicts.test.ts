import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verdictCatalog } from '../../../main/packing/verdicts';
import { eventTypes } from '../../../main/store/event-types';

const languages = ['en', 'de', 'pl', 'fr'] as const;
function catalogOf(language: string): Record<string, any> {
  return JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'resources', 'locales', language, 'pack.json'), 'utf8')) as Record<string, any>;
}

describe('pack message catalog', () => {
  for (const language of languages) {
    it(`has every key in ${language}`, () => {
      const catalog = catalogOf(language);

      for (const [code, entry] of Object.entries(verdictCatalog)) {
        expect(typeof catalog.verdict?.[code]?.message, `${language} verdict.${code}.message`).toBe('string');
        expect(typeof catalog.verdict?.[code]?.nextStep, `${language} verdict.${code}.nextStep`).toBe(entry.nextStep ? 'string' : 'undefined');
      }
      for (const type of [...eventTypes, 'unknown']) {
        expect(typeof catalog.timeline?.[type], `${language} timeline.${type}`).toBe('string');
      }
    });
  }

  it('translates rather than copies English', () => {
    const english = catalogOf('en');

    for (const language of ['de', 'pl', 'fr']) {
      const translated = catalogOf(language);
      const copied = Object.keys(english.verdict).filter((code) => translated.verdict[code].message === english.verdict[code].message && !/^\{\{/.test(english.verdict[code].message));
      expect(copied, language).toEqual([]);
    }
  });
});
