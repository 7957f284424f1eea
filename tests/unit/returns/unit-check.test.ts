import { describe, expect, it } from 'vitest';
import { parseReturnConfig, saveReturnConfig } from '../../../main/returns/return-configs';
import { checkReturnedUnit } from '../../../main/returns/unit-check';
import { insertProduct } from '../../../main/store/products';
import { inWriteTransaction } from '../../../main/store/write-transaction';
import { productFields } from '../../support/packing-fixture';
import { useTempDir } from '../../support/temp-dir';
import { createReturnsFixture, requireOk, snapshotStore } from './returns-fixture';

const inTenDays = (): Date => new Date(Date.now() + 10 * 86_400_000);

describe('checkReturnedUnit', () => {
  const tempDir = useTempDir();

  it('shows the last shipment and packer', () => {
    const fixture = createReturnsFixture(tempDir());
    fixture.ship('ORD-1', ['SN000451']);
    const before = snapshotStore(fixture.db);

    const check = checkReturnedUnit(fixture.db, null, '(01)09506000123455(21)SN000451', new Date());

    expect(check.outcome).toBe('accept');
    expect(check.facts?.lastShipment).toMatchObject({ reference: 'ORD-1', clientCode: 'ACME', recipient: 'Jan Kowalski', packedBy: 'Anna' });
    expect(check.facts?.lastShipment?.cartonSscc).toMatch(/^\d{18}$/);
    expect(snapshotStore(fixture.db)).toBe(before);
    fixture.db.close();
  });

  it('takes warranty days from the product', () => {
    const fixture = createReturnsFixture(tempDir());
    fixture.ship('ORD-1', ['SN000451']);
    fixture.db.prepare('UPDATE products SET warranty_days = 7 WHERE id = ?').run(fixture.cameraId);

    const check = checkReturnedUnit(fixture.db, null, 'SN000451', inTenDays());

    expect(check.outcome !== 'refuse' && check.warranty).toEqual({ status: 'expired', daysSinceShipment: 10, warrantyDays: 7 });
    fixture.db.close();
  });

  it('falls back to category then default', () => {
    const fixture = createReturnsFixture(tempDir());
    fixture.ship('ORD-1', ['SN000451']);
    fixture.db.prepare("UPDATE products SET category = 'camera' WHERE id = ?").run(fixture.cameraId);
    const config = requireOk(parseReturnConfig({ defaultWarrantyDays: 5, categories: [{ category: 'Camera', warrantyDays: 30 }] }));
    inWriteTransaction(fixture.db, () => saveReturnConfig(fixture.db, fixture.actor, { id: fixture.clientId, code: 'ACME' }, config));

    const byCategory = checkReturnedUnit(fixture.db, null, 'SN000451', inTenDays());
    fixture.db.prepare('UPDATE products SET category = NULL WHERE id = ?').run(fixture.cameraId);
    const byDefault = checkReturnedUnit(fixture.db, null, 'SN000451', inTenDays());

    expect(byCategory.outcome !== 'refuse' && byCategory.warranty).toMatchObject({ status: 'in-warranty', warrantyDays: 30 });
    expect(byDefault.outcome !== 'refuse' && byDefault.warranty).toMatchObject({ status: 'expired', warrantyDays: 5 });
    fixture.db.close();
  });

  it('reports unknown warranty without a period', () => {
    const fixture = createReturnsFixture(tempDir());
    fixture.ship('ORD-1', ['SN000451']);

    const check = checkReturnedUnit(fixture.db, null, 'SN000451', new Date());

    expect(check.outcome !== 'refuse' && check.warranty.status).toBe('unknown');
    fixture.db.close();
  });

  it('rejects a serial of two products', () => {
    const fixture = createReturnsFixture(tempDir());
    fixture.ship('ORD-1', ['SN000451']);
    const otherId = insertProduct(fixture.db, fixture.clientId, productFields('CAM-OLD'), '2026-01-05T08:00:00.000Z');
    fixture.db
      .prepare("INSERT INTO units (product_id, serial, serial_folded, status, created_at, updated_at) VALUES (?, 'SN000451', 'SN000451', 'in-stock', '2026-01-05', '2026-01-05')")
      .run(otherId);

    const bare = checkReturnedUnit(fixture.db, null, 'SN000451', new Date());
    const gs1 = checkReturnedUnit(fixture.db, null, '(01)09506000123455(21)SN000451', new Date());

    expect(bare.outcome === 'refuse' && bare.refusal).toEqual({ code: 'serial-ambiguous', params: { serial: 'SN000451', units: 2 } });
    expect(gs1.outcome).toBe('accept');
    fixture.db.close();
  });

  it('rejects a unit reopened into packing', () => {
    const fixture = createReturnsFixture(tempDir());
    fixture.ship('ORD-1', ['SN000451']);
    fixture.db.prepare("UPDATE units SET status = 'packed' WHERE serial = 'SN000451'").run();

    const check = checkReturnedUnit(fixture.db, null, 'SN000451', new Date());

    expect(check.outcome === 'refuse' && check.refusal.code).toBe('unit-not-shipped');
    expect(check.outcome === 'refuse' && check.refusal.params['location']).toMatch(/^\d{18}$/);
    fixture.db.close();
  });

  it('rejects an unreadable scan', () => {
    const fixture = createReturnsFixture(tempDir());

    const check = checkReturnedUnit(fixture.db, null, ']C1019999', new Date());

    expect(check.outcome === 'refuse' && check.refusal.code).toBe('scan-unreadable');
    expect(check.outcome === 'refuse' && check.refusal.params['detail']).toContain('(01)');
    fixture.db.close();
  });
});
