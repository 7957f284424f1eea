import type Database from 'better-sqlite3';
import { createRowLookup } from '../../store/row-lookup';

/** The product and client fields an EPCIS unit identifier is built from. */
export interface EpcisProduct {
  readonly gtin: string | null;
  readonly sku: string;
  readonly clientCode: string;
  readonly companyPrefix: string | null;
}

/** Looks up products and clients for one export, each id once. */
export interface EpcisLookups {
  product(productId: number): EpcisProduct | undefined;
  clientCompanyPrefix(clientId: number): string | null;
}

/**
 * Creates the lookups of one export. Millions of events name a few hundred products and a few
 * clients, so each is read once instead of joined on every event row.
 */
export function createEpcisLookups(db: Database.Database): EpcisLookups {
  const products = createRowLookup<EpcisProduct>(
    db,
    'SELECT p.gtin, p.sku, c.code AS clientCode, c.gs1_company_prefix AS companyPrefix FROM products p JOIN clients c ON c.id = p.client_id WHERE p.id = ?',
  );
  const clients = createRowLookup<{ companyPrefix: string | null }>(db, 'SELECT gs1_company_prefix AS companyPrefix FROM clients WHERE id = ?');
  return {
    product: products,
    clientCompanyPrefix: (clientId) => clients(clientId)?.companyPrefix ?? null,
  };
}
