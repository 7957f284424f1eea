import type Database from 'better-sqlite3';
import type { ScanVerdict } from '../api/contract';
import { assertNever } from '../core/assert';
import { createLogger } from '../core/logger';
import { err, ok, type Result } from '../core/result';
import { decodeScan, type DecodeOptions } from '../scan/decode';
import { findScanGesture, findPendingProductId, insertScanGesture, type GestureSource } from '../store/scan-gestures';
import { findShipmentById, listShipmentLines, type ShipmentRow } from '../store/shipments';
import { inWriteTransaction, nowIso } from '../store/write-transaction';
import type { Actor } from './actor';
import { identifyScan } from './identify-scan';
import { packUnit, type UnitCandidate } from './pack-unit';
import { runScanCommand } from './scan-commands';
import { acceptedVerdict, refuse, refuseDecodeError, rejectedVerdict, type Refusal } from './verdicts';

const log = createLogger('packing');

/** One scan gesture: what was scanned, for which shipment, under which idempotency key. */
export interface ScanGesture {
  readonly shipmentId: number;
  readonly raw: string;
  readonly gestureId: string;
  readonly source: GestureSource;
}

/** The decision on one gesture: its verdict, the event it wrote, and the product left pending. */
export interface GestureResult {
  readonly verdict: ScanVerdict;
  readonly eventId: string | null;
  readonly pendingProductId: number | null;
}

/** Decides a gesture for its shipment inside the write transaction; it may write through packing rules. */
export type GestureJudge = (shipment: ShipmentRow) => GestureResult;

// Two attempts after a UNIQUE violation are enough: the retry reads the row that the other
// connection committed and turns it into a duplicate verdict or a replay.
const maximumAttempts = 3;

/**
 * Records one scan gesture and returns its verdict only after the transaction has committed, so
 * an acknowledged scan is on disk. A gesture id seen before records nothing and returns the
 * stored verdict with `replayed: true`, whether that verdict was an acceptance or a rejection.
 *
 * Every gesture, rejected ones included, is stored in scan_gestures with its verdict. Only a
 * gesture that changes a unit or carton also writes an event, keyed by the gesture id. Fails with 'shipment-not-found' for an unknown shipment id.
 */
export function recordScan(
  db: Database.Database,
  actor: Actor,
  gesture: ScanGesture,
  decodeOptions: DecodeOptions = {},
): Result<ScanVerdict, Refusal> {
  return recordGesture(db, actor, gesture, (shipment) => judgeGesture(db, actor, shipment, gesture, decodeOptions));
}

/**
 * Records one gesture whose meaning `judge` decides, with the replay, storage and retry rules of
 * recordScan, which is this function with the scan decoder as judge. Bulk serial entry calls it
 * with a judge whose product was chosen up front.
 */
export function recordGesture(db: Database.Database, actor: Actor, gesture: ScanGesture, judge: GestureJudge): Result<ScanVerdict, Refusal> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return inWriteTransaction(db, () => recordGestureOnce(db, actor, gesture, judge));
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= maximumAttempts) {
        throw error;
      }
      log.warn('scan hit a UNIQUE constraint, retrying', { gestureId: gesture.gestureId, attempt, error: (error as Error).message });
    }
  }
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Error && (error as Error & { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE';
}

function recordGestureOnce(db: Database.Database, actor: Actor, gesture: ScanGesture, judge: GestureJudge): Result<ScanVerdict, Refusal> {
  const recorded = findScanGesture(db, gesture.gestureId);
  if (recorded !== undefined) {
    return ok({ ...recorded.verdict, replayed: true });
  }
  const shipment = findShipmentById(db, gesture.shipmentId);
  if (shipment === undefined) {
    return err(refuse('shipment-not-found', { reference: `#${gesture.shipmentId}`, shipmentId: gesture.shipmentId }));
  }

  const result = judge(shipment);
  insertScanGesture(
    db,
    {
      gestureId: gesture.gestureId,
      stationId: actor.stationId,
      operatorId: actor.operatorId,
      shipmentId: shipment.id,
      source: gesture.source,
      raw: gesture.raw,
      verdict: result.verdict,
      eventId: result.eventId,
      pendingProductId: result.pendingProductId,
    },
    nowIso(),
  );
  return ok(result.verdict);
}

/** Builds the result of a rejected gesture: no event, and `pendingProductId` still waiting for its serial. */
export function rejected(refusal: Refusal, pendingProductId: number | null = null): GestureResult {
  return { verdict: rejectedVerdict(refusal), eventId: null, pendingProductId };
}

/**
 * Decides one gesture. The product waiting for its serial survives only a scan that could not
 * be decoded (a misread); any other scan replaces or clears it.
 */
function judgeGesture(db: Database.Database, actor: Actor, shipment: ShipmentRow, gesture: ScanGesture, decodeOptions: DecodeOptions): GestureResult {
  if (shipment.status !== 'open') {
    return rejected(refuse('shipment-not-open', { reference: shipment.reference, status: shipment.status }));
  }

  const pendingProductId = findPendingProductId(db, actor.stationId, shipment.id);
  const decoded = decodeScan(gesture.raw, decodeOptions);
  if (!decoded.ok) {
    return rejected(refuseDecodeError(decoded.error), pendingProductId);
  }

  const lines = listShipmentLines(db, shipment.id);
  const identification = identifyScan(db, decoded.value, {
    shipment,
    lines,
    pendingLine: lines.find((line) => line.productId === pendingProductId),
    scannedText: withoutAimIdentifier(gesture.raw),
  });
  switch (identification.kind) {
    case 'refused':
      return rejected(identification.refusal);
    case 'product': {
      const { line } = identification;
      const verdict = acceptedVerdict('product-identified', { sku: line.sku, title: line.title });
      return { verdict, eventId: null, pendingProductId: line.productId };
    }
    case 'unit':
      return packIdentifiedUnit(db, actor, shipment, identification.candidate, gesture.gestureId);
    case 'command': {
      const outcome = runScanCommand(db, actor, shipment.id, identification.command, gesture.gestureId);
      return outcome.ok ? { ...outcome.value, pendingProductId: null } : rejected(outcome.error);
    }
    default:
      return assertNever(identification, 'identification');
  }
}

/** Packs an identified unit under the gesture's id; the result clears any pending product. */
export function packIdentifiedUnit(db: Database.Database, actor: Actor, shipment: ShipmentRow, candidate: UnitCandidate, gestureId: string): GestureResult {
  const packed = packUnit(db, actor, shipment, candidate, gestureId);
  return packed.ok ? { verdict: packed.value.verdict, eventId: packed.value.event.id, pendingProductId: null } : rejected(packed.error);
}

function withoutAimIdentifier(raw: string): string {
  return raw.trim().replace(/^\][A-Za-z][0-9A-Za-z]/, '');
}
