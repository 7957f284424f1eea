import { err, ok, type Result } from '../../core/result';
import { listPrintJobs, type PrintJob } from '../../printing/print-jobs';
import { type OperatorRequest, type PrintQueueError, confirmJobPrinted, reprintJob, retryFailedJob, voidJob } from '../../printing/print-queue';
import { listPrinterProfiles, type PrinterProfile, savePrinterProfile } from '../../printing/printer-profiles';
import type { ServiceError } from '../contract';
import type { Services } from '../services';
import type { StationContext } from '../station-context';
import { requireActor, serviceError, type StationSession } from './service-support';

type PrintingChannels = 'printing.jobs' | 'printing.profiles' | 'printing.saveProfile' | 'printing.reprint' | 'printing.void' | 'printing.confirm' | 'printing.retry';

function jobView(job: PrintJob) {
  return {
    id: job.id,
    labelKind: job.labelKind,
    title: job.title,
    format: job.format,
    mediaWidthMm: job.mediaWidthMm,
    mediaHeightMm: job.mediaHeightMm,
    status: job.status,
    attempts: job.attempts,
    lastError: job.lastError,
    reprintOf: job.reprintOf,
    createdAt: job.createdAt,
    updatedAt: job.updatedAt,
  };
}

function profileView(profile: PrinterProfile) {
  return {
    labelKind: profile.labelKind,
    printerName: profile.printerName,
    driver: profile.driver,
    target: profile.target,
    format: profile.format,
    mediaWidthMm: profile.mediaWidthMm,
    mediaHeightMm: profile.mediaHeightMm,
    dpi: profile.dpi,
  };
}

/**
 * Converts a print queue error into a service error whose message key is `printing:error.<code>`,
 * with the error's string and number fields as parameters.
 */
export function printingServiceError(error: { readonly code: string }): ServiceError {
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(error)) {
    if (typeof value === 'string' || typeof value === 'number') {
      params[name] = value;
    }
  }
  return serviceError(error.code, { key: `printing:error.${error.code}`, params });
}

function jobResult(result: Result<PrintJob, PrintQueueError>): Result<ReturnType<typeof jobView>, ServiceError> {
  return result.ok ? ok(jobView(result.value)) : err(printingServiceError(result.error));
}

/** Handlers of the print queue screen. Reprint, void and confirm record the signed-in operator and the reason. */
export function createPrintingServices(context: StationContext, session: StationSession): Pick<Services, PrintingChannels> {
  const operatorAction = (request: { jobId: number; reason: string; requestKey: string }, action: typeof reprintJob) => {
    const actor = requireActor(context, session);
    if (!actor.ok) {
      return actor;
    }
    const operatorRequest: OperatorRequest = { stationId: actor.value.stationId, operatorId: actor.value.operatorId, reason: request.reason, requestKey: request.requestKey };
    return jobResult(action(context.db, request.jobId, operatorRequest));
  };

  return {
    'printing.jobs': () => ok(listPrintJobs(context.db, context.stationId).map(jobView)),
    'printing.profiles': () => ok(listPrinterProfiles(context.db, context.stationId).map(profileView)),
    'printing.saveProfile': (request) => ok(profileView(savePrinterProfile(context.db, { ...request, stationId: context.stationId }))),
    'printing.reprint': (request) => operatorAction(request, reprintJob),
    'printing.void': (request) => operatorAction(request, voidJob),
    'printing.confirm': (request) => operatorAction(request, confirmJobPrinted),
    'printing.retry': (request) => jobResult(retryFailedJob(context.db, request.jobId)),
  };
}
