import type Database from 'better-sqlite3';
import { err, ok, type Result } from '../core/result';
import type { Actor } from '../packing/actor';
import { decodeScan } from '../scan/decode';
import type { ScanError } from '../scan/types';
import { findReceiptById } from './receipts';
import { receiveUnit, type ReceiveError, type ReceivedUnit, type ReceivingProduct } from './receive-unit';
import { findReceivingProduct, findReceivingProductByCode } from './receiving-products';

/** The outcome of one receiving scan: a product waiting for its serial scan, or a unit booked in. */
export type ReceiveScanOutcome =
  | { readonly kind: 'product'; readonly productId: number; readonly sku: string }
  | { readonly kind: 'unit'; readonly sku: string; readonly received: ReceivedUnit };

export type ReceiveScanError =
  | ReceiveError
  | { readonly code: 'receipt-not-found'; readonly receiptId: number }
  | { readonly code: 'decode-error'; readonly scan: ScanError }
  | { readonly code: 'unknown-product'; readonly productCode: string }
  | { readonly code: 'product-needed'; readonly serial: string };

export interface ReceiveScanRequest {
  readonly receiptId: number;
  readonly raw: string;
  /** The product named by the previous scan, waiting for its serial; null when none is. */
  readonly pendingProductId: number | null;
  readonly idempotencyKey?: string;
}

/**
 * Handles one receiving scan in the caller's write transaction. GS1 data with GTIN and serial
 * (and lot and expiry when present) books a unit in at once. A GTIN or SKU names the product: a
 * product with a manufacturer serial then waits for the serial scan, and one without gets an
 * assigned serial at once. Plain text after a product scan is that product's serial.
 */
export function handleReceiveScan(db: Database.Database, actor: Actor, request: ReceiveScanRequest): Result<ReceiveScanOutcome, ReceiveScanError> {
  const receipt = findReceiptById(db, request.receiptId);
  if (receipt === undefined) {
    return err({ code: 'receipt-not-found', receiptId: request.receiptId });
  }
  const decoded = decodeScan(request.raw);
  if (!decoded.ok) {
    return err({ code: 'decode-error', scan: decoded.error });
  }

  const value = decoded.value;
  const receive = (product: ReceivingProduct, serialText: string | null, lot: string | null, expiry: string | null): Result<ReceiveScanOutcome, ReceiveScanError> => {
    const received = receiveUnit(db, actor, receipt, product, { serialText, lot, expiry, idempotencyKey: request.idempotencyKey });
    return received.ok ? ok({ kind: 'unit', sku: product.sku, received: received.value }) : received;
  };
  const nameProduct = (code: string): Result<ReceiveScanOutcome, ReceiveScanError> => {
    const product = findReceivingProductByCode(db, receipt.clientId, code);
    if (product === undefined) {
      return err({ code: 'unknown-product', productCode: code });
    }
    return product.serialSource === 'assigned' ? receive(product, null, null, null) : ok({ kind: 'product', productId: product.id, sku: product.sku });
  };

  if (value.kind === 'gs1' && value.fields.gtin !== undefined) {
    const product = findReceivingProductByCode(db, receipt.clientId, value.fields.gtin);
    if (product === undefined) {
      return err({ code: 'unknown-product', productCode: value.fields.gtin });
    }
    if (value.fields.serial === undefined && product.serialSource === 'manufacturer') {
      return ok({ kind: 'product', productId: product.id, sku: product.sku });
    }
    return receive(product, value.fields.serial ?? null, value.fields.lot ?? null, value.fields.expiry ?? null);
  }
  if (value.kind === 'gtin') {
    return nameProduct(value.gtin);
  }
  if (value.kind === 'serial') {
    const pending = request.pendingProductId === null ? undefined : findReceivingProduct(db, request.pendingProductId);
    if (pending !== undefined) {
      return receive(pending, value.serial, null, null);
    }
    const asProduct = findReceivingProductByCode(db, receipt.clientId, value.serial.trim());
    return asProduct === undefined ? err({ code: 'product-needed', serial: value.serial }) : nameProduct(value.serial.trim());
  }
  return err({ code: 'unknown-product', productCode: request.raw.trim() });
}
