import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type Database from 'better-sqlite3';
import { v4 as uuidv4 } from 'uuid';
import { createCupsPrintDriver } from '../../printing/cups-print-driver';
import { createPdfFolderDriver } from '../../printing/pdf-folder-driver';
import { listPrintJobs } from '../../printing/print-jobs';
import { type PrintLabelError, printCarrierLabel } from '../../printing/print-label';
import { type OperatorRequest, confirmJobPrinted, reprintJob, voidJob } from '../../printing/print-queue';
import { createPrintWorker } from '../../printing/print-worker';
import { type PrinterDriverKind, type PrinterProfile, listPrinterProfiles, savePrinterProfile } from '../../printing/printer-profiles';
import { createRawTcpDriver } from '../../printing/raw-tcp-driver';
import { ensureStation } from '../../store/station';
import { rejectUnknownFlags, requireFlag, UsageError, type ParsedCommandLine } from '../arguments';
import type { CliIo } from '../io';
import { openCliStore } from '../station-store';

export const printUsage = `usage: print profile KIND --driver pdf-folder|cups|raw-tcp --target T --format pdf|zpl --media WxHmm|WxHin [--dpi 203|300] [--name NAME]
       print profiles | print jobs [--json] | print file FILE [--kind carrier]
       print run [--watch SECONDS] | print reprint|void|confirm JOB --reason TEXT`;

const driverKinds: ReadonlyArray<PrinterDriverKind> = ['pdf-folder', 'cups', 'raw-tcp', 'electron'];

/** Parses `101.6x152.4mm` or `4x6in` into millimetres. */
export function parseMedia(text: string): { readonly widthMm: number; readonly heightMm: number } | undefined {
  const match = /^(\d+(?:\.\d+)?)x(\d+(?:\.\d+)?)(mm|in)$/.exec(text.trim());
  if (match === null) {
    return undefined;
  }
  const factor = match[3] === 'in' ? 25.4 : 1;
  return { widthMm: Number(match[1]) * factor, heightMm: Number(match[2]) * factor };
}

function describeProfile(profile: PrinterProfile): string {
  return `${profile.labelKind}\t${profile.printerName}\t${profile.driver}\t${profile.target}\t${profile.format}\t${profile.mediaWidthMm}x${profile.mediaHeightMm}mm\t${profile.dpi} dpi`;
}

/** Describes a print error in one English sentence for the console: what failed and what to do. */
export function describePrintQueueError(error: PrintLabelError): string {
  switch (error.code) {
    case 'print-media-mismatch':
      return `The label is ${error.labelWidthMm}x${error.labelHeightMm} mm but ${error.printerName} has ${error.mediaWidthMm}x${error.mediaHeightMm} mm media loaded. Load matching media or choose another printer profile; labels are never scaled.`;
    case 'carrier-label-too-wide':
      return `The label is ${Math.round(error.labelWidthMm * 100) / 100} mm wide but the loaded media is ${error.mediaWidthMm} mm wide. Load wider media; labels are never scaled.`;
    case 'printer-profile-missing':
      return `No printer profile for this label kind. Set one with: packtrace print profile KIND ...`;
    case 'print-reason-missing':
      return 'A reason is required (--reason TEXT).';
    case 'carrier-label-electron-unsupported':
      return `${error.printerName} prints through silent system print, which takes only labels made by Packtrace. Print carrier files through a CUPS, raw TCP or PDF folder printer profile.`;
    default:
      return `${error.code}: ${JSON.stringify(error)}`;
  }
}

function saveProfileCommand(db: Database.Database, stationId: string, line: ParsedCommandLine, io: CliIo): number {
  const [, labelKind] = line.positionals;
  if (labelKind === undefined) {
    throw new UsageError(printUsage);
  }
  const driver = requireFlag(line, 'driver') as PrinterDriverKind;
  if (!driverKinds.includes(driver)) {
    throw new UsageError(`--driver must be one of ${driverKinds.join(', ')}, got ${driver}`);
  }
  const format = requireFlag(line, 'format');
  if (format !== 'pdf' && format !== 'zpl') {
    throw new UsageError(`--format must be pdf or zpl, got ${format}`);
  }
  const media = parseMedia(requireFlag(line, 'media'));
  if (media === undefined) {
    throw new UsageError(`--media must look like 101.6x152.4mm or 4x6in, got ${line.flags.get('media')}`);
  }
  const dpi = Number(line.flags.get('dpi') ?? '203');
  if (dpi !== 203 && dpi !== 300) {
    throw new UsageError(`--dpi must be 203 or 300, got ${line.flags.get('dpi')}`);
  }

  const target = requireFlag(line, 'target');
  const profile = savePrinterProfile(db, {
    stationId,
    labelKind,
    printerName: line.flags.get('name') ?? target,
    driver,
    target,
    format,
    mediaWidthMm: media.widthMm,
    mediaHeightMm: media.heightMm,
    dpi,
  });
  io.stdout.write(`${describeProfile(profile)}\n`);
  return 0;
}

