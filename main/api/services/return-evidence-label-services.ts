import { err, ok } from '../../core/result';
import { createTranslator, isSupportedLanguage } from '../../core/translator';
import { labelKindsForDisposition } from '../../returns/relabel/relabel-plan';
import { relabelReturnedUnit } from '../../returns/relabel/relabel-unit';
import { findReturnedUnitLabelData } from '../../returns/relabel/returned-unit-label-data';
import { printJobSchema } from '../channels/printing-channels';
import type { Services } from '../services';
import type { StationContext } from '../station-context';
import { printingServiceError } from './printing-services';
import { returnEvidenceError } from './return-evidence-errors';
import { requireActor, type StationSession } from './service-support';

// Codes of the print queue, which the 'printing' namespace already explains to the operator.
const printQueueCodes: ReadonlySet<string> = new Set(['printer-profile-missing', 'print-media-mismatch', 'print-format-mismatch', 'print-dpi-mismatch']);

/** Builds the handlers of returns.relabelOptions and returns.relabel. */
export function createReturnLabelServices(context: StationContext, session: StationSession): Pick<Services, 'returns.relabelOptions' | 'returns.relabel'> {
  const language = context.labelLanguage !== undefined && isSupportedLanguage(context.labelLanguage) ? context.labelLanguage : 'en';

  return {
    'returns.relabelOptions': (request) => {
      const unit = findReturnedUnitLabelData(context.db, request.returnUnitId);
      if (unit === undefined) {
        return err(returnEvidenceError({ code: 'return-unit-not-found', returnUnitId: request.returnUnitId }));
      }
      const labelKinds = unit.grade === null ? [] : [...labelKindsForDisposition(unit.disposition, unit.fnsku !== null)];
      return ok({ disposition: unit.disposition, labelKinds });
    },

    'returns.relabel': async (request) => {
      const actor = requireActor(context, session);
      if (!actor.ok) {
        return actor;
      }

      const options = { labelsDir: context.labelsDir, dpi: context.labelDpi ?? 203, t: createTranslator(language) };
      const outcome = await relabelReturnedUnit(context.db, actor.value, request.returnUnitId, request.labelKind, options);
      if (!outcome.ok) {
        return err(printQueueCodes.has(outcome.error.code) ? printingServiceError(outcome.error) : returnEvidenceError(outcome.error));
      }
      // The schema keeps the job's public fields and drops the queue's own (payload key, spooler id).
      if (outcome.value.output === 'queued') {
        return ok({ output: 'queued' as const, labelKind: outcome.value.labelKind, job: printJobSchema.parse(outcome.value.job) });
      }
      return ok(outcome.value);
    },
  };
}
