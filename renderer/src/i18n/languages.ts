/** The station languages, each named in its own language for the chooser. */
export const stationLanguages = [
  { code: 'en', name: 'English' },
  { code: 'de', name: 'Deutsch' },
  { code: 'pl', name: 'Polski' },
  { code: 'fr', name: 'Français' },
] as const;

export type LanguageCode = (typeof stationLanguages)[number]['code'];

export const fallbackLanguage: LanguageCode = 'en';

/** localStorage key of the operator's language choice. */
export const languageStorageKey = 'packtrace.language';

export function isLanguageCode(value: string | null | undefined): value is LanguageCode {
  return stationLanguages.some((language) => language.code === value);
}

/**
 * Picks the start language: the stored choice, else the first browser language we have (matched
 * on its primary subtag, so "de-AT" gives German), else English.
 */
export function initialLanguage(stored: string | null, browserLanguages: ReadonlyArray<string>): LanguageCode {
  if (isLanguageCode(stored)) {
    return stored;
  }
  for (const tag of browserLanguages) {
    const primary = tag.split('-')[0]?.toLowerCase();
    if (isLanguageCode(primary)) {
      return primary;
    }
  }
  return fallbackLanguage;
}
