import { createTranslator, isSupportedLanguage } from '../core/translator';
import type { TranslateCaption } from './carton-label';

/**
 * Creates a translate function for label captions in one language, for the command line, tests
 * and sample renders. Unknown languages are a bug in the caller and throw.
 */
export function createCaptionTranslator(language: string): TranslateCaption {
  if (!isSupportedLanguage(language)) {
    throw new Error(`No label captions for language "${language}"; expected one of en, de, pl, fr`);
  }
  return createTranslator(language);
}
