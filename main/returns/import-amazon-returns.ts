import type Database from 'better-sqlite3';
import { invariant } from '../core/assert';
import type { Actor } from '../packing/actor';
import { findClientProductBySku } from '../store/catalog-lookup';
import { prepared } from '../store/statement-cache';
import type { CustomerReturnRow } from './amazon-returns-report';
import { insertReturnWithLines } from './open-return';
import { findReturnByReference } from './returns-store';

export interface CustomerReturnsImport {
  readonly rows: number;
  readonly returnsCreated: number;
  /** Rows whose license plate number this client's returns already have; they change nothing. */
  readonly alreadyImported: number;
  /** Created returns whose SKU and FNSKU the client's catalog does not know. */
  readonly unknownProducts: number;
  readonly returnIds: ReadonlyArray<number>;
}

/**
 * Turns each row of a parsed customer returns report into a return awaiting intake, in the
 * caller's write transaction: kind 'amazon-return' with the license plate number as reference,
 * the order ID, reason, customer comment and return date, and one line for the product found by
 * the client's SKU, else its FNSKU. A license plate number imported before is skipped, so
 * importing the same file twice changes nothing.
 */
export function importCustomerReturns(db: Database.Database, actor: Actor, clientId: number, rows: ReadonlyArray<CustomerReturnRow>): CustomerReturnsImport {
  invariant(db.inTransaction, 'importCustomerReturns runs inside a write transaction');
  const returnIds: number[] = [];
  let alreadyImported = 0;
  let unknownProducts = 0;

  for (const row of rows) {
    if (findReturnByReference(db, 'amazon-return', clientId, row.licensePlateNumber) !== undefined) {
      alreadyImported += 1;
      continue;
    }
    const productId = findClientProductBySku(db, clientId, row.sku)?.id ?? findProductIdByFnsku(db, clientId, row.fnsku);
    if (productId === null) {
      unknownProducts += 1;
    }
    const returnId = insertReturnWithLines(
      db,
      actor,
      {
        clientId,
        referenceKind: 'amazon-return',
        reference: row.licensePlateNumber,
        orderReference: row.orderId,
        trackingNumber: null,
        removalOrderId: null,
        source: 'amazon-returns-report',
        returnDate: row.returnDate,
        reason: row.reason,
        customerComment: row.customerComments,
      },
      [{ productId, sku: row.sku, fnsku: row.fnsku, expectedSerial: null, quantityExpected: row.quantity }],
      null,
    );
    returnIds.push(returnId);
  }
  return { rows: rows.length, returnsCreated: returnIds.length, alreadyImported, unknownProducts, returnIds };
}

function findProductIdByFnsku(db: Database.Database, clientId: number, fnsku: string | null): number | null {
  if (fnsku === null) {
    return null;
  }
  return prepared<[number, string], { id: number }>(db, 'SELECT id FROM products WHERE client_id = ? AND fnsku = ?').get(clientId, fnsku)?.id ?? null;
}
