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
import { packUnit } from './pack-unit';
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

interface GestureResult {
  readonly verdict: ScanVerdict;
  readonly eventId: string | null;
  readonly pendingProductId: number | null;
}

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
  for (let attempt = 1; ; attempt += 1) {
    try {
      return inWriteTransaction(db, () => recordScanOnce(db, actor, gesture, decodeOptions));
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

function recordScanOnce(db: Database.Database, actor: Actor, gesture: ScanGesture, decodeOptions: DecodeOptions): Result<ScanVerdict, Refusal> {
  const recorded = findScanGesture(db, gesture.gestureId);
  if (recorded !== undefined) {
    return ok({ ...recorded.verdict, replayed: true });
  }
  const shipment = findShipmentById(db, gesture.shipmentId);
  if (shipment === undefined) {
    return err(refuse('shipment-not-found', { reference: `#${gesture.shipmentId}`, shipmentId: gesture.shipmentId }));
  }

  const result = judgeGesture(db, actor, shipment, gesture, decodeOptions);
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

function rejected(refusal: Refusal, pendingProductId: number | null = null): GestureResult {
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
    case 'unit': {
      const packed = packUnit(db, actor, shipment, identification.candidate, gesture.gestureId);
      return packed.ok ? { verdict: packed.value.verdict, eventId: packed.value.event.id, pendingProductId: null } : rejected(packed.error);
    }
    case 'command': {
      const outcome = runScanCommand(db, actor, shipment.id, identification.command, gesture.gestureId);
      return outcome.ok ? { ...outcome.value, pendingProductId: null } : rejected(outcome.error);
    }
    default:
      return assertNever(identification, 'identification');
  }
}

function withoutAimIdentifier(raw: string): string {
  return raw.trim().replace(/^\][A-Za-z][0-9A-Za-z]/, '');
}
