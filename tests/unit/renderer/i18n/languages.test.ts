import { describe, expect, it } from 'vitest';
import { initialLanguage } from '../../../../renderer/src/i18n/languages';
import { localeResourcesOf } from '../../../../renderer/src/i18n/locale-resources';

describe('initialLanguage', () => {
  it('prefers the stored choice', () => {
    expect(initialLanguage('pl', ['de-DE'])).toBe('pl');
  });

  it('matches browser primary subtag', () => {
    expect(initialLanguage(null, ['it-IT', 'de-AT'])).toBe('de');
  });

  it('ignores an unknown stored value', () => {
    expect(initialLanguage('xx', ['fr-BE'])).toBe('fr');
  });

  it('falls back to English', () => {
    expect(initialLanguage(null, ['ja'])).toBe('en');
  });
});

describe('localeResourcesOf', () => {
  it('groups files by language and namespace', () => {
    const resources = localeResourcesOf({
      '../../../resources/locales/en/common.json': { default: { app: { title: 'Packtrace' } } },
      '../../../resources/locales/en/scan.json': { default: { empty: 'Nothing' } },
      '../../../resources/locales/de/common.json': { default: { app: { title: 'Packtrace DE' } } },
      '../../../resources/locales/README.md': { default: {} },
    });

    expect(Object.keys(resources).sort()).toEqual(['de', 'en']);
    expect(resources.en?.common).toEqual({ app: { title: 'Packtrace' } });
    expect(resources.en?.scan).toEqual({ empty: 'Nothing' });
    expect(resources.de?.common).toEqual({ app: { title: 'Packtrace DE' } });
  });
});
