import { describe, expect, it } from 'vitest';
import { resolveChecklist } from '../../../main/returns/checklist';
import { parseReturnConfig, readReturnConfig, saveReturnConfig } from '../../../main/returns/return-configs';
import { inWriteTransaction } from '../../../main/store/write-transaction';
import { countEvents } from '../../support/packing-fixture';
import { useTempDir } from '../../support/temp-dir';
import { createReturnsFixture, requireOk } from './returns-fixture';

const labels = { en: 'Lens scratched', de: 'Linse zerkratzt', pl: 'Porysowany obiektyw', fr: 'Objectif rayé' };
const yes = { en: 'Yes', de: 'Ja', pl: 'Tak', fr: 'Oui' };
const no = { en: 'No', de: 'Nein', pl: 'Nie', fr: 'Non' };

const cameraConfig = {
  defaultWarrantyDays: 365,
  categories: [
    {
      category: 'Camera',
      warrantyDays: 730,
      checklist: [{ id: 'packaging' }, { id: 'lens-scratched', labels, options: [{ id: 'yes', labels: yes }, { id: 'no', labels: no }] }],
    },
  ],
  dispositionRules: [
    { grades: ['A'], answers: { packaging: ['sealed'] }, disposition: 'restock-new' },
    { answers: { 'lens-scratched': ['yes'] }, disposition: 'refurbish' },
  ],
};

function problems(input: unknown): ReadonlyArray<string> {
  const parsed = parseReturnConfig(input);
  return parsed.ok ? [] : parsed.error.problems.map((problem) => `${problem.problem} at ${problem.path}`);
}

describe('parseReturnConfig', () => {
  it('accepts a full configuration', () => {
    expect(problems(cameraConfig)).toEqual([]);
  });

  it('fills defaults for an empty object', () => {
    expect(requireOk(parseReturnConfig({}))).toEqual({ defaultWarrantyDays: null, categories: [], dispositionRules: [] });
  });

  it('reports cross-field problems with paths', () => {
    expect(problems({ checklist: [{ id: 'smell' }] })).toEqual(['custom-question-needs-labels at checklist.0', 'custom-question-needs-options at checklist.0']);
    expect(problems({ checklist: [{ id: 'packaging' }, { id: 'packaging' }] })).toEqual(['duplicate-question at checklist.1.id']);
    expect(problems({ checklist: [{ id: 'packaging', options: [{ id: 'sealed' }, { id: 'wet' }] }] })).toEqual(['custom-option-needs-labels at checklist.0.options.1']);
    expect(problems({ categories: [{ category: 'Camera' }, { category: 'camera' }] })).toEqual(['duplicate-category at categories.1.category']);
    expect(problems({ dispositionRules: [{ answers: { smell: ['bad'] }, disposition: 'dispose' }] })).toEqual(['rule-unknown-question at dispositionRules.0.answers.smell']);
    expect(problems({ dispositionRules: [{ answers: { packaging: ['wet'] }, disposition: 'dispose' }] })).toEqual(['rule-unknown-option at dispositionRules.0.answers.packaging.0']);
  });

  it('rejects restock as new beyond sealed grade A', () => {
    expect(problems({ dispositionRules: [{ grades: ['A', 'B'], answers: { packaging: ['sealed'] }, disposition: 'restock-new' }] })).toEqual([
      'restock-new-needs-sealed-grade-a at dispositionRules.0',
    ]);
    expect(problems({ dispositionRules: [{ grades: ['A'], disposition: 'restock-new' }] })).toEqual(['restock-new-needs-sealed-grade-a at dispositionRules.0']);
  });

  it('rejects wrong types and unknown keys', () => {
    expect(problems({ defaultWarrantyDays: -1 })).toEqual(['invalid-value at defaultWarrantyDays']);
    expect(problems({ dispositionRules: [{ disposition: 'sell-on-ebay' }] })).toEqual(['invalid-value at dispositionRules.0.disposition']);
    expect(problems({ warranty: 12 })).toEqual(['invalid-value at (root)']);
    expect(problems('not an object')).toEqual(['invalid-value at (root)']);
  });
});

describe('readReturnConfig', () => {
  const tempDir = useTempDir();

  it('returns defaults until a config is saved', () => {
    const fixture = createReturnsFixture(tempDir());

    expect(readReturnConfig(fixture.db, fixture.clientId)).toMatchObject({ isDefault: true, updatedAt: null });

    const config = requireOk(parseReturnConfig(cameraConfig));
    inWriteTransaction(fixture.db, () => saveReturnConfig(fixture.db, fixture.actor, { id: fixture.clientId, code: 'ACME' }, config));

    expect(readReturnConfig(fixture.db, fixture.clientId)).toMatchObject({ isDefault: false, config });
    expect(countEvents(fixture.db, 'return-config-changed')).toBe(1);
    fixture.db.close();
  });
});

describe('resolveChecklist', () => {
  it('picks category, client, then standard', () => {
    const config = requireOk(parseReturnConfig({ ...cameraConfig, checklist: [{ id: 'cosmetic' }] }));

    expect(resolveChecklist(config, 'CAMERA')).toMatchObject({ source: 'category', questions: [{ id: 'packaging', standard: true }, { id: 'lens-scratched', standard: false }] });
    expect(resolveChecklist(config, 'tripod')).toMatchObject({ source: 'client', questions: [{ id: 'cosmetic', options: [{ id: 'as-new' }, { id: 'light-wear' }, { id: 'heavy-wear' }, { id: 'broken' }] }] });
    expect(resolveChecklist(requireOk(parseReturnConfig({})), null).questions.map((question) => question.id)).toEqual(['packaging', 'accessories', 'functional-test', 'cosmetic']);
  });
});
