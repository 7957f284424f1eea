import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importFile, maxImportBytes, parseImportFile } from '../../../main/imports/import-file';
import { insertClient } from '../../../main/store/clients';
import { csv, errorOf, tableCounts, testNow, useTestStore, valueOf } from './test-store';

describe('importFile', () => {
  const openTestStore = useTestStore();

  it('rejects a file over the size limit', () => {
    const content = Buffer.alloc(maxImportBytes + 1, 0x20);

    const result = parseImportFile({ fileName: 'huge.csv', content });

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ code: 'import-too-large', file: 'huge.csv' });
    expect(result.error.text).toContain(String(maxImportBytes));
  });

  it('rejects empty and blank files', () => {
    for (const content of [Buffer.alloc(0), Buffer.from(' \r\n\n', 'utf8'), Buffer.from([0xef, 0xbb, 0xbf])]) {
      const result = parseImportFile({ fileName: 'empty.csv', content });
      expect(errorOf(result).code).toBe('import-empty');
    }
  });

  it('rejects a header it cannot place', () => {
    const result = parseImportFile({ fileName: 'notes.csv', content: csv(['colour,size', 'red,XL']) });

    expect(errorOf(result).code).toBe('import-format-unknown');
  });

  it('detects each format from content', () => {
    const cases: ReadonlyArray<readonly [string, string, string]> = [
      ['products.csv', 'sku;title\nA;B\n', 'products-csv'],
      ['orders.csv', 'reference,sku,quantity\nR,A,1\n', 'shipments-csv'],
      ['report.txt', 'order-id\tsku\tquantity-purchased\tquantity-to-ship\nO1\tA\t1\t1\n', 'amazon-order-report'],
      ['export.txt', '{"orders":[]}', 'shopify-orders-json'],
      ['export.json', ' {"orders":[]}', 'shopify-orders-json'],
    ];
    for (const [fileName, text, format] of cases) {
      const result = parseImportFile({ fileName, content: Buffer.from(text, 'utf8'), clientCode: 'ANY' });
      expect(valueOf(result).format, fileName).toBe(format);
    }
  });

  it('writes nothing when a later row fails', () => {
    const db = openTestStore();
    insertClient(db, { code: 'ACME', name: 'Acme' }, testNow);
    const before = tableCounts(db);
    const content = csv(['client,client_name,sku,title', 'NEW,New client,A-1,Fine', 'ACME,,A-2,Fine', 'ACME,,A-3,"bad\ntitle"']);

    const result = importFile(db, { fileName: 'p.csv', content, now: testNow });

    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ row: 4, column: 'title', expected: 'text' });
    expect(tableCounts(db)).toEqual(before);
  });

  it('rolls back when the store step fails', () => {
    const db = openTestStore();
    const content = csv(['client,client_name,sku,title', 'NEW,New client,A-1,Fine', 'MISSING,,A-2,Fine']);

    const result = importFile(db, { fileName: 'p.csv', content, now: testNow });

    expect(errorOf(result).code).toBe('import-client-not-found');
    expect(tableCounts(db)).toEqual({ clients: 0, products: 0, shipments: 0, shipment_lines: 0 });
  });

  it('survives hostile bytes without partial writes', () => {
    const db = openTestStore();
    insertClient(db, { code: 'ACME', name: 'Acme' }, testNow);
    const seeded = importFile(db, { fileName: 'p.csv', content: csv(['sku,title', 'A-1,Scanner']), clientCode: 'ACME', now: testNow });
    expect(seeded.ok).toBe(true);
    const fileNames = fc.constantFrom('x.csv', 'x.json', 'x.txt', 'x');
    const headers = fc.constantFrom(
      'sku,title\n',
      'client;reference;sku;quantity\n',
      'order-id\tsku\tquantity-purchased\tquantity-to-ship\n',
      '{"orders":',
      '',
    );
    const hostileText = fc.string({ unit: fc.constantFrom('A-1', ',', ';', '\t', '\n', '"', '=', '-1', '0', 'ACME', '\u0000', 'é', '[', '{', '}', ']') });

    fc.assert(
      fc.property(fileNames, fc.oneof(fc.uint8Array({ maxLength: 200 }), fc.tuple(headers, hostileText).map(([head, body]) => Buffer.from(head + body, 'utf8'))), (fileName, bytes) => {
        const before = tableCounts(db);
        const result = importFile(db, { fileName, content: Buffer.from(bytes), clientCode: 'ACME', now: testNow });
        if (!result.ok) {
          expect(tableCounts(db)).toEqual(before);
          expect(result.error.text.length).toBeGreaterThan(0);
          expect(result.error.message.key).toMatch(/^imports:errors\./);
        }
      }),
      { numRuns: 300 },
    );
  });
});
