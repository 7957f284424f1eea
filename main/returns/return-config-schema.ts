/**
 * A client's returns configuration as JSON: warranty periods, grading checklists per product
 * category, and disposition rules. The contract and the renderer read this schema, so this file
 * must stay free of Node imports.
 */
import { z } from 'zod';
import { dispositions, returnGrades } from './return-terms';
import { standardQuestions } from './standard-checklist';

/** Question and option ids: lower-case letters, digits and hyphens, as stored in checklist answers. */
const answerId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'use lower-case letters, digits and hyphens (at most 40)');

const caption = z.string().trim().min(1).max(200);

/** A text given in every station language, for custom questions and options. */
export const localizedTextSchema = z.object({ en: caption, de: caption, pl: caption, fr: caption }).strict();

const optionSchema = z.object({ id: answerId, labels: localizedTextSchema.optional() }).strict();

/**
 * One checklist question. A standard question (packaging, accessories, functional-test,
 * cosmetic) may be named by its id alone, and then its options and captions come from the
 * `returns` translations. A custom question must bring its options and captions in every language.
 */
export const checklistQuestionSchema = z
  .object({ id: answerId, labels: localizedTextSchema.optional(), options: z.array(optionSchema).min(2).max(12).optional() })
  .strict();

const warrantyDays = z.number().int().min(0).max(36_500);

export const categoryConfigSchema = z
  .object({
    /** Matched against `products.category` without regard to case. */
    category: z.string().trim().min(1).max(100),
    warrantyDays: warrantyDays.nullable().default(null),
    checklist: z.array(checklistQuestionSchema).min(1).max(30).optional(),
  })
  .strict();

/**
 * A disposition rule: it matches when the grade is one of `grades` (any grade when absent) and
 * every question named in `answers` was answered with one of the options listed for it.
 */
export const dispositionRuleSchema = z
  .object({
    grades: z.array(z.enum(returnGrades)).min(1).optional(),
    answers: z.record(answerId, z.array(answerId).min(1)).optional(),
    disposition: z.enum(dispositions),
  })
  .strict();

/** Codes of the cross-field problems `returnConfigSchema` reports as custom issues, each translated in `returns`. */
export const configProblemCodes = [
  'duplicate-category',
  'duplicate-question',
  'duplicate-option',
  'custom-question-needs-labels',
  'custom-question-needs-options',
  'custom-option-needs-labels',
  'rule-unknown-question',
  'rule-unknown-option',
  'restock-new-needs-sealed-grade-a',
] as const;

export type ConfigProblemCode = (typeof configProblemCodes)[number];

export const returnConfigSchema = z
  .object({
    /** Warranty days for products that have none and whose category sets none; null when unknown. */
    defaultWarrantyDays: warrantyDays.nullable().default(null),
    /** The client's checklist for categories without their own; the standard checklist when absent. */
    checklist: z.array(checklistQuestionSchema).min(1).max(30).optional(),
    categories: z.array(categoryConfigSchema).max(200).default([]),
    /** Tried in order, the first match wins; the default rules apply when none matches. */
    dispositionRules: z.array(dispositionRuleSchema).max(200).default([]),
  })
  .strict()
  .superRefine((config, context) => {
    const report = (code: ConfigProblemCode, path: ReadonlyArray<string | number>): void => {
      context.addIssue({ code: 'custom', message: code, path: [...path] });
    };

    const seenCategories = new Set<string>();
    config.categories.forEach((category, index) => {
      const folded = category.category.toLowerCase();
      if (seenCategories.has(folded)) {
        report('duplicate-category', ['categories', index, 'category']);
      }
      seenCategories.add(folded);
    });

    const checklists: Array<{ readonly path: ReadonlyArray<string | number>; readonly questions: ReadonlyArray<z.output<typeof checklistQuestionSchema>> }> = [];
    if (config.checklist !== undefined) {
      checklists.push({ path: ['checklist'], questions: config.checklist });
    }
    config.categories.forEach((category, index) => {
      if (category.checklist !== undefined) {
        checklists.push({ path: ['categories', index, 'checklist'], questions: category.checklist });
      }
    });
    for (const checklist of checklists) {
      checkQuestions(checklist.questions, checklist.path, report);
    }

    const knownOptions = collectKnownOptions(checklists.flatMap((checklist) => checklist.questions));
    config.dispositionRules.forEach((rule, index) => {
      for (const [questionId, optionIds] of Object.entries(rule.answers ?? {})) {
        const options = knownOptions.get(questionId);
        if (options === undefined) {
          report('rule-unknown-question', ['dispositionRules', index, 'answers', questionId]);
          continue;
        }
        optionIds.forEach((optionId, optionIndex) => {
          if (!options.has(optionId)) {
            report('rule-unknown-option', ['dispositionRules', index, 'answers', questionId, optionIndex]);
          }
        });
      }
      // Restocking as new sells the unit as New, which only a sealed grade-A unit is.
      const sealedOnly = rule.answers?.['packaging']?.length === 1 && rule.answers['packaging'][0] === 'sealed';
      const gradeAOnly = rule.grades?.length === 1 && rule.grades[0] === 'A';
      if (rule.disposition === 'restock-new' && !(sealedOnly && gradeAOnly)) {
        report('restock-new-needs-sealed-grade-a', ['dispositionRules', index]);
      }
    });
  });

export type ReturnConfig = z.output<typeof returnConfigSchema>;
export type ReturnConfigInput = z.input<typeof returnConfigSchema>;
export type ChecklistQuestion = z.output<typeof checklistQuestionSchema>;
export type DispositionRule = z.output<typeof dispositionRuleSchema>;

function checkQuestions(
  questions: ReadonlyArray<ChecklistQuestion>,
  path: ReadonlyArray<string | number>,
  report: (code: ConfigProblemCode, path: ReadonlyArray<string | number>) => void,
): void {
  const seenQuestions = new Set<string>();
  questions.forEach((question, index) => {
    const at = [...path, index];
    if (seenQuestions.has(question.id)) {
      report('duplicate-question', [...at, 'id']);
    }
    seenQuestions.add(question.id);

    const standard = standardQuestions.find((candidate) => candidate.id === question.id);
    if (standard === undefined && question.labels === undefined) {
      report('custom-question-needs-labels', at);
    }
    if (standard === undefined && question.options === undefined) {
      report('custom-question-needs-options', at);
    }

    const seenOptions = new Set<string>();
    (question.options ?? []).forEach((option, optionIndex) => {
      if (seenOptions.has(option.id)) {
        report('duplicate-option', [...at, 'options', optionIndex, 'id']);
      }
      seenOptions.add(option.id);
      const standardOption = standard?.options.includes(option.id) ?? false;
      if (!standardOption && option.labels === undefined) {
        report('custom-option-needs-labels', [...at, 'options', optionIndex]);
      }
    });
  });
}

/** Maps each question id a rule may name to its option ids: the standard questions plus every configured one. */
function collectKnownOptions(questions: ReadonlyArray<ChecklistQuestion>): Map<string, Set<string>> {
  const known = new Map<string, Set<string>>();
  for (const standard of standardQuestions) {
    known.set(standard.id, new Set(standard.options));
  }
  for (const question of questions) {
    const options = known.get(question.id) ?? new Set<string>();
    for (const option of question.options ?? []) {
      options.add(option.id);
    }
    known.set(question.id, options);
  }
  return known;
}
