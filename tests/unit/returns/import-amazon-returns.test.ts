import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCustomerReturnsReport } from '../../../main/returns/amazon-returns-report';
import { importCustomerReturns } from '../../../main/returns/import-amazon-returns';
import { listReturnLines, listReturns } from '../../../main/returns/returns-store';
import { inWriteTransaction } from '../../../main/store/write-transaction';
import { countEvents } from '../../support/packing-fixture';
import { useTempDir } from '../../support/temp-dir';
import { createReturnsFixture, requireOk, snapshotStore } from './returns-fixture';

const filled = readFileSync(new URL('../../fixtures/returns/amazon-customer-returns-filled.tsv', import.meta.url));

describe('importCustomerReturns', () => {
  const tempDir = useTempDir();

  it('turns rows into returns awaiting intake', () => {
    const fixture = createReturnsFixture(tempDir());
    const rows = requireOk(parseCustomerReturnsReport('filled.tsv', filled));

    const summary = inWriteTransaction(fixture.db, () => importCustomerReturns(fixture.db, fixture.actor, fixture.clientId, rows));

    expect(summary).toMatchObject({ rows: 3, returnsCreated: 3, alreadyImported: 0, unknownProducts: 1 });
    const returns = listReturns(fixture.db, ['awaiting-intake'], fixture.clientId, 10);
    expect(returns.map((entry) => entry.reference).sort()).toEqual(['LPNRR100000001', 'LPNRR100000002', 'LPNRR100000003']);
    const camera = returns.find((entry) => entry.reference === 'LPNRR100000001');
    expect(camera).toMatchObject({
      referenceKind: 'amazon-return',
      orderReference: '302-1234567-1234567',
      source: 'amazon-returns-report',
      returnDate: '2026-01-12T09:15:22+00:00',
      reason: 'DEFECTIVE',
      customerComment: 'Stopped recording after two days',
    });
    expect(listReturnLines(fixture.db, camera?.id ?? 0)).toMatchObject([{ productId: fixture.cameraId, sku: 'CAM-1', fnsku: 'X00CAM0001', quantityExpected: 1 }]);
    const tripod = returns.find((entry) => entry.reference === 'LPNRR100000003');
    expect(listReturnLines(fixture.db, tripod?.id ?? 0)).toMatchObject([{ productId: null, sku: 'TRIPOD-9', quantityExpected: 2 }]);
    expect(countEvents(fixture.db, 'return-opened')).toBe(3);
    fixture.db.close();
  });

  it('changes nothing on a second import', () => {
    const fixture = createReturnsFixture(tempDir());
    const rows = requireOk(parseCustomerReturnsReport('filled.tsv', filled));
    inWriteTransaction(fixture.db, () => importCustomerReturns(fixture.db, fixture.actor, fixture.clientId, rows));
    const before = snapshotStore(fixture.db);

    const summary = inWriteTransaction(fixture.db, () => importCustomerReturns(fixture.db, fixture.actor, fixture.clientId, rows));

    expect(summary).toMatchObject({ returnsCreated: 0, alreadyImported: 3 });
    expect(snapshotStore(fixture.db)).toBe(before);
    fixture.db.close();
  });

  it('skips a license plate in another case', () => {
    const fixture = createReturnsFixture(tempDir());
    const rows = requireOk(parseCustomerReturnsReport('filled.tsv', filled));
    inWriteTransaction(fixture.db, () => importCustomerReturns(fixture.db, fixture.actor, fixture.clientId, rows));
    const lowerCase = rows.map((row) => ({ ...row, licensePlateNumber: row.licensePlateNumber.toLowerCase() }));
    const before = snapshotStore(fixture.db);

    const summary = inWriteTransaction(fixture.db, () => importCustomerReturns(fixture.db, fixture.actor, fixture.clientId, lowerCase));

    expect(summary).toMatchObject({ returnsCreated: 0, alreadyImported: 3 });
    expect(snapshotStore(fixture.db)).toBe(before);
    fixture.db.close();
  });

  it('finds a product by FNSKU', () => {
    const fixture = createReturnsFixture(tempDir());
    const rows = requireOk(parseCustomerReturnsReport('filled.tsv', filled)).map((entry) => ({ ...entry, sku: 'SELLER-SKU-UNKNOWN', fnsku: 'X00BETA001' }));

    inWriteTransaction(fixture.db, () => importCustomerReturns(fixture.db, fixture.actor, fixture.betaClientId, rows.slice(0, 1)));

    const [created] = listReturns(fixture.db, ['awaiting-intake'], fixture.betaClientId, 10);
    expect(listReturnLines(fixture.db, created?.id ?? 0)[0]?.productId).toBe(fixture.betaCameraId);
    fixture.db.close();
  });
});
