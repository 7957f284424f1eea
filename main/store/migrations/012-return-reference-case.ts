import type { Migration } from './migration';

/**
 * An index over return references in upper case, so the desk finds a reference scanned with
 * CapsLock on, and rejects a case-only duplicate, without reading every return. SQLite's upper()
 * folds ASCII letters only, which covers the RMAs, license plate numbers and tracking numbers seen.
 */
export const returnReferenceCase: Migration = {
  version: 12,
  name: 'return references by upper case',
  up: (db) => {
    db.exec(`CREATE INDEX returns_by_reference_upper ON returns (upper(reference)) WHERE reference <> '';`);
  },
};
