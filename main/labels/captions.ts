import i18next from 'i18next';
import type { TranslateCaption } from './carton-label';
import labelCaptions from './label-captions.json';

/** Languages that label captions are written in. */
export type CaptionLanguage = keyof typeof labelCaptions;

export function isCaptionLanguage(language: string): language is CaptionLanguage {
  return Object.hasOwn(labelCaptions, language);
}

/**
 * Creates a translate function over label-captions.json alone, for the command line, tests
 * and sample renders. The station passes its own i18next `t` once these captions are merged
 * into resources/locales. Unknown languages are a bug in the caller and throw.
 */
export function createCaptionTranslator(language: string): TranslateCaption {
  if (!isCaptionLanguage(language)) {
    throw new Error(`No label captions for language "${language}"; expected one of ${Object.keys(labelCaptions).join(', ')}`);
  }

  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    fallbackLng: false,
    initAsync: false,
    resources: { [language]: { translation: labelCaptions[language] } },
    // Captions are printed on a PDF, not inserted into HTML, so escaping would print entities.
    interpolation: { escapeValue: false },
  });
  return (key, params) => instance.t(key, params ?? {});
}
