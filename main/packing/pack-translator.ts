import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import i18next, { type TFunction } from 'i18next';
import { resolveResourcesDir } from '../core/resources';

export const packLanguages = ['en', 'de', 'pl', 'fr'] as const;

/**
 * Creates a translator over resources/locales/<language>/pack.json for text that main prints
 * itself, such as the command sheet. English fills keys a language lacks. Throws for a
 * language without a pack.json, because that is a bug in the caller or a broken installation.
 */
export function createPackTranslator(language: string): TFunction {
  const localesDir = join(resolveResourcesDir(), 'locales');
  const load = (code: string): object => JSON.parse(readFileSync(join(localesDir, code, 'pack.json'), 'utf8')) as object;

  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    fallbackLng: 'en',
    initAsync: false,
    ns: ['pack'],
    defaultNS: 'pack',
    resources: { en: { pack: load('en') }, ...(language === 'en' ? {} : { [language]: { pack: load(language) } }) },
    // The text goes into a PDF, not HTML, so escaping would print entities.
    interpolation: { escapeValue: false },
  });
  return instance.t;
}
