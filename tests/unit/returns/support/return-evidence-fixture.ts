import type Database from 'better-sqlite3';
import { insertClient } from '../../../../main/store/clients';
import { insertProduct } from '../../../../main/store/products';
import { createTrackingFixture, type TrackingFixture } from '../../../support/tracking-fixture';
import { productFields } from '../../../support/packing-fixture';

const defaultTime = '2026-03-02T09:00:00.000Z';

export interface ReturnSeed {
  readonly clientId?: number | null;
  readonly referenceKind?: 'rma' | 'amazon-return' | 'tracking-number' | 'removal-order' | 'none';
  readonly reference?: string;
  readonly reason?: string;
  readonly returnDate?: string | null;
  readonly createdAt?: string;
  readonly status?: 'awaiting-intake' | 'in-progress' | 'closed';
}

export interface ReturnUnitSeed {
  readonly returnId: number;
  readonly unitId: number;
  readonly returnLineId?: number | null;
  readonly stage?: 'exception' | 'accepted' | 'rejected' | 'returned-to-sender' | 'dispositioned';
  readonly grade?: 'A' | 'B' | 'C' | 'D' | null;
  readonly amazonCondition?: string | null;
  readonly disposition?: 'restock-new' | 'restock-used' | 'refurbish' | 'return-to-vendor' | 'liquidate' | 'dispose' | null;
  readonly createdAt?: string;
}

/**
 * The tracking fixture (client ACME with CAM-1 and LENS-2, operator Anna, shelves A-01 and B-02)
 * plus a second client BETA with an FNSKU product. Returns, return lines and return units are
 * inserted with plain SQL, as the intake and grading code would leave them.
 */
export interface ReturnEvidenceFixture extends TrackingFixture {
  readonly dataDir: string;
  readonly betaClientId: number;
  /** SKU "PHONE-9" of client BETA, FNSKU X00PHONE99, no GTIN. */
  readonly phoneId: number;
  insertUnit(productId: number, serial: string, status: 'shipped' | 'returned' | 'graded' | 'in-stock', lot?: string | null): number;
  insertReturn(seed?: ReturnSeed): number;
  insertReturnLine(returnId: number, productId: number | null, quantityExpected: number, quantityReceived: number, sku?: string): number;
  insertReturnUnit(seed: ReturnUnitSeed): number;
}

let referenceCounter = 0;

export function createReturnEvidenceFixture(dir: string): ReturnEvidenceFixture {
  const fixture = createTrackingFixture(dir);
  const db: Database.Database = fixture.db;
  const beta = insertClient(db, { code: 'BETA', name: 'Beta Mobile', gs1CompanyPrefix: '0950601', ssccExtensionDigit: 1 }, defaultTime);
  const phoneId = insertProduct(db, beta.id, productFields('PHONE-9', { fnsku: 'X00PHONE99', title: 'Phone 9 black 128 GB' }), defaultTime);

  return {
    ...fixture,
    dataDir: dir,
    betaClientId: beta.id,
    phoneId,
    insertUnit: (productId, serial, status, lot = null) => {
      const info = db
        .prepare(
          `INSERT INTO units (product_id, serial, serial_folded, lot, status, created_at, updated_at, grade)
           VALUES (?, ?, ?, ?, ?, ?, ?, NULL)`,
        )
        .run(productId, serial, serial.toUpperCase(), lot, status, defaultTime, defaultTime);
      return Number(info.lastInsertRowid);
    },
    insertReturn: (seed = {}) => {
      referenceCounter += 1;
      const kind = seed.referenceKind ?? 'rma';
      const reference = kind === 'none' ? '' : (seed.reference ?? `RMA-${process.pid}-${referenceCounter}`);
      const info = db
        .prepare(
          `INSERT INTO returns (client_id, reference_kind, reference, source, return_date, reason, status, created_at)
           VALUES (?, ?, ?, 'on-the-spot', ?, ?, ?, ?)`,
        )
        .run(
          seed.clientId === undefined ? fixture.clientId : seed.clientId,
          kind,
          reference,
          seed.returnDate ?? null,
          seed.reason ?? '',
          seed.status ?? 'in-progress',
          seed.createdAt ?? defaultTime,
        );
      return Number(info.lastInsertRowid);
    },
    insertReturnLine: (returnId, productId, quantityExpected, quantityReceived, sku = '') => {
      const info = db
        .prepare('INSERT INTO return_lines (return_id, product_id, sku, quantity_expected, quantity_received) VALUES (?, ?, ?, ?, ?)')
        .run(returnId, productId, sku, quantityExpected, quantityReceived);
      return Number(info.lastInsertRowid);
    },
    insertReturnUnit: (seed) => {
      const disposition = seed.disposition ?? null;
      const stage = seed.stage ?? (disposition === null ? 'accepted' : 'dispositioned');
      const grade = seed.grade ?? null;
      const info = db
        .prepare(
          `INSERT INTO return_units (return_id, return_line_id, unit_id, stage, grade, amazon_condition, disposition, operator_id, station_id,
                                     created_at, dispositioned_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          seed.returnId,
          seed.returnLineId ?? null,
          seed.unitId,
          stage,
          grade,
          seed.amazonCondition ?? null,
          disposition,
          fixture.actor.operatorId,
          fixture.actor.stationId,
          seed.createdAt ?? defaultTime,
          disposition === null ? null : (seed.createdAt ?? defaultTime),
        );
      return Number(info.lastInsertRowid);
    },
  };
}
