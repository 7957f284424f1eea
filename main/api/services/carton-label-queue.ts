import { createLogger } from '../../core/logger';
import { err, ok, type Result } from '../../core/result';
import type { LabelDocument } from '../../labels/model';
import { type LabelOutput, writeCartonLabelWithDocument } from '../../packing/carton-label-file';
import { type CartonLabelPrintError, hasCartonLabelProfile, printCartonLabelJob } from '../../printing/carton-label-print';
import type { ServiceError } from '../contract';
import type { StationContext } from '../station-context';
import { printingServiceError } from './printing-services';
import { requireActor, serviceError, type StationSession } from './service-support';

const log = createLogger('labels');

function toServiceError(error: CartonLabelPrintError): ServiceError {
  if (error.code === 'zpl-barcode-data-unsupported' || error.code === 'zpl-barcode-wider-than-layout') {
    return serviceError('print-failed', { key: 'pack:error.print-failed', params: { detail: error.code } });
  }
  return printingServiceError(error);
}

/**
 * Queues the label of a carton that was just closed, when the station has a carton printer
 * profile. The carton is already committed, so a failure does not undo the close: it is logged,
 * and pressing print in the label preview queues the label again and shows the error.
 */
export async function queueClosedCartonLabel(context: StationContext, session: StationSession, cartonId: number, document: LabelDocument): Promise<void> {
  if (!hasCartonLabelProfile(context.db, context.stationId)) {
    return;
  }

  const queued = await printCartonLabelJob(context.db, { stationId: context.stationId, operatorId: session.operator?.operatorId ?? null, cartonId }, document);
  if (queued.ok) {
    log.info('carton label queued on close', { cartonId, jobId: queued.value.id });
  } else {
    log.error('carton label not queued on close', { cartonId, code: queued.error.code });
  }
}

/**
 * Prints a carton label through the print queue (the station has a carton printer profile).
 * The first print queues the label; a later one is a reprint and needs `reason`, otherwise it is
 * rejected with `carton-label-already-printed`. `printed: true` means the job is queued; the
 * print queue screen shows whether it reached the printer.
 */
export async function printCartonLabelThroughQueue(
  context: StationContext,
  session: StationSession,
  request: { readonly cartonId: number; readonly reason?: string | undefined },
  output: LabelOutput,
): Promise<Result<{ printed: boolean }, ServiceError>> {
  const actor = requireActor(context, session);
  if (!actor.ok) {
    return actor;
  }
  const label = await writeCartonLabelWithDocument(context.db, request.cartonId, output);
  if (!label.ok) {
    return label;
  }

  const queued = await printCartonLabelJob(
    context.db,
    { stationId: actor.value.stationId, operatorId: actor.value.operatorId, cartonId: request.cartonId, ...(request.reason === undefined ? {} : { reason: request.reason }) },
    label.value.document,
  );
  if (!queued.ok) {
    log.error('carton label not queued', { cartonId: request.cartonId, code: queued.error.code });
    return err(toServiceError(queued.error));
  }
  log.info('carton label queued', { cartonId: request.cartonId, jobId: queued.value.id, reprintOf: queued.value.reprintOf });
  return ok({ printed: true });
}
