import { useTranslation } from 'react-i18next';
import { chooseLanguage } from '../i18n/setup';
import { isLanguageCode, stationLanguages } from '../i18n/languages';

/** The language chooser; each language is listed under its own name. */
export function LanguageSelect() {
  const { t, i18n } = useTranslation();

  return (
    <label className="language-select">
      <span>{t('header.language')}</span>
      <select
        data-testid="language-select"
        value={i18n.resolvedLanguage ?? i18n.language}
        onChange={(event) => {
          if (isLanguageCode(event.target.value)) {
            void chooseLanguage(event.target.value);
          }
        }}
      >
        {stationLanguages.map((language) => (
          <option key={language.code} value={language.code} lang={language.code}>
            {language.name}
          </option>
        ))}
      </select>
    </label>
  );
}
