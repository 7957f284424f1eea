import type Database from 'better-sqlite3';
import { invariant } from '../core/assert';
import { err, ok, type Result } from '../core/result';
import type { Actor } from '../packing/actor';
import { closeOpenCarton } from '../packing/carton-actions';
import { recordScan } from '../packing/scan-pipeline';
import { finishShipment } from '../packing/shipment-completion';
import { findClientByCode } from '../store/clients';
import { findProductBySku } from '../store/products';
import { insertShipment } from '../store/shipment-imports';
import { nowIso } from '../store/write-transaction';
import { openReturn, type OpenReturnRequest } from './open-return';
import { findReturnByReference } from './returns-store';

/**
 * The serials and references of the returns demo, for screens and end-to-end tests:
 * - scanning `normalSerial` on `normalRma` is a clean return;
 * - `swapRma` expects `expectedSwapSerial`, so scanning `swappedSerial` (shipped on another
 *   order) is flagged as a serial swap;
 * - `neverShippedSerial` is unknown and is rejected;
 * - `amazonLicensePlate` is an Amazon return awaiting intake.
 */
export const returnsDemo = {
  clientCode: 'DEMO',
  sku: 'DEMO-SCAN-2D',
  orders: ['DEMO-R-2001', 'DEMO-R-2002'],
  normalRma: 'DEMO-RMA-1',
  normalSerial: 'HS900001',
  swapRma: 'DEMO-RMA-2',
  expectedSwapSerial: 'HS900002',
  swappedSerial: 'HS900003',
  neverShippedSerial: 'HS999999',
  amazonLicensePlate: 'LPNDEMO0000001',
} as const;

export interface ReturnsDemoSummary {
  readonly unitsShipped: number;
  readonly returnsCreated: number;
}

export type ReturnsDemoError = { readonly code: 'demo-not-loaded' };

/**
 * Adds the returns demo to a station that has the demo client, in the caller's write
 * transaction: two orders of DEMO-SCAN-2D packed and shipped through the packing rules, and
 * three returns on them. Loading it again changes nothing. A demo step that fails is a bug in
 * the demo and throws.
 */
export function loadReturnsDemo(db: Database.Database, actor: Actor): Result<ReturnsDemoSummary, ReturnsDemoError> {
  invariant(db.inTransaction, 'loadReturnsDemo runs inside a write transaction');
  const client = findClientByCode(db, returnsDemo.clientCode);
  const product = client === undefined ? undefined : findProductBySku(db, client.id, returnsDemo.sku);
  if (client === undefined || product === undefined || product.gtin === null) {
    return err({ code: 'demo-not-loaded' });
  }
  if (findReturnByReference(db, 'rma', client.id, returnsDemo.normalRma) !== undefined) {
    return ok({ unitsShipped: 0, returnsCreated: 0 });
  }

  const ship = (reference: string, serials: ReadonlyArray<string>): void => {
    const shipmentId = insertShipment(
      db,
      {
        clientId: client.id,
        reference,
        source: 'returns-demo',
        kind: 'customer-order',
        shipTo: { name: 'Zoë Lefèvre', company: 'Atelier Éclair SARL', lines: ["12 rue de l'Église"], postcode: '69002', city: 'Lyon', region: '', country: 'FR', phone: '' },
        lines: [{ productId: product.id, quantity: serials.length }],
      },
      nowIso(),
    );
    for (const serial of serials) {
      const scanned = recordScan(db, actor, { shipmentId, raw: `(01)${product.gtin}(21)${serial}`, gestureId: `returns-demo-${reference}-${serial}`, source: 'manual' });
      invariant(scanned.ok && scanned.value.outcome === 'accepted', `returns demo could not pack ${serial}`);
    }
    invariant(closeOpenCarton(db, actor, shipmentId, 500).ok, `returns demo could not close the carton of ${reference}`);
    invariant(finishShipment(db, actor, shipmentId).ok, `returns demo could not ship ${reference}`);
  };
  const [firstOrder, secondOrder] = returnsDemo.orders;
  ship(firstOrder, [returnsDemo.normalSerial, returnsDemo.expectedSwapSerial]);
  ship(secondOrder, [returnsDemo.swappedSerial]);

  const line = (expectedSerial: string | null) => ({ productId: product.id, sku: product.sku, fnsku: product.fnsku, expectedSerial, quantityExpected: 1 });
  const returns: ReadonlyArray<OpenReturnRequest> = [
    { clientId: client.id, referenceKind: 'rma', reference: returnsDemo.normalRma, orderReference: firstOrder, trackingNumber: null, source: 'on-the-spot', reason: 'Does not scan', lines: [line(returnsDemo.normalSerial)] },
    { clientId: client.id, referenceKind: 'rma', reference: returnsDemo.swapRma, orderReference: firstOrder, trackingNumber: null, source: 'on-the-spot', reason: 'Arrived broken', lines: [line(returnsDemo.expectedSwapSerial)] },
    {
      clientId: client.id,
      referenceKind: 'amazon-return',
      reference: returnsDemo.amazonLicensePlate,
      orderReference: secondOrder,
      trackingNumber: null,
      source: 'amazon-returns-report',
      reason: 'NO_LONGER_NEEDED',
      lines: [line(null)],
    },
  ];
  for (const request of returns) {
    invariant(openReturn(db, actor, request).ok, `returns demo could not open ${request.reference}`);
  }
  return ok({ unitsShipped: 3, returnsCreated: returns.length });
}
