import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { configProblemCodes } from '../../../../../main/returns/return-config-schema';
import englishReturnsDesk from '../../../../../resources/locales/en/returns-desk.json';
import englishReturns from '../../../../../resources/locales/en/returns.json';
import polishReturnsDesk from '../../../../../resources/locales/pl/returns-desk.json';
import { configProblems } from '../../../../../renderer/src/screens/returns/return-config-problems';

const translator = i18next.createInstance();

beforeAll(async () => {
  await translator.init({
    lng: 'en',
    ns: ['returns-desk'],
    defaultNS: 'returns-desk',
    interpolation: { escapeValue: false },
    resources: { en: { 'returns-desk': englishReturnsDesk }, pl: { 'returns-desk': polishReturnsDesk } },
  });
});

const english = () => translator.getFixedT('en');
const labels = { en: 'Factory settings restored', de: 'Werkseinstellungen wiederhergestellt', pl: 'Przywrócono ustawienia fabryczne', fr: "Réglages d'usine restaurés" };
const options = [
  { id: 'done', labels: { en: 'Done', de: 'Erledigt', pl: 'Wykonano', fr: 'Fait' } },
  { id: 'not-possible', labels: { en: 'Not possible', de: 'Nicht möglich', pl: 'Niemożliwe', fr: 'Impossible' } },
];

/** Formats each problem as `path: detail`, for short expectations. */
function details(input: unknown, t = english()): ReadonlyArray<string> {
  return configProblems(input, t).map((problem) => `${String(problem.params['path'])}: ${String(problem.params['detail'])}`);
}

describe('configProblems', () => {
  it('keeps cross-field codes and paths', () => {
    const problems = configProblems({ checklist: [{ id: 'factory-reset', options }], dispositionRules: [{ grades: ['B'], disposition: 'restock-new' }] }, english());

    expect(problems).toEqual([
      { key: 'returns:config.custom-question-needs-labels', params: { path: 'checklist.0', detail: 'custom-question-needs-labels' } },
      { key: 'returns:config.restock-new-needs-sealed-grade-a', params: { path: 'dispositionRules.0', detail: 'restock-new-needs-sealed-grade-a' } },
    ]);
  });

  it('names the root of a non-object file', () => {
    expect(configProblems([], english())).toEqual([{ key: 'returns:config.invalid-value', params: { path: '(root)', detail: 'expected an object in braces { }' } }]);
  });

  it('words type problems in the station language', () => {
    expect(details({ defaultWarrantyDays: 'two years' })).toEqual(['defaultWarrantyDays: expected a number']);
    expect(details({ defaultWarrantyDays: 30.5 })).toEqual(['defaultWarrantyDays: expected a whole number']);
    expect(details({ checklist: [{ id: 'factory-reset', labels: { en: 'Reset' }, options }] })).toEqual([
      'checklist.0.labels.de: the value is missing',
      'checklist.0.labels.pl: the value is missing',
      'checklist.0.labels.fr: the value is missing',
    ]);
    expect(details({ defaultWarrantyDays: 'two years' }, translator.getFixedT('pl'))).toEqual(['defaultWarrantyDays: oczekiwano liczby']);
  });

  it('words size and range problems', () => {
    expect(details({ checklist: [] })).toEqual(['checklist: needs at least 1 entry']);
    expect(details({ checklist: [{ id: 'factory-reset', labels, options: options.slice(0, 1) }] })).toEqual(['checklist.0.options: needs at least 2 entries']);
    expect(details({ defaultWarrantyDays: 40_000 })).toEqual(['defaultWarrantyDays: must be at most 36500']);
    expect(details({ defaultWarrantyDays: -1 })).toEqual(['defaultWarrantyDays: must be at least 0']);
    expect(details({ categories: [{ category: ' ' }] })).toEqual(['categories.0.category: must not be empty']);
  });

  it('words unknown fields, values and ids', () => {
    expect(details({ warrantyDays: 30 })).toEqual(['(root): unknown field names warrantyDays, check the spelling']);
    expect(details({ dispositionRules: [{ disposition: 'sell' }] })).toEqual([expect.stringMatching(/^dispositionRules\.0\.disposition: must be one of restock-new, restock-used, .*dispose$/)]);
    expect(details({ checklist: [{ id: 'Factory Reset', labels, options }] })).toEqual(['checklist.0.id: use lower-case letters, digits and hyphens, at most 40 characters']);
    expect(details({ dispositionRules: [{ answers: { Packaging: ['sealed'] }, disposition: 'dispose' }] })).toEqual([
      'dispositionRules.0.answers.Packaging: use lower-case letters, digits and hyphens, at most 40 characters',
    ]);
  });

  it('finds no problem in a valid configuration', () => {
    expect(configProblems({ checklist: [{ id: 'factory-reset', labels, options }] }, english())).toEqual([]);
  });

  it('has a message for every cross-field code', () => {
    for (const code of configProblemCodes) {
      expect(Object.keys(englishReturns.config), code).toContain(code);
    }
  });
});
