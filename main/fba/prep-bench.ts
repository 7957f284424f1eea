import type Database from 'better-sqlite3';
import { createLogger } from '../core/logger';
import { type Result, err, ok } from '../core/result';
import type { Actor } from '../packing/actor';
import { decodeScan } from '../scan/decode';
import { normalizeSerial } from '../scan/serial';
import { appendEvent, findEventByIdempotencyKey } from '../store/events';
import { prepared } from '../store/statement-cache';
import { findUnitByProductSerial } from '../store/units';
import { inWriteTransaction } from '../store/write-transaction';

const log = createLogger('fba');

/** A product a prep scan may mean, with its client and FNSKU. */
export interface PrepCandidate {
  readonly productId: number;
  readonly clientCode: string;
  readonly clientName: string;
  readonly sku: string;
  readonly title: string;
  readonly fnsku: string;
  readonly serialTracked: boolean;
}

export type PrepBenchError =
  | { readonly code: 'prep-scan-invalid'; readonly reason: string }
  | { readonly code: 'prep-scan-not-product'; readonly kind: string }
  | { readonly code: 'prep-product-not-found'; readonly scanned: string }
  | { readonly code: 'prep-product-without-fnsku'; readonly sku: string }
  | { readonly code: 'prep-serial-required'; readonly sku: string }
  | { readonly code: 'prep-unit-not-found'; readonly sku: string; readonly serial: string };

interface CandidateRecord {
  productId: number;
  clientCode: string;
  clientName: string;
  sku: string;
  title: string;
  fnsku: string | null;
  serialTracked: number;
}

const candidateColumns = `p.id AS productId, c.code AS clientCode, c.name AS clientName, p.sku, p.title, p.fnsku, p.serial_tracked AS serialTracked
  FROM products p JOIN clients c ON c.id = p.client_id`;

function toCandidates(records: ReadonlyArray<CandidateRecord>): Result<ReadonlyArray<PrepCandidate>, PrepBenchError> {
  const labelled = records.filter((record): record is CandidateRecord & { fnsku: string } => record.fnsku !== null);
  const [unlabelled] = records;
  if (labelled.length === 0 && unlabelled !== undefined) {
    return err({ code: 'prep-product-without-fnsku', sku: unlabelled.sku });
  }
  return ok(labelled.map((record) => ({ ...record, serialTracked: record.serialTracked === 1 })));
}

/**
 * Decodes a prep-bench scan (the product's EAN/UPC/GTIN or its FNSKU, through the one scan
 * decoder) and lists every client's product it may mean that has an FNSKU. Several candidates
 * mean several clients sell the product, and the operator chooses one.
 */
export function findPrepCandidates(db: Database.Database, raw: string): Result<ReadonlyArray<PrepCandidate>, PrepBenchError> {
  const decoded = decodeScan(raw);
  if (!decoded.ok) {
    return err({ code: 'prep-scan-invalid', reason: decoded.error.message });
  }

  const value = decoded.value;
  let records: ReadonlyArray<CandidateRecord>;
  let scanned: string;
  if (value.kind === 'fnsku') {
    scanned = value.fnsku;
    records = prepared<[string], CandidateRecord>(db, `SELECT ${candidateColumns} WHERE p.fnsku = ? ORDER BY c.code, p.sku`).all(value.fnsku);
  } else if (value.kind === 'gtin' || (value.kind === 'gs1' && value.fields.gtin !== undefined)) {
    scanned = value.kind === 'gtin' ? value.gtin : (value.fields.gtin ?? '');
    records = prepared<[string], CandidateRecord>(db, `SELECT ${candidateColumns} WHERE p.gtin = ? ORDER BY c.code, p.sku`).all(scanned);
  } else {
    return err({ code: 'prep-scan-not-product', kind: value.kind });
  }

  if (records.length === 0) {
    return err({ code: 'prep-product-not-found', scanned });
  }
  return toCandidates(records);
}

/** Reads one product as a prep candidate, or null when it does not exist. */
export function findPrepProduct(db: Database.Database, productId: number): Result<PrepCandidate, PrepBenchError> | null {
  const record = prepared<[number], CandidateRecord>(db, `SELECT ${candidateColumns} WHERE p.id = ?`).get(productId);
  if (record === undefined) {
    return null;
  }
  const candidates = toCandidates([record]);
  if (!candidates.ok) {
    return candidates;
  }
  const [candidate] = candidates.value;
  return candidate === undefined ? null : ok(candidate);
}

/**
 * Records which unit got which FNSKU label: a 'unit-label-printed' event on the unit of this
 * product and serial, keyed by the gesture ID so a retried request records it once. Rejects a
 * missing serial and a serial not received into the station (the unit must exist). Returns the
 * unit's id.
 */
export function recordFnskuLabelOnUnit(
  db: Database.Database,
  actor: Actor,
  product: PrepCandidate,
  serialRaw: string,
  gestureId: string,
): Result<number, PrepBenchError> {
  const serial = normalizeSerial(serialRaw);
  if (serial === '') {
    return err({ code: 'prep-serial-required', sku: product.sku });
  }

  return inWriteTransaction(db, () => {
    const unit = findUnitByProductSerial(db, product.productId, serial);
    if (unit === undefined) {
      return err({ code: 'prep-unit-not-found', sku: product.sku, serial });
    }
    const key = `fnsku-label:${gestureId}`;
    if (findEventByIdempotencyKey(db, key) === undefined) {
      appendEvent(db, {
        type: 'unit-label-printed',
        stationId: actor.stationId,
        operatorId: actor.operatorId,
        unitId: unit.id,
        idempotencyKey: key,
        payload: { label: 'fnsku', fnsku: product.fnsku, clientCode: product.clientCode },
      });
      log.info('FNSKU label recorded on unit', { unitId: unit.id, fnsku: product.fnsku });
    }
    return ok(unit.id);
  });
}
