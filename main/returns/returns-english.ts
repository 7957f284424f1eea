import i18next, { type i18n } from 'i18next';
import type { OperatorMessage } from '../api/contract';
import englishReturns from '../../resources/locales/en/returns.json';
import englishTracking from '../../resources/locales/en/tracking.json';

let english: i18n | undefined;

/**
 * Renders a `returns:` message in English from the same catalog the screens use, for the
 * command line, the log and the `text` of import errors. Unit statuses in the messages come from
 * the `tracking` catalog.
 */
export function renderReturnsEnglish(message: OperatorMessage): string {
  if (english === undefined) {
    english = i18next.createInstance();
    void english.init({
      lng: 'en',
      ns: ['returns', 'tracking'],
      initAsync: false,
      resources: { en: { returns: englishReturns, tracking: englishTracking } },
      interpolation: { escapeValue: false },
    });
  }
  return english.t(message.key, { ...message.params });
}
