import type { ChecklistAnswers } from './amazon-condition';
import type { DispositionRule } from './return-config-schema';
import type { Disposition, ReturnGrade } from './return-terms';

/**
 * The rules used when a client has none, or none of its rules matches. The last rule of each
 * grade matches any answers, so every grade gets a suggestion:
 * - A with sealed packaging is restocked as new; other A and every B as used.
 * - C that passed the functional test is restocked as used; other C goes to refurbishment.
 * - D that failed the functional test goes back to the vendor (a warranty claim); other D is disposed of.
 */
export const defaultDispositionRules: ReadonlyArray<DispositionRule> = [
  { grades: ['A'], answers: { packaging: ['sealed'] }, disposition: 'restock-new' },
  { grades: ['A', 'B'], disposition: 'restock-used' },
  { grades: ['C'], answers: { 'functional-test': ['passed'] }, disposition: 'restock-used' },
  { grades: ['C'], disposition: 'refurbish' },
  { grades: ['D'], answers: { 'functional-test': ['failed'] }, disposition: 'return-to-vendor' },
  { grades: ['D'], disposition: 'dispose' },
];

export interface DispositionSuggestion {
  readonly disposition: Disposition;
  /** The rule that matched: its index in the client's rules, or in the default rules. */
  readonly rule: { readonly source: 'client' | 'default'; readonly index: number };
}

/** True when the rule's grades include `grade` (or it names none) and every answer it names matches. */
export function ruleMatches(rule: DispositionRule, grade: ReturnGrade, answers: ChecklistAnswers): boolean {
  if (rule.grades !== undefined && !rule.grades.includes(grade)) {
    return false;
  }
  return Object.entries(rule.answers ?? {}).every(([questionId, optionIds]) => {
    const answer = answers[questionId];
    return answer !== undefined && optionIds.includes(answer);
  });
}

/** Suggests a disposition: the first matching client rule, else the first matching default rule. */
export function suggestDisposition(clientRules: ReadonlyArray<DispositionRule>, grade: ReturnGrade, answers: ChecklistAnswers): DispositionSuggestion {
  const clientIndex = clientRules.findIndex((rule) => ruleMatches(rule, grade, answers));
  const clientRule = clientRules[clientIndex];
  if (clientRule !== undefined) {
    return { disposition: clientRule.disposition, rule: { source: 'client', index: clientIndex } };
  }

  const defaultIndex = defaultDispositionRules.findIndex((rule) => ruleMatches(rule, grade, answers));
  const defaultRule = defaultDispositionRules[defaultIndex];
  if (defaultRule === undefined) {
    throw new Error(`no default disposition rule matches grade ${grade}`);
  }
  return { disposition: defaultRule.disposition, rule: { source: 'default', index: defaultIndex } };
}
