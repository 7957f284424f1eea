import type { TFunction } from 'i18next';
import type { ResponseOf } from '../../../../main/api/contract';
import { standardQuestions } from '../../../../main/returns/standard-checklist';
import { checklistCaptionText } from './checklist-caption';

export type ReturnConfig = ResponseOf<'returns.config'>['config'];
type ConfigQuestion = NonNullable<ReturnConfig['checklist']>[number];
type DispositionRule = ReturnConfig['dispositionRules'][number];
type Caption = ResponseOf<'returns.gradingForm'>['questions'][number]['caption'];

/** A checklist question as the settings screen shows it: its caption and its answer options. */
export interface QuestionView {
  readonly questionId: string;
  readonly caption: Caption;
  readonly options: ReadonlyArray<{ readonly optionId: string; readonly caption: Caption }>;
}

function messageCaption(key: string): Caption {
  return { kind: 'message', message: { key, params: {} } };
}

/**
 * Describes a configured question the way grading shows it. The caption is the client's own
 * text when given, else the `returns` translation of the standard question. A standard question
 * named by its id alone keeps its standard options.
 */
export function questionView(question: ConfigQuestion): QuestionView {
  const standard = standardQuestions.find((candidate) => candidate.id === question.id);
  const options = question.options ?? standard?.options.map((id) => ({ id, labels: undefined })) ?? [];

  return {
    questionId: question.id,
    caption: question.labels === undefined ? messageCaption(`returns:checklist.${question.id}.label`) : { kind: 'text', text: question.labels },
    options: options.map((option) => ({
      optionId: option.id,
      caption: option.labels === undefined ? messageCaption(`returns:checklist.${question.id}.option.${option.id}`) : { kind: 'text', text: option.labels },
    })),
  };
}

/** Picks the checklist for categories without their own: the client's, else the standard one. */
export function clientChecklist(config: ReturnConfig): { readonly source: 'client' | 'standard'; readonly questions: ReadonlyArray<QuestionView> } {
  if (config.checklist !== undefined) {
    return { source: 'client', questions: config.checklist.map(questionView) };
  }
  return { source: 'standard', questions: standardQuestions.map((question) => questionView({ id: question.id })) };
}

/** Maps each question id a disposition rule may name to its view. A configured question replaces a standard one. */
function questionsById(config: ReturnConfig): ReadonlyMap<string, QuestionView> {
  const configured = [...(config.checklist ?? []), ...config.categories.flatMap((category) => category.checklist ?? [])];
  const byId = new Map<string, QuestionView>(standardQuestions.map((standard) => [standard.id, questionView({ id: standard.id })]));
  for (const question of configured) {
    // A standard question named by its id alone adds nothing to what the map already has.
    if (!byId.has(question.id) || question.labels !== undefined || question.options !== undefined) {
      byId.set(question.id, questionView(question));
    }
  }
  return byId;
}

/**
 * Writes a disposition rule as one sentence in the station language, such as "When grade A and
 * answers Packaging: Sealed → Restock as new". Options of one question are alternatives.
 */
export function ruleText(rule: DispositionRule, config: ReturnConfig, t: TFunction, language: string): string {
  const questions = questionsById(config);
  const grades = rule.grades === undefined ? t('returns-desk:settings.rules.anyGrade') : rule.grades.join(', ');
  const disposition = t(`returns-desk:disposition.${rule.disposition}`);
  const answers = Object.entries(rule.answers ?? {}).map(([questionId, optionIds]) => {
    const question = questions.get(questionId);
    const caption = (optionId: string): string => {
      const option = question?.options.find((candidate) => candidate.optionId === optionId);
      return option === undefined ? optionId : checklistCaptionText(option.caption, t, language);
    };
    return t('returns-desk:settings.rules.answer', {
      question: question === undefined ? questionId : checklistCaptionText(question.caption, t, language),
      options: optionIds.map(caption).join(' / '),
    });
  });

  if (answers.length === 0) {
    return t('returns-desk:settings.rules.whenAnyAnswers', { grades, disposition });
  }
  return t('returns-desk:settings.rules.when', { grades, answers: answers.join('; '), disposition });
}
