import { assertNever } from '../core/assert';
import type { Disposition, RelabelKind } from './return-terms';

/**
 * Lists the labels a disposition calls for. A unit restocked as new keeps its product labels and
 * gets an internal serial label. A unit restocked as used gets a grade label, a used-condition
 * FNSKU label when its product has an FNSKU (the New FNSKU label must not stay on it), and a
 * serial label. Refurbishment gets grade and serial labels so the workshop can trace it. A unit
 * returned to the vendor gets the return-to-vendor label. Liquidation lots carry the grade.
 * Disposal needs none.
 */
export function labelsForDisposition(disposition: Disposition, productHasFnsku: boolean): ReadonlyArray<RelabelKind> {
  switch (disposition) {
    case 'restock-new':
      return ['serial'];
    case 'restock-used':
      return productHasFnsku ? ['grade', 'fnsku-used', 'serial'] : ['grade', 'serial'];
    case 'refurbish':
      return ['grade', 'serial'];
    case 'return-to-vendor':
      return ['return-to-vendor'];
    case 'liquidate':
      return ['grade'];
    case 'dispose':
      return [];
    default:
      return assertNever(disposition, 'disposition');
  }
}