async function runWorker(db: Database.Database, stationId: string, line: ParsedCommandLine, io: CliIo): Promise<number> {
  const watchSeconds = Number(line.flags.get('watch') ?? '0');
  if (!Number.isFinite(watchSeconds) || watchSeconds < 0) {
    throw new UsageError(`--watch must be a number of seconds, got ${line.flags.get('watch')}`);
  }
  // Electron's print needs the desktop app, so jobs of an `electron` profile fail here with a reason.
  const worker = createPrintWorker({ db, stationId, drivers: { 'pdf-folder': createPdfFolderDriver(), cups: createCupsPrintDriver(), 'raw-tcp': createRawTcpDriver() } });
  const deadline = Date.now() + watchSeconds * 1_000;
  let sent = 0;
  let notSent = 0;
  for (;;) {
    const job = await worker.runOnce();
    if (job === undefined) {
      if (Date.now() >= deadline) {
        break;
      }
      await new Promise((resolveWait) => setTimeout(resolveWait, 500));
      continue;
    }
    if (job.status === 'sent') {
      sent += 1;
    } else {
      notSent += 1;
    }
    io.stdout.write(`job ${job.id} ${job.status}${job.lastError === null ? '' : ` (${job.lastError})`}\n`);
    if (job.status === 'queued' && Date.now() >= deadline) {
      // The printer took no byte and the job waits for its retry time, so one pass ends here.
      break;
    }
  }
  io.stdout.write(`${sent} sent, ${notSent} not sent\n`);
  return notSent === 0 ? 0 : 1;
}

function operatorCommand(db: Database.Database, stationId: string, line: ParsedCommandLine, io: CliIo): number {
  const [action, jobText] = line.positionals;
  const jobId = Number(jobText);
  if (!Number.isInteger(jobId) || jobId < 1) {
    throw new UsageError(`usage: print ${action} JOB --reason TEXT`);
  }
  const request: OperatorRequest = { stationId, operatorId: null, reason: line.flags.get('reason') ?? '', requestKey: `cli-${action}-${uuidv4()}` };
  let result: ReturnType<typeof reprintJob>;
  if (action === 'reprint') {
    result = reprintJob(db, jobId, request);
  } else if (action === 'void') {
    result = voidJob(db, jobId, request);
  } else {
    result = confirmJobPrinted(db, jobId, request);
  }
  if (!result.ok) {
    io.stderr.write(`packtrace: ${describePrintQueueError(result.error)}\n`);
    return 1;
  }
  io.stdout.write(`job ${result.value.id} ${result.value.status}\n`);
  return 0;
}

/**
 * `print ...`: sets up printer profiles, queues carrier label files, lists jobs, sends queued jobs
 * (`print run`), and reprints, voids or confirms jobs with a reason.
 */
export async function runPrint(line: ParsedCommandLine, io: CliIo): Promise<number> {
  rejectUnknownFlags(line, ['driver', 'target', 'format', 'media', 'dpi', 'name', 'json', 'kind', 'watch', 'reason']);
  const [action, argument] = line.positionals;
  if (action === undefined) {
    throw new UsageError(printUsage);
  }
  const store = openCliStore(line.dataDir, io);
  if (store === null) {
    return 1;
  }

  try {
    const stationId = ensureStation(store.db).id;
    switch (action) {
      case 'profile':
        return saveProfileCommand(store.db, stationId, line, io);
      case 'profiles':
        for (const profile of listPrinterProfiles(store.db, stationId)) {
          io.stdout.write(`${describeProfile(profile)}\n`);
        }
        return 0;
      case 'jobs': {
        const jobs = listPrintJobs(store.db, stationId);
        if (line.flags.has('json')) {
          io.stdout.write(`${JSON.stringify(jobs, null, 2)}\n`);
          return 0;
        }
        for (const job of jobs) {
          io.stdout.write(`${job.id}\t${job.status}\t${job.attempts}\t${job.labelKind}\t${job.title}${job.lastError === null ? '' : `\t${job.lastError}`}\n`);
        }
        return 0;
      }
      case 'file': {
        if (argument === undefined) {
          throw new UsageError(printUsage);
        }
        const labelKind = line.flags.get('kind') ?? 'carrier';
        const queued = await printCarrierLabel(store.db, { requestKey: `cli-file-${uuidv4()}`, stationId, operatorId: null, labelKind }, readFileSync(argument), basename(argument));
        if (!queued.ok) {
          io.stderr.write(`packtrace: ${argument} was not queued. ${describePrintQueueError(queued.error)}\n`);
          return 1;
        }
        io.stdout.write(`job ${queued.value.id} queued (${queued.value.format}). Send it with: packtrace print run\n`);
        return 0;
      }
      case 'run':
        return await runWorker(store.db, stationId, line, io);
      case 'reprint':
      case 'void':
      case 'confirm':
        return operatorCommand(store.db, stationId, line, io);
      default:
        throw new UsageError(printUsage);
    }
  } finally {
    store.db.close();
  }
}
