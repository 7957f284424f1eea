import { describe, expect, it } from 'vitest';
import { defaultDispositionRules, ruleMatches, suggestDisposition } from '../../../main/returns/disposition-rules';
import { returnGrades } from '../../../main/returns/return-terms';

describe('suggestDisposition', () => {
  it('applies the default rules', () => {
    const cases = [
      { grade: 'A', answers: { packaging: 'sealed' }, disposition: 'restock-new' },
      { grade: 'A', answers: { packaging: 'opened' }, disposition: 'restock-used' },
      { grade: 'B', answers: {}, disposition: 'restock-used' },
      { grade: 'C', answers: { 'functional-test': 'passed' }, disposition: 'restock-used' },
      { grade: 'C', answers: { 'functional-test': 'not-tested' }, disposition: 'refurbish' },
      { grade: 'D', answers: { 'functional-test': 'failed' }, disposition: 'return-to-vendor' },
      { grade: 'D', answers: { 'functional-test': 'passed' }, disposition: 'dispose' },
    ] as const;
    for (const entry of cases) {
      expect(suggestDisposition([], entry.grade, entry.answers)).toMatchObject({ disposition: entry.disposition, rule: { source: 'default' } });
    }
  });

  it('gives every grade a default', () => {
    for (const grade of returnGrades) {
      expect(defaultDispositionRules.some((rule) => rule.answers === undefined && (rule.grades ?? []).includes(grade))).toBe(true);
    }
  });

  it('takes the first matching client rule', () => {
    const rules = [
      { grades: ['B' as const], answers: { cosmetic: ['broken'] }, disposition: 'dispose' as const },
      { grades: ['B' as const], disposition: 'liquidate' as const },
      { disposition: 'refurbish' as const },
    ];

    expect(suggestDisposition(rules, 'B', { cosmetic: 'broken' })).toEqual({ disposition: 'dispose', rule: { source: 'client', index: 0 } });
    expect(suggestDisposition(rules, 'B', { cosmetic: 'as-new' })).toEqual({ disposition: 'liquidate', rule: { source: 'client', index: 1 } });
    expect(suggestDisposition(rules, 'D', {})).toEqual({ disposition: 'refurbish', rule: { source: 'client', index: 2 } });
  });

  it('falls back when no client rule matches', () => {
    expect(suggestDisposition([{ grades: ['A'], disposition: 'liquidate' }], 'C', {})).toEqual({ disposition: 'refurbish', rule: { source: 'default', index: 3 } });
  });

  it('needs every named answer to match', () => {
    const rule = { answers: { packaging: ['sealed'], accessories: ['yes'] }, disposition: 'restock-used' as const };

    expect(ruleMatches(rule, 'A', { packaging: 'sealed', accessories: 'yes' })).toBe(true);
    expect(ruleMatches(rule, 'A', { packaging: 'sealed' })).toBe(false);
    expect(ruleMatches(rule, 'A', { packaging: 'opened', accessories: 'yes' })).toBe(false);
  });
});
