import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { returnConfigSchema } from '../../../../../main/returns/return-config-schema';
import englishReturnsDesk from '../../../../../resources/locales/en/returns-desk.json';
import englishReturns from '../../../../../resources/locales/en/returns.json';
import germanReturnsDesk from '../../../../../resources/locales/de/returns-desk.json';
import germanReturns from '../../../../../resources/locales/de/returns.json';
import { clientChecklist, ruleText } from '../../../../../renderer/src/screens/returns/return-config-text';

const translator = i18next.createInstance();

beforeAll(async () => {
  await translator.init({
    lng: 'en',
    ns: ['returns', 'returns-desk'],
    defaultNS: 'returns-desk',
    interpolation: { escapeValue: false },
    resources: { en: { returns: englishReturns, 'returns-desk': englishReturnsDesk }, de: { returns: germanReturns, 'returns-desk': germanReturnsDesk } },
  });
});

const resetLabels = { en: 'Factory settings restored', de: 'Werkseinstellungen wiederhergestellt', pl: 'Przywrócono ustawienia fabryczne', fr: "Réglages d'usine restaurés" };
const resetQuestion = {
  id: 'factory-reset',
  labels: resetLabels,
  options: [
    { id: 'done', labels: { en: 'Done', de: 'Erledigt', pl: 'Wykonano', fr: 'Fait' } },
    { id: 'not-possible', labels: { en: 'Not possible', de: 'Nicht möglich', pl: 'Niemożliwe', fr: 'Impossible' } },
  ],
};

describe('returns config text', () => {
  it('falls back to the standard checklist', () => {
    const checklist = clientChecklist(returnConfigSchema.parse({}));

    expect(checklist.source).toBe('standard');
    expect(checklist.questions.map((question) => question.questionId)).toEqual(['packaging', 'accessories', 'functional-test', 'cosmetic']);
    expect(checklist.questions[0]?.options.map((option) => option.caption)).toContainEqual({ kind: 'message', message: { key: 'returns:checklist.packaging.option.sealed', params: {} } });
  });

  it('writes a rule with its answers', () => {
    const config = returnConfigSchema.parse({
      checklist: [{ id: 'packaging' }, resetQuestion],
      dispositionRules: [{ grades: ['A', 'B'], answers: { 'factory-reset': ['not-possible'], packaging: ['opened', 'damaged'] }, disposition: 'refurbish' }],
    });
    const [rule] = config.dispositionRules;
    if (rule === undefined) {
      throw new Error('rule missing');
    }

    expect(ruleText(rule, config, translator.getFixedT('en'), 'en')).toBe('When grade A, B and answers Factory settings restored: Not possible; Packaging: Opened / Damaged → Refurbish');
    expect(ruleText(rule, config, translator.getFixedT('de'), 'de-DE')).toBe('Bei Note A, B und Antworten Werkseinstellungen wiederhergestellt: Nicht möglich; Verpackung: Geöffnet / Beschädigt → Aufbereiten');
  });

  it('writes a rule without answers', () => {
    const config = returnConfigSchema.parse({ dispositionRules: [{ disposition: 'liquidate' }] });
    const [rule] = config.dispositionRules;
    if (rule === undefined) {
      throw new Error('rule missing');
    }

    expect(ruleText(rule, config, translator.getFixedT('en'), 'en')).toBe('When grade any, whatever the answers → Liquidate');
  });
});
