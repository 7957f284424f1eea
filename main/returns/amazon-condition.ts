import type { AmazonCondition, ReturnGrade } from './return-terms';

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
