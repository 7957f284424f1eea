import { assertNever } from '../../core/assert';
import type { returnLabelKinds } from '../../api/channels/return-evidence-channels';

export type ReturnLabelKind = (typeof returnLabelKinds)[number];

export type Disposition = 'restock-new' | 'restock-used' | 'refurbish' | 'return-to-vendor' | 'liquidate' | 'dispose';

/**
 * Lists the labels a returned unit gets for its disposition, in print order:
 * - restock-new: the internal serial label, since the unit goes back on the shelf as new;
 * - restock-used: the grade label, plus an FNSKU label with the used condition when the
 *   product has an FNSKU (an Amazon unit must not be sent in under its new-condition label);
 * - refurbish: the grade label and the serial label, which the unit keeps through the repair;
 * - return-to-vendor: the return-to-vendor label;
 * - liquidate, dispose: the grade label, the record of what left the warehouse.
 * A graded unit without a disposition yet gets the grade label only.
 */
export function labelKindsForDisposition(disposition: Disposition | null, productHasFnsku: boolean): ReadonlyArray<ReturnLabelKind> {
  if (disposition === null) {
    return ['grade'];
  }
  switch (disposition) {
    case 'restock-new':
      return ['serial'];
    case 'restock-used':
      return productHasFnsku ? ['grade', 'fnsku-used'] : ['grade'];
    case 'refurbish':
      return ['grade', 'serial'];
    case 'return-to-vendor':
      return ['return-to-vendor'];
    case 'liquidate':
    case 'dispose':
      return ['grade'];
    default:
      return assertNever(disposition, 'disposition');
  }
}

/**
 * Label kind of the printer profile that prints each label. The FNSKU label shares the FBA
 * prep bench's 'fnsku' printer, and the serial label the receiving bench's 'serial' printer.
 */
export function printerLabelKind(kind: ReturnLabelKind): string {
  switch (kind) {
    case 'grade':
      return 'grade';
    case 'fnsku-used':
      return 'fnsku';
    case 'serial':
      return 'serial';
    case 'return-to-vendor':
      return 'return-to-vendor';
    default:
      return assertNever(kind, 'return label kind');
  }
}
