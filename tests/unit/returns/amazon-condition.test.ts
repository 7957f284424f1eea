import { describe, expect, it } from 'vitest';
import { mapAmazonCondition } from '../../../main/returns/amazon-condition';

describe('mapAmazonCondition', () => {
  const cases = [
    { grade: 'A', answers: { packaging: 'sealed' }, condition: 'New' },
    { grade: 'A', answers: { packaging: 'opened' }, condition: 'Used - Like New' },
    { grade: 'A', answers: {}, condition: 'Used - Like New' },
    { grade: 'B', answers: { packaging: 'sealed' }, condition: 'Used - Very Good' },
    { grade: 'C', answers: { cosmetic: 'light-wear', accessories: 'yes' }, condition: 'Used - Good' },
    { grade: 'C', answers: { cosmetic: 'heavy-wear', accessories: 'yes' }, condition: 'Used - Acceptable' },
    { grade: 'C', answers: { cosmetic: 'broken' }, condition: 'Used - Acceptable' },
    { grade: 'C', answers: { cosmetic: 'as-new', accessories: 'no' }, condition: 'Used - Acceptable' },
    { grade: 'D', answers: { packaging: 'sealed' }, condition: 'Unsellable' },
  ] as const;

  for (const entry of cases) {
    it(`maps grade ${entry.grade} with ${JSON.stringify(entry.answers)}`, () => {
      expect(mapAmazonCondition(entry.grade, entry.answers)).toBe(entry.condition);
    });
  }
});
