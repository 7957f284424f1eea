import type Database from 'better-sqlite3';
import { err, ok, type Result } from '../core/result';
import { findProductBySku, insertProduct, productFieldsEqual, productHasUnits, updateProductFields } from '../store/products';
import { prepared } from '../store/statement-cache';
import type { ClientResolver } from './client-resolver';
import type { ProductDraft } from './drafts';
import { importError, type ImportError } from './import-error';

/**
 * Writes product drafts: a new SKU is inserted and a known SKU gets the file's catalog fields.
 * Returns how many products were inserted or changed. Changing the GTIN or serial tracking of a
 * product with recorded units is refused, because those units were identified by the old values.
 */
export function applyProducts(
  db: Database.Database,
  file: string,
  drafts: ReadonlyArray<ProductDraft>,
  clients: ClientResolver,
  now: string,
): Result<number, ImportError> {
  let written = 0;
  for (const draft of drafts) {
    const client = clients.resolve(draft.client);
    if (!client.ok) return client;

    const existing = findProductBySku(db, client.value.id, draft.fields.sku);
    if (existing === undefined) {
      const productId = insertProduct(db, client.value.id, draft.fields, now);
      setReturnsFacts(db, productId, draft);
      written += 1;
      continue;
    }
    const factsChanged = setReturnsFacts(db, existing.id, draft);
    if (productFieldsEqual(existing, draft.fields)) {
      written += factsChanged ? 1 : 0;
      continue;
    }

    const identityChanged = existing.gtin !== draft.fields.gtin || existing.serialTracked !== draft.fields.serialTracked;
    if (identityChanged && productHasUnits(db, existing.id)) {
      const row = 'row' in draft.origin ? draft.origin.row : undefined;
      return err(importError('import-product-in-use', 'productInUse', { file, row, value: draft.fields.sku }));
    }
    updateProductFields(db, existing.id, draft.fields);
    written += 1;
  }
  return ok(written);
}

/** Writes the draft's category and warranty days when the file has them; true when that changed the row. */
function setReturnsFacts(db: Database.Database, productId: number, draft: ProductDraft): boolean {
  if (draft.returnsFacts === undefined) {
    return false;
  }
  const info = prepared(db, 'UPDATE products SET category = ?, warranty_days = ? WHERE id = ? AND (category IS NOT ? OR warranty_days IS NOT ?)').run(draft.returnsFacts.category, draft.returnsFacts.warrantyDays, productId, draft.returnsFacts.category, draft.returnsFacts.warrantyDays);
  return info.changes === 1;
}
