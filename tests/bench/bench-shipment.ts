import type Database from 'better-sqlite3';
import { importFile } from '../../main/imports/import-file';
import type { Actor } from '../../main/packing/actor';
import { findOrCreateOperator } from '../../main/store/operators';
import { findShipmentsByReference } from '../../main/store/shipments';
import { readStation } from '../../main/store/station';
import { benchClients, buildBenchCatalog, firstFreshSerialNumber, serialOf, type BenchProduct } from './catalog';
import { gs1UnitScan } from './scan-text';

/** The open shipment the bench packs into, and a source of scans of units never seen before. */
export interface BenchShipment {
  readonly shipmentId: number;
  readonly actor: Actor;
  readonly products: ReadonlyArray<BenchProduct>;
  /** Returns the scanner text of the next fresh unit, cycling through the shipment's products. */
  readonly nextScan: () => string;
}

const linesPerShipment = 10;

/**
 * Imports one open shipment through the shipment CSV importer, with `linesPerShipment` lines of
 * the first client's products and room for `units` units, and signs in a bench operator. A second
 * shipment in the same run needs another `referencePrefix`, because references are unique per client.
 */
export function createBenchShipment(db: Database.Database, units: number, referencePrefix = 'BENCH'): BenchShipment {
  const client = benchClients[0];
  const station = readStation(db);
  if (client === undefined || station === undefined) {
    throw new Error('The bench store has no client or no station. Regenerate it with --regenerate.');
  }

  const products = buildBenchCatalog().filter((product) => product.clientCode === client.code).slice(0, linesPerShipment);
  const reference = `${referencePrefix}-${Date.now()}`;
  const quantity = Math.ceil(units / products.length);
  const header = 'client,reference,kind,name,company,address1,postcode,city,country,sku,quantity';
  const rows = products.map((product) => `${client.code},${reference},customer-order,Jürgen Müller,Bergsport Müller KG,Hauptstraße 5,10115,Berlin,DE,${product.sku},${quantity}`);
  const imported = importFile(db, { fileName: 'bench-shipment.csv', content: Buffer.from([header, ...rows].join('\n'), 'utf8') });
  if (!imported.ok) {
    throw new Error(`The bench shipment CSV was rejected: ${JSON.stringify(imported.error)}`);
  }
  const shipment = findShipmentsByReference(db, reference)[0];
  if (shipment === undefined) {
    throw new Error(`Shipment ${reference} is missing after its import`);
  }

  let scanned = 0;
  return {
    shipmentId: shipment.id,
    actor: { stationId: station.id, operatorId: findOrCreateOperator(db, 'Bench Operator').id },
    products,
    nextScan: () => {
      const product = products[scanned % products.length] as BenchProduct;
      const serialNumber = firstFreshSerialNumber + Math.floor(scanned / products.length);
      scanned += 1;
      return gs1UnitScan(product.gtin, serialOf(product, serialNumber));
    },
  };
}
