import { err, ok } from '../../core/result';
import { buildCountReport, closeCycleCount, findCycleCount, recordCountedUnit, startCycleCount } from '../../locations/cycle-count';
import { findLocationByCode, normalizeLocationCode, parseLocationBarcode } from '../../locations/locations';
import { roleHasPermission } from '../../operators/roles';
import { holdRecalledUnits, selectRecallUnits, writeRecallCsv } from '../../tracking/recall';
import { findUnitByScan } from '../../tracking/unit-scan';
import type { Services } from '../services';
import type { StationContext } from '../station-context';
import type { StationSession } from './service-support';
import { runTrackingChange } from './tracking-services';
import { trackingError } from './tracking-views';

type CountAndRecallChannels = 'recall.preview' | 'recall.hold' | 'recall.csv' | 'counts.start' | 'counts.scan' | 'counts.close';

/** Handlers of recalls and cycle counts. */
export function createCountAndRecallServices(context: StationContext, session: StationSession): Pick<Services, CountAndRecallChannels> {
  const { db } = context;

  return {
    'recall.preview': (request) => {
      const selected = selectRecallUnits(db, request.selection);
      return selected.ok ? ok([...selected.value]) : err(trackingError(selected.error));
    },

    'recall.hold': (request) => {
      const held = runTrackingChange(context, session, 'recall.hold', (actor) =>
        holdRecalledUnits(db, actor, { reference: request.reference, reason: request.reason, selection: request.selection }),
      );
      return held.ok ? ok({ ...held.value, units: [...held.value.units] }) : held;
    },

    'recall.csv': (request) => {
      const selected = selectRecallUnits(db, request.selection);
      if (!selected.ok) {
        return err(trackingError(selected.error));
      }
      const stamp = new Date().toISOString().slice(0, 10);
      return ok({ fileName: `recall-${stamp}.csv`, contentBase64: Buffer.from(writeRecallCsv(selected.value), 'utf8').toString('base64') });
    },

    'counts.start': (request) => {
      const code = parseLocationBarcode(request.locationCode) ?? normalizeLocationCode(request.locationCode);
      const location = code === null ? undefined : findLocationByCode(db, code);
      if (location === undefined) {
        return err(trackingError({ code: 'location-not-found', locationCode: request.locationCode }));
      }
      const started = runTrackingChange(context, session, 'counts.start', (actor) => startCycleCount(db, actor, location.id));
      return started.ok ? ok(withArrays(buildCountReport(db, started.value))) : started;
    },

    'counts.scan': (request) => {
      const count = findCycleCount(db, request.countId);
      if (count === undefined) {
        return err(trackingError({ code: 'count-not-found', countId: request.countId }));
      }
      const unit = findUnitByScan(db, request.raw);
      if (!unit.ok) {
        return err(trackingError(unit.error));
      }
      const recorded = recordCountedUnit(db, count, unit.value.id);
      return recorded.ok ? ok(withArrays(buildCountReport(db, count))) : err(trackingError(recorded.error));
    },

    'counts.close': (request) => {
      // Any operator may close a count; booking its differences is a stock adjustment.
      const operator = session.operator;
      if (request.adjust && (operator === null || !roleHasPermission(operator.role, 'stock.adjust'))) {
        return err(trackingError({ code: 'adjustment-needs-supervisor' }));
      }
      const closed = runTrackingChange(context, session, 'counts.close', (actor) => closeCycleCount(db, actor, request.countId, request));
      return closed.ok ? ok(withArrays(closed.value)) : closed;
    },
  };
}

function withArrays<T extends { readonly missing: ReadonlyArray<unknown>; readonly misplaced: ReadonlyArray<unknown>; readonly unexpected: ReadonlyArray<unknown> }>(
  report: T,
): T & { missing: T['missing'][number][]; misplaced: T['misplaced'][number][]; unexpected: T['unexpected'][number][] } {
  return { ...report, missing: [...report.missing], misplaced: [...report.misplaced], unexpected: [...report.unexpected] };
}
