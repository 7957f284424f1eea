import { err, ok, type Result } from '../core/result';
import type { ChecklistAnswers } from './amazon-condition';
import type { ChecklistQuestion, ReturnConfig } from './return-config-schema';
import { standardQuestions } from './standard-checklist';

/** A checklist question ready for a grading form; `labels` are absent for standard questions and options. */
export interface ResolvedQuestion {
  readonly id: string;
  readonly standard: boolean;
  readonly labels?: ChecklistQuestion['labels'];
  readonly options: ReadonlyArray<{ readonly id: string; readonly labels?: ChecklistQuestion['labels'] }>;
}

export interface ResolvedChecklist {
  readonly source: 'category' | 'client' | 'standard';
  readonly questions: ReadonlyArray<ResolvedQuestion>;
}

export type AnswerError =
  | { readonly code: 'answer-missing'; readonly questionId: string }
  | { readonly code: 'answer-invalid'; readonly questionId: string; readonly optionId: string }
  | { readonly code: 'answer-unknown-question'; readonly questionId: string };

/** Finds the configuration of a product category, compared without regard to case. */
export function findCategoryConfig(config: ReturnConfig, category: string | null): ReturnConfig['categories'][number] | undefined {
  if (category === null) {
    return undefined;
  }
  const folded = category.trim().toLowerCase();
  return config.categories.find((entry) => entry.category.toLowerCase() === folded);
}

/** Picks the checklist for a product category: the category's own, else the client's, else the standard one. */
export function resolveChecklist(config: ReturnConfig, category: string | null): ResolvedChecklist {
  const categoryChecklist = findCategoryConfig(config, category)?.checklist;
  if (categoryChecklist !== undefined) {
    return { source: 'category', questions: categoryChecklist.map(resolveQuestion) };
  }
  if (config.checklist !== undefined) {
    return { source: 'client', questions: config.checklist.map(resolveQuestion) };
  }
  return { source: 'standard', questions: standardQuestions.map((question) => resolveQuestion({ id: question.id })) };
}

function resolveQuestion(question: ChecklistQuestion): ResolvedQuestion {
  const standard = standardQuestions.find((candidate) => candidate.id === question.id);
  const options = question.options ?? standard?.options.map((id) => ({ id })) ?? [];
  return { id: question.id, standard: standard !== undefined, ...(question.labels === undefined ? {} : { labels: question.labels }), options };
}

/**
 * Checks answers against a checklist: every question answered with one of its options, and no
 * answer to a question the checklist does not ask. Returns the answers in checklist order.
 */
export function validateAnswers(checklist: ResolvedChecklist, answers: ChecklistAnswers): Result<ChecklistAnswers, AnswerError> {
  const asked = new Set(checklist.questions.map((question) => question.id));
  const unknown = Object.keys(answers).find((questionId) => !asked.has(questionId));
  if (unknown !== undefined) {
    return err({ code: 'answer-unknown-question', questionId: unknown });
  }

  const ordered: Record<string, string> = {};
  for (const question of checklist.questions) {
    const answer = answers[question.id];
    if (answer === undefined || answer === '') {
      return err({ code: 'answer-missing', questionId: question.id });
    }
    if (!question.options.some((option) => option.id === answer)) {
      return err({ code: 'answer-invalid', questionId: question.id, optionId: answer });
    }
    ordered[question.id] = answer;
  }
  return ok(ordered);
}
