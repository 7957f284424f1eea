import { describe, expect, it } from 'vitest';
import { importFile } from '../../../main/imports/import-file';
import { useTempDir } from '../../support/temp-dir';
import { openTestStore } from '../../support/test-store';

function csv(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

describe('product import returns columns', () => {
  const tempDir = useTempDir();

  it('stores category and warranty days', () => {
    const db = openTestStore(tempDir());

    const first = importFile(db, { fileName: 'p.csv', content: csv('client,client_name,sku,title,category,warranty_days\nACME,Acme,CAM-1,Camera,camera,730\nACME,Acme,LENS-2,Lens,,\n') });
    const rows = () => db.prepare('SELECT sku, category, warranty_days AS warrantyDays FROM products ORDER BY sku').all();

    expect(first.ok).toBe(true);
    expect(rows()).toEqual([
      { sku: 'CAM-1', category: 'camera', warrantyDays: 730 },
      { sku: 'LENS-2', category: null, warrantyDays: null },
    ]);

    const withoutColumns = importFile(db, { fileName: 'p.csv', content: csv('client,sku,title\nACME,CAM-1,Camera\n') });
    expect(withoutColumns.ok).toBe(true);
    expect(rows()[0]).toEqual({ sku: 'CAM-1', category: 'camera', warrantyDays: 730 });

    const changed = importFile(db, { fileName: 'p.csv', content: csv('client,sku,title,warranty_days\nACME,CAM-1,Camera,365\n') });
    expect(changed.ok && changed.value.products).toBe(1);
    expect(rows()[0]).toEqual({ sku: 'CAM-1', category: null, warrantyDays: 365 });
    db.close();
  });

  it('rejects an invalid warranty', () => {
    const db = openTestStore(tempDir());

    const result = importFile(db, { fileName: 'p.csv', content: csv('client,client_name,sku,title,warranty_days\nACME,Acme,CAM-1,Camera,two years\n') });

    expect(!result.ok && result.error).toMatchObject({ code: 'import-invalid-value', row: 2, column: 'warranty_days' });
    expect(db.prepare('SELECT count(*) AS n FROM products').get()).toEqual({ n: 0 });
    db.close();
  });
});
