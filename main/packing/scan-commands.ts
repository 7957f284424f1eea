import type Database from 'better-sqlite3';
import type { ScanVerdict } from '../api/contract';
import { assertNever } from '../core/assert';
import { err, ok, type Result } from '../core/result';
import type { PackCommand } from '../scan/types';
import { countUnitsInCarton, findOpenCarton } from '../store/cartons';
import type { Actor } from './actor';
import { startNewCarton } from './carton-actions';
import { undoLastScan } from './remove-unit';
import { acceptedVerdict, refuse, type Refusal } from './verdicts';

export interface CommandOutcome {
  readonly verdict: ScanVerdict;
  readonly eventId: string | null;
}

/**
 * Runs a command barcode. 'close-carton' changes nothing by itself: closing needs the weight,
 * so the verdict requests it and the pack.closeCarton request does the closing.
 */
export function runScanCommand(
  db: Database.Database,
  actor: Actor,
  shipmentId: number,
  command: PackCommand,
  gestureId: string,
): Result<CommandOutcome, Refusal> {
  switch (command) {
    case 'new-carton': {
      const started = startNewCarton(db, actor, shipmentId, gestureId);
      if (!started.ok) {
        return started;
      }
      const { carton, event } = started.value;
      const code = event === null ? 'carton-ready' : 'carton-opened';
      return ok({ verdict: acceptedVerdict(code, { cartonNumber: carton.number, sscc: carton.sscc }), eventId: event?.id ?? null });
    }
    case 'close-carton': {
      const open = findOpenCarton(db, shipmentId);
      if (open === undefined) {
        return err(refuse('no-open-carton'));
      }
      if (countUnitsInCarton(db, open.id) === 0) {
        return err(refuse('carton-empty', { cartonNumber: open.number }));
      }
      return ok({ verdict: acceptedVerdict('weight-needed', { cartonNumber: open.number }), eventId: null });
    }
    case 'undo-last-scan': {
      const removed = undoLastScan(db, actor, shipmentId, gestureId);
      if (!removed.ok) {
        return removed;
      }
      const { serial, sku, cartonNumber, event } = removed.value;
      return ok({ verdict: acceptedVerdict('unit-removed', { serial, sku, cartonNumber }), eventId: event.id });
    }
    default:
      return assertNever(command, 'pack command');
  }
}
