import { describe, expect, it } from 'vitest';

const catalogModules = import.meta.glob<Tree>('../../../../resources/locales/*/*.json', { eager: true, import: 'default' });
const rendererSources = import.meta.glob<string>('../../../../renderer/src/**/*.{ts,tsx}', {
  eager: true,
  query: '?raw',
  import: 'default',
});
const languages = ['en', 'de', 'pl', 'fr'];
const scanErrorCodes = [
  'empty', 'unknown-ai', 'invalid-ai-value', 'invalid-check-digit', 'invalid-date', 'invalid-length',
  'missing-separator', 'ambiguous-separator', 'invalid-pairing', 'duplicate-ai', 'invalid-digital-link',
  'invalid-character', 'invalid-fnsku', 'invalid-serial', 'unknown-command', 'invalid-option', 'internal-error',
];

type Tree = { [key: string]: string | Tree };

function catalog(language: string, namespace: string): Tree {
  const tree = catalogModules[`../../../../resources/locales/${language}/${namespace}.json`];
  if (tree === undefined) {
    throw new Error(`missing catalog ${language}/${namespace}.json`);
  }
  return tree;
}

/** Flattens a catalog to dotted keys, folding plural suffixes into their base key. */
function keysOf(tree: Tree, prefix = ''): Set<string> {
  const keys = new Set<string>();
  for (const [name, value] of Object.entries(tree)) {
    const key = `${prefix}${name}`;
    if (typeof value === 'string') {
      keys.add(key.replace(/_(zero|one|two|few|many|other)$/, ''));
    } else {
      for (const nested of keysOf(value, `${key}.`)) {
        keys.add(nested);
      }
    }
  }
  return keys;
}

describe('renderer translation catalogs', () => {
  for (const namespace of ['common', 'scan']) {
    it(`${namespace} has the same keys everywhere`, () => {
      const english = [...keysOf(catalog('en', namespace))].sort();
      for (const language of languages.slice(1)) {
        expect([...keysOf(catalog(language, namespace))].sort(), language).toEqual(english);
      }
    });
  }

  it('scan covers every decoder error code', () => {
    for (const language of languages) {
      const keys = keysOf(catalog(language, 'scan'));
      for (const code of scanErrorCodes) {
        expect(keys.has(code), `${language}: ${code}`).toBe(true);
      }
    }
  });

  it('keeps placeholders in every translation', () => {
    const english = catalog('en', 'scan');
    for (const language of languages.slice(1)) {
      const translated = catalog(language, 'scan');
      for (const [code, text] of Object.entries(english)) {
        const placeholders = String(text).match(/\{\{\w+\}\}/g) ?? [];
        for (const placeholder of placeholders) {
          expect(String(translated[code]), `${language}: ${code}`).toContain(placeholder);
        }
      }
    }
  });

  it('defines every literal key the screens use', () => {
    const englishByNamespace = new Map<string, Set<string>>();
    const englishKeys = (namespace: string): Set<string> => {
      let keys = englishByNamespace.get(namespace);
      if (keys === undefined) {
        const tree = catalogModules[`../../../../resources/locales/en/${namespace}.json`];
        keys = tree === undefined ? new Set() : keysOf(tree);
        englishByNamespace.set(namespace, keys);
      }
      return keys;
    };
    // A key is 'namespace:key', or a bare key of the file's useTranslation('namespace'), else of common.
    const resolve = (key: string, fileNamespace: string): [string, string] => {
      const separator = key.indexOf(':');
      return separator > 0 ? [key.slice(0, separator), key.slice(separator + 1)] : [fileNamespace, key];
    };
    const missing: string[] = [];
    for (const [file, text] of Object.entries(rendererSources)) {
      const fileNamespace = /useTranslation\(\s*'([a-z-]+)'/.exec(text)?.[1] ?? 'common';
      for (const match of text.matchAll(/\bt\(\s*'([^'$]+)'/g)) {
        const [namespace, key] = resolve(match[1] ?? '', fileNamespace);
        if (!englishKeys(namespace).has(key)) {
          missing.push(`${file}: ${namespace}:${key}`);
        }
      }
      for (const match of text.matchAll(/'(common:[^'$]+)'/g)) {
        const key = (match[1] ?? '').replace(/^common:/, '');
        if (!englishKeys('common').has(key)) {
          missing.push(`${file}: common:${key}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});
