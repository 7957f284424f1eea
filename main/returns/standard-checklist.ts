/**
 * The standard grading questions. Their captions are translated in the `returns` namespace
 * under `checklist.<questionId>.label` and `checklist.<questionId>.option.<optionId>`. A client
 * without its own checklist gets all four. This file must stay free of Node imports.
 */

export interface StandardQuestion {
  readonly id: string;
  readonly options: ReadonlyArray<string>;
}

export const standardQuestions: ReadonlyArray<StandardQuestion> = [
  { id: 'packaging', options: ['sealed', 'opened', 'damaged'] },
  { id: 'accessories', options: ['yes', 'no'] },
  { id: 'functional-test', options: ['passed', 'failed', 'not-tested'] },
  { id: 'cosmetic', options: ['as-new', 'light-wear', 'heavy-wear', 'broken'] },
];
