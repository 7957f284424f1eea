import { describe, expect, it } from 'vitest';
import { ensureClient, findClientByCode, insertClient } from '../../../main/store/clients';
import { testNow, useTestStore } from '../imports/test-store';

describe('clients store', () => {
  const openTestStore = useTestStore();

  it('inserts and finds a client ignoring case', () => {
    const db = openTestStore();

    const inserted = insertClient(db, { code: 'DEMO', name: 'Demo Händler GmbH', gs1CompanyPrefix: '9506000', ssccExtensionDigit: 1 }, testNow);

    expect(findClientByCode(db, 'demo')).toEqual(inserted);
    expect(inserted).toMatchObject({ code: 'DEMO', name: 'Demo Händler GmbH', gs1CompanyPrefix: '9506000', ssccExtensionDigit: 1 });
    expect(findClientByCode(db, 'OTHER')).toBeUndefined();
  });

  it('stores the ship-from address as JSON', () => {
    const db = openTestStore();
    const shipFrom = { name: 'Lager', company: '', lines: ['ul. Przykładowa 1'], postcode: '90-001', city: 'Łódź', region: '', country: 'PL', phone: '' };

    insertClient(db, { code: 'PL1', name: 'Sklep', shipFrom }, testNow);

    const stored = db.prepare('SELECT ship_from_json FROM clients').get() as { ship_from_json: string };
    expect(JSON.parse(stored.ship_from_json)).toEqual(shipFrom);
  });

  it('ensureClient leaves an existing client alone', () => {
    const db = openTestStore();
    insertClient(db, { code: 'DEMO', name: 'First name' }, testNow);

    const ensured = ensureClient(db, { code: 'DEMO', name: 'Second name' }, testNow);

    expect(ensured.created).toBe(false);
    expect(ensured.client.name).toBe('First name');
    expect((db.prepare('SELECT count(*) AS n FROM clients').get() as { n: number }).n).toBe(1);
  });
});
