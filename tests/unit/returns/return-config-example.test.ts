import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveChecklist } from '../../../main/returns/checklist';
import { suggestDisposition } from '../../../main/returns/disposition-rules';
import type { ReturnConfig } from '../../../main/returns/return-config-schema';
import { parseReturnConfig } from '../../../main/returns/return-configs';

const examplePath = resolve(__dirname, '../../../resources/examples/returns-config.example.json');

function exampleConfig(): unknown {
  return JSON.parse(readFileSync(examplePath, 'utf8'));
}

function parsedExample(): ReturnConfig {
  const parsed = parseReturnConfig(exampleConfig());
  if (!parsed.ok) {
    throw new Error(`example config is invalid at ${parsed.error.problems.map((problem) => problem.path).join(', ')}`);
  }
  return parsed.value;
}

describe('returns config example file', () => {
  it('parses without problems', () => {
    const parsed = parseReturnConfig(exampleConfig());

    expect(parsed.ok ? [] : parsed.error.problems).toEqual([]);
  });

  it('gives the client checklist a custom question', () => {
    const checklist = resolveChecklist(parsedExample(), null);

    expect(checklist.source).toBe('client');
    expect(checklist.questions.map((question) => question.id)).toEqual(['packaging', 'accessories', 'functional-test', 'cosmetic', 'factory-reset']);
    expect(checklist.questions.at(-1)?.labels?.de).toBe('Werkseinstellungen wiederhergestellt');
  });

  it('gives the printers category its own checklist', () => {
    const checklist = resolveChecklist(parsedExample(), 'printers');

    expect(checklist.source).toBe('category');
    expect(checklist.questions.map((question) => question.id)).toEqual(['packaging', 'functional-test', 'print-head']);
  });

  it('suggests dispositions from its rules', () => {
    const rules = parsedExample().dispositionRules;

    expect(suggestDisposition(rules, 'B', { 'factory-reset': 'not-possible' })).toEqual({ disposition: 'refurbish', rule: { source: 'client', index: 1 } });
    expect(suggestDisposition(rules, 'D', { 'functional-test': 'passed' })).toEqual({ disposition: 'liquidate', rule: { source: 'client', index: 4 } });
    expect(suggestDisposition(rules, 'B', { 'factory-reset': 'done' }).rule.source).toBe('default');
  });
});
