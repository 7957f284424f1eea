import type { ReturnEvidenceFixture } from '../../support/return-evidence-fixture';

/**
 * Seeds returns for the report tests:
 * - R1 ACME, 2026-03-02, DEFECTIVE: 2 CAM-1 expected; SN001001 (lot L1, grade B, restock-used)
 *   and SN001002 (lot L1, grade D, dispose) taken in.
 * - R2 ACME, 2026-03-10, NO_LONGER_NEEDED: 1 LENS-2 expected; LX-1001 (no lot) in the
 *   exception queue since 2026-03-10.
 * - R3 BETA, 2026-04-01, DEFECTIVE: 1 PHONE-9 expected and a line for the unknown SKU GHOST-1;
 *   PH-1001 (lot P7, grade A, restock-new) taken in.
 * - R4 ACME opened at the desk on 2026-03-05 with no return date, no reason and no lines; the
 *   unit SN001003 (lot L2) waits in the exception queue since 2026-03-05.
 */
export function seedReportReturns(fixture: ReturnEvidenceFixture): { readonly r1: number; readonly r2: number; readonly r3: number; readonly r4: number } {
  const r1 = fixture.insertReturn({ reference: 'RMA-R1', reason: 'DEFECTIVE', returnDate: '2026-03-02T10:00:00Z' });
  fixture.insertReturnLine(r1, fixture.cameraId, 2, 2, 'CAM-1');
  const camera1 = fixture.insertUnit(fixture.cameraId, 'SN001001', 'in-stock', 'L1');
  const camera2 = fixture.insertUnit(fixture.cameraId, 'SN001002', 'graded', 'L1');
  fixture.insertReturnUnit({ returnId: r1, unitId: camera1, grade: 'B', amazonCondition: 'Used - Very Good', disposition: 'restock-used' });
  fixture.insertReturnUnit({ returnId: r1, unitId: camera2, grade: 'D', amazonCondition: 'Unsellable', disposition: 'dispose' });

  const r2 = fixture.insertReturn({ reference: 'RMA-R2', reason: 'NO_LONGER_NEEDED', returnDate: '2026-03-10' });
  fixture.insertReturnLine(r2, fixture.lensId, 1, 0, 'LENS-2');
  const lens = fixture.insertUnit(fixture.lensId, 'LX-1001', 'shipped');
  fixture.insertReturnUnit({ returnId: r2, unitId: lens, stage: 'exception', createdAt: '2026-03-10T08:00:00.000Z' });

  const r3 = fixture.insertReturn({ clientId: fixture.betaClientId, reference: 'RMA-R3', reason: 'DEFECTIVE', returnDate: '2026-04-01' });
  fixture.insertReturnLine(r3, fixture.phoneId, 1, 1, 'PHONE-9');
  fixture.insertReturnLine(r3, null, 1, 0, 'GHOST-1');
  const phone = fixture.insertUnit(fixture.phoneId, 'PH-1001', 'in-stock', 'P7');
  fixture.insertReturnUnit({ returnId: r3, unitId: phone, grade: 'A', amazonCondition: 'New', disposition: 'restock-new' });

  const r4 = fixture.insertReturn({ referenceKind: 'none', createdAt: '2026-03-05T15:30:00.000Z' });
  const camera3 = fixture.insertUnit(fixture.cameraId, 'SN001003', 'shipped', 'L2');
  fixture.insertReturnUnit({ returnId: r4, unitId: camera3, stage: 'exception', createdAt: '2026-03-05T15:30:00.000Z' });

  return { r1, r2, r3, r4 };
}
