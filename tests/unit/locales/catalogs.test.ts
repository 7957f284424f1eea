import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { supportedLanguages } from '../../../main/core/translator';

const localesDir = resolve(__dirname, '../../../resources/locales');

function flatten(value: unknown, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  if (typeof value === 'string') {
    entries.set(prefix, value);
    return entries;
  }
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    for (const [childKey, text] of flatten(child, prefix === '' ? key : `${prefix}.${key}`)) {
      entries.set(childKey, text);
    }
  }
  return entries;
}

function readCatalog(language: string, namespace: string): Map<string, string> {
  return flatten(JSON.parse(readFileSync(join(localesDir, language, `${namespace}.json`), 'utf8')));
}

const pluralSuffix = /_(zero|one|two|few|many|other)$/;

/** Keys without their plural suffix: languages differ in how many plural forms they need. */
function baseKeys(catalog: Map<string, string>): string[] {
  return [...new Set([...catalog.keys()].map((key) => key.replace(pluralSuffix, '')))].sort();
}

/** The English text a translated key is checked against; plural forms compare with `_other`. */
function englishTextFor(english: Map<string, string>, key: string): string {
  return english.get(key) ?? english.get(key.replace(pluralSuffix, '_other')) ?? '';
}

function placeholdersOf(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)/g)].map((match) => match[1] as string).sort();
}

const namespaces = readdirSync(join(localesDir, 'en')).map((file) => file.replace(/\.json$/, ''));

describe('translation catalogs', () => {
  it.each(namespaces)('%s exists in every language with the same keys', (namespace) => {
    const english = readCatalog('en', namespace);

    for (const language of supportedLanguages) {
      const translated = readCatalog(language, namespace);
      expect(baseKeys(translated), `${language}/${namespace}`).toEqual(baseKeys(english));
    }
  });

  it.each(namespaces)('%s keeps the placeholders of English', (namespace) => {
    const english = readCatalog('en', namespace);

    for (const language of supportedLanguages) {
      for (const [key, text] of readCatalog(language, namespace)) {
        // A plural form may spell out its number ("one carton"), so {{count}} is optional.
        const expected = placeholdersOf(englishTextFor(english, key)).filter((name) => name !== 'count');
        expect(placeholdersOf(text).filter((name) => name !== 'count'), `${language}/${namespace}:${key}`).toEqual(expected);
      }
    }
  });

  it.each(namespaces)('%s has no empty messages', (namespace) => {
    for (const language of supportedLanguages) {
      for (const [key, text] of readCatalog(language, namespace)) {
        expect(text.trim().length, `${language}/${namespace}:${key}`).toBeGreaterThan(0);
      }
    }
  });
});
