import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import englishCatalog from '../../../../../resources/locales/en/returns-desk.json';
import polishCatalog from '../../../../../resources/locales/pl/returns-desk.json';
import { ageText } from '../../../../../renderer/src/screens/returns/age-text';

const translator = i18next.createInstance();

beforeAll(async () => {
  await translator.init({
    lng: 'en',
    fallbackLng: 'en',
    defaultNS: 'returns-desk',
    resources: {
      en: { 'returns-desk': englishCatalog },
      pl: { 'returns-desk': polishCatalog },
    },
    interpolation: { escapeValue: false },
  });
});

describe('ageText', () => {
  it.each([
    [0, '0 minutes'],
    [60, '1 minute'],
    [59 * 60 + 59, '59 minutes'],
    [60 * 60, '1 hour'],
    [47 * 3600, '47 hours'],
    [48 * 3600, '2 days'],
    [10 * 86_400 + 5, '10 days'],
  ])('formats %i seconds as %s', (seconds, text) => {
    expect(ageText(seconds, translator.getFixedT('en'))).toBe(text);
  });

  it('uses Polish plural forms', () => {
    const polish = translator.getFixedT('pl');

    expect(ageText(60, polish)).toBe('1 minuty');
    expect(ageText(3 * 60, polish)).toBe('3 minut');
    expect(ageText(5 * 86_400, polish)).toBe('5 dni');
  });
});
