import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import i18next, { type Resource, type ResourceLanguage, type TFunction } from 'i18next';
import { resolveResourcesDir } from './resources';

/** Languages the app ships translations for; English is the fallback for a missing key. */
export const supportedLanguages = ['en', 'de', 'pl', 'fr'] as const;
export type SupportedLanguage = (typeof supportedLanguages)[number];

export function isSupportedLanguage(language: string): language is SupportedLanguage {
  return (supportedLanguages as ReadonlyArray<string>).includes(language);
}

export type Translate = (key: string, params?: Readonly<Record<string, string | number>>) => string;

/**
 * Creates a translate function for main-process output (the command line, printed labels,
 * startup dialogs) over the same resources/locales/<language>/<namespace>.json files the screens
 * use. Keys name their namespace: `labels:carton.shipTo`.
 */
export function createTranslator(language: SupportedLanguage, localesDir = join(resolveResourcesDir(), 'locales')): Translate {
  const resources: Resource = {};
  for (const lang of new Set<SupportedLanguage>([language, 'en'])) {
    resources[lang] = readNamespaces(join(localesDir, lang));
  }

  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    fallbackLng: 'en',
    initAsync: false,
    resources,
    ns: Object.keys(resources.en ?? {}),
    // Main-process text goes into PDFs, terminals and native dialogs, never into HTML.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  const t: TFunction = instance.t.bind(instance);
  return (key, params) => t(key, { ...params });
}

function readNamespaces(languageDir: string): ResourceLanguage {
  const namespaces: ResourceLanguage = {};
  for (const file of readdirSync(languageDir)) {
    if (file.endsWith('.json')) {
      namespaces[file.slice(0, -'.json'.length)] = JSON.parse(readFileSync(join(languageDir, file), 'utf8'));
    }
  }
  return namespaces;
}
