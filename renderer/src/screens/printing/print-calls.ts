import type { OperatorMessage, ResponseOf } from '../../../../main/api/contract';
import { stationBridge } from '../../api/client';

export type PrintJobEntry = ResponseOf<'printing.jobs'>[number];
export type PrinterProfileEntry = ResponseOf<'printing.profiles'>[number];

/** An operator action on one job; reprint, void and confirm need a reason, retry does not. */
export type JobAction = 'reprint' | 'void' | 'confirm' | 'retry';

/** Returns which actions a job in `status` allows, matching the rules of main/printing/print-queue.ts. */
export function actionsFor(status: PrintJobEntry['status']): ReadonlyArray<JobAction> {
  switch (status) {
    case 'queued':
      return ['void'];
    case 'sending':
      return [];
    case 'sent':
      return ['reprint'];
    case 'uncertain':
      return ['confirm', 'reprint', 'void'];
    case 'failed':
      return ['retry', 'void', 'reprint'];
    case 'voided':
      return ['reprint'];
  }
}

export async function loadPrintQueue(): Promise<{ jobs: ReadonlyArray<PrintJobEntry>; profiles: ReadonlyArray<PrinterProfileEntry>; problem: OperatorMessage | null }> {
  const bridge = stationBridge();
  const [jobs, profiles] = await Promise.all([bridge['printing.jobs']({}), bridge['printing.profiles']({})]);
  if (!jobs.ok) {
    return { jobs: [], profiles: [], problem: jobs.error.message };
  }
  if (!profiles.ok) {
    return { jobs: jobs.value, profiles: [], problem: profiles.error.message };
  }
  return { jobs: jobs.value, profiles: profiles.value, problem: null };
}

/** Runs one action; the request key makes a double click act once. Returns the problem, or null. */
export async function runJobAction(action: JobAction, jobId: number, reason: string): Promise<OperatorMessage | null> {
  const bridge = stationBridge();
  const requestKey = `${action}-${jobId}-${crypto.randomUUID()}`;
  const result = action === 'retry' ? await bridge['printing.retry']({ jobId }) : await bridge[`printing.${action}`]({ jobId, reason, requestKey });
  return result.ok ? null : result.error.message;
}
