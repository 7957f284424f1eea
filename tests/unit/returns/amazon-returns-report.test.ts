import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCustomerReturnsReport } from '../../../main/returns/amazon-returns-report';
import { sharedFixturePath } from './shared-fixture';

const filledPath = new URL('../../fixtures/returns/amazon-customer-returns-filled.tsv', import.meta.url);
const filled = readFileSync(filledPath);
const realFixture = readFileSync(sharedFixturePath('airbyte-amazon-seller-partner/GET_FBA_FULFILLMENT_CUSTOMER_RETURNS_DATA.csv'));
const header = filled.toString('utf8').split('\n')[0] ?? '';

function report(...rows: ReadonlyArray<string>): Uint8Array {
  return new TextEncoder().encode([header, ...rows].join('\n') + '\n');
}

const goodRow = ['2026-01-12', 'ORD-1', 'CAM-1', '', '', 'Camera', '1', 'WRO5', 'SELLABLE', 'DEFECTIVE', 'Unit returned to Inventory', 'LPN0001', ''];

function row(changes: Readonly<Record<number, string>>): string {
  return goodRow.map((cell, index) => changes[index] ?? cell).join('\t');
}

describe('parseCustomerReturnsReport', () => {
  it('reads the filled report', () => {
    const parsed = parseCustomerReturnsReport('filled.tsv', filled);

    expect(parsed.ok && parsed.value.length).toBe(3);
    expect(parsed.ok && parsed.value[0]).toEqual({
      row: 2,
      returnDate: '2026-01-12T09:15:22+00:00',
      orderId: '302-1234567-1234567',
      sku: 'CAM-1',
      fnsku: 'X00CAM0001',
      productName: 'Action camera 4K',
      quantity: 1,
      reason: 'DEFECTIVE',
      licensePlateNumber: 'LPNRR100000001',
      customerComments: 'Stopped recording after two days',
    });
    expect(parsed.ok && parsed.value[1]?.productName).toBe('Wide lens "pro" 18mm');
  });

  it('names row and column of the real fixture', () => {
    const parsed = parseCustomerReturnsReport('GET_FBA_FULFILLMENT_CUSTOMER_RETURNS_DATA.csv', realFixture);

    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error).toMatchObject({ code: 'import-invalid-value', row: 2, column: 'return-date', value: 'return-date' });
    expect(!parsed.ok && parsed.error.text).toContain('row 2, column return-date');
    expect(!parsed.ok && parsed.error.message.key).toBe('returns:import.invalidReturnDate');
  });

  it('rejects a duplicate license plate', () => {
    const parsed = parseCustomerReturnsReport('dup.tsv', report(row({}), row({ 1: 'ORD-2' })));

    expect(!parsed.ok && parsed.error).toMatchObject({ code: 'import-duplicate-row', row: 3, column: 'license-plate-number' });
    expect(!parsed.ok && parsed.error.text).toContain('row 2');
  });

  it('rejects invalid cells', () => {
    const cases: ReadonlyArray<{ readonly changes: Readonly<Record<number, string>>; readonly column: string }> = [
      { changes: { 0: '12/01/2026' }, column: 'return-date' },
      { changes: { 0: '2026-13-45' }, column: 'return-date' },
      { changes: { 1: '' }, column: 'order-id' },
      { changes: { 2: '' }, column: 'sku' },
      { changes: { 4: 'X00' }, column: 'fnsku' },
      { changes: { 6: '0' }, column: 'quantity' },
      { changes: { 6: 'one' }, column: 'quantity' },
      { changes: { 11: '' }, column: 'license-plate-number' },
    ];
    for (const entry of cases) {
      const parsed = parseCustomerReturnsReport('bad.tsv', report(row(entry.changes)));
      expect(!parsed.ok && { row: parsed.error.row, column: parsed.error.column }).toEqual({ row: 2, column: entry.column });
    }
  });

  it('rejects a missing column', () => {
    const text = 'return-date\torder-id\tsku\tquantity\n2026-01-12\tORD-1\tCAM-1\t1\n';

    const parsed = parseCustomerReturnsReport('short.tsv', new TextEncoder().encode(text));

    expect(!parsed.ok && parsed.error).toMatchObject({ code: 'import-missing-column', column: 'license-plate-number' });
  });

  it('rejects bytes that are not UTF-8', () => {
    const parsed = parseCustomerReturnsReport('latin1.tsv', new Uint8Array([0x72, 0xe9, 0x0a]));

    expect(!parsed.ok && parsed.error.code).toBe('import-not-utf8');
  });

  it('rejects a report without rows', () => {
    const parsed = parseCustomerReturnsReport('empty.tsv', report());

    expect(!parsed.ok && parsed.error.code).toBe('import-empty');
  });
});
