import { intakeReturnedUnit } from '../../../main/returns/intake-unit';
import { openReturn } from '../../../main/returns/open-return';
import { inWriteTransaction } from '../../../main/store/write-transaction';
import { requireOk, type ReturnsFixture } from './returns-fixture';

/** The answers of the standard checklist for a sealed, complete, working unit. */
export const sealedAnswers = { packaging: 'sealed', accessories: 'yes', 'functional-test': 'passed', cosmetic: 'as-new' } as const;

/**
 * Ships the serial on ORD-<serial>, opens RMA-<serial> for it and takes it in; returns the
 * return unit id. The order reference of the return is `orderReference` (the shipped order by
 * default), so a different one sends the unit to the exception queue.
 */
export function takeIn(fixture: ReturnsFixture, serial: string, orderReference = `ORD-${serial}`, expected = 1): { readonly returnId: number; readonly returnUnitId: number } {
  fixture.ship(`ORD-${serial}`, [serial]);
  const returnId = requireOk(
    inWriteTransaction(fixture.db, () =>
      openReturn(fixture.db, fixture.actor, {
        clientId: fixture.clientId,
        referenceKind: 'rma',
        reference: `RMA-${serial}`,
        orderReference,
        trackingNumber: null,
        source: 'on-the-spot',
        lines: [{ productId: fixture.cameraId, sku: 'CAM-1', fnsku: null, expectedSerial: null, quantityExpected: expected }],
      }),
    ),
  );
  const outcome = requireOk(inWriteTransaction(fixture.db, () => intakeReturnedUnit(fixture.db, fixture.actor, { returnId, raw: serial, gestureId: `take-in-${serial}` })));
  if (outcome.kind === 'refused' || outcome.kind === 'replayed') {
    throw new Error(`take-in of ${serial} gave ${outcome.kind}`);
  }
  return { returnId, returnUnitId: outcome.returnUnit.id };
}
