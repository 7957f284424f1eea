import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../../main/imports/import-file';
import { findClientByCode } from '../../../main/store/clients';
import { findShipmentForImport } from '../../../main/store/shipment-imports';
import { csv, tableCounts, testNow, useTestStore, valueOf } from './test-store';

const header = 'client;reference;kind;name;company;address1;address2;postcode;city;region;country;phone;sku;quantity';

function seedCatalog(db: Database.Database): void {
  const products = csv(['client,client_name,sku,title', 'ACME,Acme GmbH,000123,Scanner', 'ACME,,12E34,Dock']);
  const result = importFile(db, { fileName: 'products.csv', content: products, now: testNow });
  if (!result.ok) throw new Error(result.error.text);
}

function importShipments(db: Database.Database, rows: ReadonlyArray<string>) {
  return importFile(db, { fileName: 'orders.csv', content: csv([header, ...rows]), now: testNow });
}

describe('shipment CSV import', () => {
  const openTestStore = useTestStore();

  it('groups rows into one shipment', () => {
    const db = openTestStore();
    seedCatalog(db);

    const result = importShipments(db, [
      'ACME;SO-1;;Zoë Lefèvre;;12 rue de l’Église;;69002;Lyon;;FR;+33 4 72 00 00 00;000123;2',
      'ACME;SO-1;;;;;;;;;;;12E34;1',
      'ACME;SO-1;;;;;;;;;;;000123;1',
    ]);

    expect(valueOf(result)).toMatchObject({ format: 'shipments-csv', shipmentsCreated: 1, lines: 2 });
    const client = findClientByCode(db, 'ACME')!;
    const shipment = findShipmentForImport(db, client.id, 'SO-1');
    expect(shipment?.kind).toBe('customer-order');
    expect(shipment?.shipTo).toEqual({
      name: 'Zoë Lefèvre',
      company: '',
      lines: ['12 rue de l’Église'],
      postcode: '69002',
      city: 'Lyon',
      region: '',
      country: 'FR',
      phone: '+33 4 72 00 00 00',
    });
    expect(shipment?.lines.map((line) => line.quantity)).toEqual([3, 1]);
  });

  it('counts an identical re-import as unchanged', () => {
    const db = openTestStore();
    seedCatalog(db);
    const rows = ['ACME;SO-1;;Ann;;Main St 1;;1000;Town;;DE;;000123;2'];
    importShipments(db, rows);

    const again = importShipments(db, rows);

    expect(valueOf(again)).toMatchObject({ shipmentsCreated: 0, shipmentsUnchanged: 1, shipmentsUpdated: 0, lines: 0 });
    expect(tableCounts(db)).toMatchObject({ shipments: 1, shipment_lines: 1 });
  });

  it('replaces an unpacked changed shipment', () => {
    const db = openTestStore();
    seedCatalog(db);
    importShipments(db, ['ACME;SO-1;;Ann;;Main St 1;;1000;Town;;DE;;000123;2']);

    const changed = importShipments(db, ['ACME;SO-1;;Ann;;Main St 2;;1000;Town;;DE;;12E34;5']);

    expect(valueOf(changed)).toMatchObject({ shipmentsUpdated: 1, lines: 1 });
    const shipment = findShipmentForImport(db, findClientByCode(db, 'ACME')!.id, 'SO-1');
    expect(shipment?.shipTo.lines).toEqual(['Main St 2']);
    expect(shipment?.lines).toEqual([{ productId: 2, quantity: 5 }]);
  });

  it('refuses a change once packing started', () => {
    const db = openTestStore();
    seedCatalog(db);
    importShipments(db, ['ACME;SO-1;;Ann;;Main St 1;;1000;Town;;DE;;000123;2']);
    db.prepare('UPDATE shipment_lines SET quantity_packed = 1').run();
    const before = tableCounts(db);

    const changed = importShipments(db, [
      'ACME;SO-2;;Bob;;Side St 1;;1000;Town;;DE;;000123;1',
      'ACME;SO-1;;Ann;;Main St 1;;1000;Town;;DE;;000123;3',
    ]);

    expect(changed.ok).toBe(false);
    if (changed.ok) return;
    expect(changed.error).toMatchObject({ code: 'import-shipment-packing-started', value: 'SO-1' });
    expect(changed.error.text).toContain('packing has started');
    expect(tableCounts(db)).toEqual(before);
  });

  it('still accepts an identical re-import after packing', () => {
    const db = openTestStore();
    seedCatalog(db);
    const rows = ['ACME;SO-1;;Ann;;Main St 1;;1000;Town;;DE;;000123;2'];
    importShipments(db, rows);
    db.prepare('UPDATE shipment_lines SET quantity_packed = 2').run();

    const again = importShipments(db, rows);

    expect(valueOf(again).shipmentsUnchanged).toBe(1);
  });

  it('rejects an unknown SKU naming the cell', () => {
    const db = openTestStore();
    seedCatalog(db);

    const result = importShipments(db, ['ACME;SO-1;;;;;;;;;;;000123;1', 'ACME;SO-1;;;;;;;;;;;123;1']);

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ code: 'import-product-not-found', row: 3, column: 'sku', value: '123' });
    expect(tableCounts(db).shipments).toBe(0);
  });

  it('rejects a conflicting ship-to on a later row', () => {
    const db = openTestStore();
    seedCatalog(db);

    const result = importShipments(db, ['ACME;SO-1;;Ann;;;;;Berlin;;DE;;000123;1', 'ACME;SO-1;;;;;;;Hamburg;;;;12E34;1']);

    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ code: 'import-inconsistent-shipment', row: 3, column: 'city', value: 'Hamburg' });
  });

  it('rejects a zero quantity', () => {
    const db = openTestStore();
    seedCatalog(db);

    const result = importShipments(db, ['ACME;SO-1;;;;;;;;;;;000123;0']);

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ row: 2, column: 'quantity', value: '0', expected: 'positiveWholeNumber' });
  });

  it('accepts header synonyms and spacing', () => {
    const db = openTestStore();
    seedCatalog(db);
    const content = csv([' Client , Order , SKU , Qty ', 'ACME,SO-9,000123,4']);

    const result = importFile(db, { fileName: 'orders.csv', content, now: testNow });

    expect(valueOf(result).shipmentsCreated).toBe(1);
  });

  it('rejects an unknown shipment kind', () => {
    const db = openTestStore();
    seedCatalog(db);

    const result = importShipments(db, ['ACME;SO-1;return;;;;;;;;;;000123;1']);

    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ column: 'kind', value: 'return', expected: 'shipmentKind' });
  });
});
