import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { checklistCaptionText } from '../../../../../renderer/src/screens/returns/checklist-caption';

const translator = i18next.createInstance();

beforeAll(async () => {
  await translator.init({ lng: 'en', resources: { en: { returns: { checklist: { packaging: { label: 'Packaging' } } } } } });
});

describe('checklistCaptionText', () => {
  const clientText = { kind: 'text' as const, text: { en: 'Screen intact', de: 'Display heil', pl: 'Ekran cały', fr: 'Écran intact' } };

  it('picks the station language of client text', () => {
    expect(checklistCaptionText(clientText, translator.getFixedT('en'), 'de-DE')).toBe('Display heil');
    expect(checklistCaptionText(clientText, translator.getFixedT('en'), 'fr')).toBe('Écran intact');
  });

  it('falls back to English for other languages', () => {
    expect(checklistCaptionText(clientText, translator.getFixedT('en'), 'cs')).toBe('Screen intact');
  });

  it('translates a standard question by its key', () => {
    const caption = { kind: 'message' as const, message: { key: 'returns:checklist.packaging.label', params: {} } };

    expect(checklistCaptionText(caption, translator.getFixedT('en'), 'en')).toBe('Packaging');
  });
});
