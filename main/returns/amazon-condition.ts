import type { AmazonCondition, Disposition, ReturnGrade } from './return-terms';

/** Checklist answers: question id to the chosen option id. */
export type ChecklistAnswers = Readonly<Record<string, string>>;

/**
 * Maps a grade and the checklist answers to Amazon's item condition. This is the one table of
 * that mapping:
 *
 * | grade | condition                                                                  |
 * | ----- | -------------------------------------------------------------------------- |
 * | A     | New when the packaging was answered 'sealed', else Used - Like New          |
 * | B     | Used - Very Good                                                            |
 * | C     | Used - Acceptable when the cosmetic condition is heavy wear or broken, or   |
 * |       | accessories are not complete, else Used - Good                             |
 * | D     | Unsellable                                                                  |
 *
 * A checklist without the packaging question never yields New, because nobody confirmed the seal.
 * A unit restocked as used is never New either, see conditionForDisposition.
 */
export function mapAmazonCondition(grade: ReturnGrade, answers: ChecklistAnswers): AmazonCondition {
  switch (grade) {
    case 'A':
      return answers['packaging'] === 'sealed' ? 'New' : 'Used - Like New';
    case 'B':
      return 'Used - Very Good';
    case 'C': {
      const worn = answers['cosmetic'] === 'heavy-wear' || answers['cosmetic'] === 'broken';
      const incomplete = answers['accessories'] === 'no';
      return worn || incomplete ? 'Used - Acceptable' : 'Used - Good';
    }
    case 'D':
      return 'Unsellable';
  }
}

/**
 * Returns the condition a unit is recorded and relabelled with once its disposition is chosen. A
 * unit restocked as used goes back under a used-condition FNSKU label, so a sealed grade-A unit
 * that the technician restocks as used is Used - Like New. Every other disposition keeps the
 * mapped condition.
 */
export function conditionForDisposition(condition: AmazonCondition, disposition: Disposition): AmazonCondition {
  return disposition === 'restock-used' && condition === 'New' ? 'Used - Like New' : condition;
}
