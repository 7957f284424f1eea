import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { fallbackLanguage, initialLanguage, languageStorageKey, type LanguageCode } from './languages';
import { localeResourcesOf, namespaces } from './locale-resources';

const localeModules = import.meta.glob('../../../resources/locales/*/*.json', { eager: true });

/** Starts i18next with every language and namespace bundled, in the remembered language. */
export async function setUpTranslations(): Promise<void> {
  const language = initialLanguage(readStoredLanguage(), navigator.languages);

  await i18next.use(initReactI18next).init({
    resources: localeResourcesOf(localeModules),
    lng: language,
    fallbackLng: fallbackLanguage,
    ns: [...namespaces],
    defaultNS: 'common',
    // React escapes text it renders, so escaping here would show entities such as &amp;.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = language;
}

/** Switches the language of every screen and remembers it for the next start. */
export async function chooseLanguage(language: LanguageCode): Promise<void> {
  try {
    window.localStorage.setItem(languageStorageKey, language);
  } catch {
    // Storage can be disabled; the choice then lasts until the page is closed.
  }
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}

function readStoredLanguage(): string | null {
  try {
    return window.localStorage.getItem(languageStorageKey);
  } catch {
    return null;
  }
}
