import { type Result, ok } from '../core/result';
import { layoutBarcode } from './barcode-layout';
import { layoutPdf417 } from './pdf417';
import type { LabelError } from './errors';
import type { LabelDocument } from './model';

/**
 * Checks what a renderer cannot fix on its own: every barcode, linear or PDF417, must encode and fit its box at
 * the document's DPI. Builders call this before handing a document out, so renderers may treat
 * a failure as a bug.
 */
export function validateLabelDocument(document: LabelDocument): Result<LabelDocument, LabelError> {
  for (const element of document.elements) {
    if (element.kind !== 'barcode' && element.kind !== 'pdf417') {
      continue;
    }
    const layout = element.kind === 'barcode' ? layoutBarcode(element, document.dpi) : layoutPdf417(element, document.dpi);
    if (!layout.ok) {
      return layout;
    }
  }
  return ok(document);
}
