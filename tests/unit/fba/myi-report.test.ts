import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { amazonFixture } from './amazon-fixtures';
import { parseMyiReport } from '../../../main/fba/myi-report';

const fixturePath = amazonFixture('GET_FBA_MYI_UNSUPPRESSED_INVENTORY_DATA.csv');
const header = readFileSync(fixturePath, 'utf8').split('\n')[0] ?? '';
const columns = header.split('\t');

/** Writes a report in the fixture's column layout, filling the named columns of each row. */
function report(rows: ReadonlyArray<Readonly<Record<string, string>>>): Buffer {
  const lines = rows.map((row) => columns.map((column) => row[column] ?? '0').join('\t'));
  return Buffer.from(`${[header, ...lines].join('\n')}\n`, 'utf8');
}

const bottle = { sku: 'BOTTLE-750-BLU', fnsku: 'X00ABC1234', asin: 'B07XJ8C8F5', 'product-name': 'Acme Water Bottle 750 ml "Midnight" Blue', condition: 'New' };

describe('parseMyiReport', () => {
  it('reads a filled report', () => {
    const listings = parseMyiReport('myi.txt', report([bottle, { ...bottle, sku: 'NOTE-A5', fnsku: 'X002K3ZQ9L', asin: 'B08ABCDEFG', 'product-name': 'Notebook A5' }]));
    expect(listings.ok).toBe(true);
    if (!listings.ok) return;

    expect(listings.value).toEqual([
      { row: 2, sku: 'BOTTLE-750-BLU', fnsku: 'X00ABC1234', asin: 'B07XJ8C8F5', title: 'Acme Water Bottle 750 ml "Midnight" Blue', condition: 'New' },
      { row: 3, sku: 'NOTE-A5', fnsku: 'X002K3ZQ9L', asin: 'B08ABCDEFG', title: 'Notebook A5', condition: 'New' },
    ]);
  });

  it('normalizes FNSKU case and spaces', () => {
    const listings = parseMyiReport('myi.txt', report([{ ...bottle, fnsku: ' x00abc1234 ' }]));
    expect(listings.ok).toBe(true);
    if (!listings.ok) return;
    expect(listings.value[0]?.fnsku).toBe('X00ABC1234');
  });

  it.each(['X00ABC123', 'X00ABC12345', '1234567890', '1.23E+09'])('rejects FNSKU %j', (fnsku) => {
    const listings = parseMyiReport('myi.txt', report([{ ...bottle, fnsku }]));
    expect(listings.ok).toBe(false);
    if (listings.ok) return;
    expect(listings.error.code).toBe('import-invalid-value');
    expect(listings.error.row).toBe(2);
    expect(listings.error.column).toBe('fnsku');
    expect(listings.error.expected).toBe('fnsku');
  });

  it('rejects the header-only fixture', () => {
    const listings = parseMyiReport('GET_FBA_MYI_UNSUPPRESSED_INVENTORY_DATA.csv', readFileSync(fixturePath));
    expect(listings.ok).toBe(false);
    if (listings.ok) return;
    expect(listings.error.code).toBe('import-invalid-value');
    expect(listings.error.row).toBe(2);
    expect(listings.error.column).toBe('fnsku');
    expect(listings.error.value).toBe('fnsku');
  });

  it('rejects a duplicate SKU', () => {
    const listings = parseMyiReport('myi.txt', report([bottle, { ...bottle, fnsku: 'X002K3ZQ9L' }]));
    expect(listings.ok).toBe(false);
    if (listings.ok) return;
    expect(listings.error.code).toBe('import-duplicate-row');
    expect(listings.error.row).toBe(3);
  });

  it('rejects a missing fnsku column', () => {
    const content = Buffer.from('sku\tasin\tproduct-name\nBOTTLE\tB07XJ8C8F5\tBottle\n');
    const listings = parseMyiReport('myi.txt', content);
    expect(listings.ok).toBe(false);
    if (listings.ok) return;
    expect(listings.error.code).toBe('import-missing-column');
    expect(listings.error.column).toBe('fnsku');
  });

  it('rejects a header without rows', () => {
    const listings = parseMyiReport('myi.txt', Buffer.from(`${header}\n`));
    expect(listings.ok).toBe(false);
    if (listings.ok) return;
    expect(listings.error.code).toBe('import-empty');
  });
});
