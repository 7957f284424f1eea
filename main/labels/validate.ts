import { type Result, ok } from '../core/result';
import { layoutBarcode } from './barcode-layout';
import type { LabelError } from './errors';
import type { LabelDocument } from './model';

/**
 * Checks what a renderer cannot fix on its own: every barcode must encode and fit its box at
 * the document's DPI. Builders call this before handing a document out, so renderers may treat
 * a failure as a bug.
 */
export function validateLabelDocument(document: LabelDocument): Result<LabelDocument, LabelError> {
  for (const element of document.elements) {
    if (element.kind !== 'barcode') {
      continue;
    }
    const layout = layoutBarcode(element, document.dpi);
    if (!layout.ok) {
      return layout;
    }
  }
  return ok(document);
}
