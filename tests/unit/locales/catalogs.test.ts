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

function placeholdersOf(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)/g)].map((match) => match[1] as string).sort();
}

const namespaces = readdirSync(join(localesDir, 'en')).map((file) => file.replace(/\.json$/, ''));

describe('translation catalogs', () => {
  it.each(namespaces)('%s exists in every language with the same keys', (namespace) => {
    const english = readCatalog('en', namespace);

    for (const language of supportedLanguages) {
      const translated = readCatalog(language, namespace);
      expect([...translated.keys()].sort(), `${language}/${namespace}`).toEqual([...english.keys()].sort());
    }
  });

  it.each(namespaces)('%s keeps the placeholders of English', (namespace) => {
    const english = readCatalog('en', namespace);

    for (const language of supportedLanguages) {
      for (const [key, text] of readCatalog(language, namespace)) {
        expect(placeholdersOf(text), `${language}/${namespace}:${key}`).toEqual(placeholdersOf(english.get(key) ?? ''));
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
