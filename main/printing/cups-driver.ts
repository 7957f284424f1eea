import { execFile } from 'node:child_process';
import { createLogger } from '../core/logger';
import { err, ok, type Result } from '../core/result';
import type { SpoolerError } from './spooler-errors';

const log = createLogger('cups');

/** One PDF to print on a CUPS queue at the label's own page size. */
export interface CupsPrintJob {
  /** CUPS destination name as `lpstat -p` lists it, such as `Zebra_GK420d`. */
  readonly queue: string;
  /** File to print: a PDF, or a printer-language file such as ZPL when `raw` is set. */
  readonly pdfPath: string;
  /** Job title shown in the queue. */
  readonly title: string;
  readonly pageWidthMm: number;
  readonly pageHeightMm: number;
  /**
   * Sends the file with `-o raw`, unchanged and unfiltered, for printer languages such as ZPL
   * that carry their own label size. Default false.
   */
  readonly raw?: boolean;
}

/** Settings of the CUPS client programs, injectable so tests can point them at a private cupsd. */
export interface CupsClientOptions {
  /** Environment of `lp` and `lpstat`; CUPS_SERVER in it selects the scheduler. Default: this process's. */
  readonly environment?: Readonly<Record<string, string | undefined>>;
  /** Time after which a client program is killed. Default 15 s. */
  readonly timeoutMs?: number;
  readonly lpCommand?: string;
  readonly lpstatCommand?: string;
  /** Default: `process.platform`. */
  readonly platform?: NodeJS.Platform;
}

const defaultTimeoutMs = 15_000;

// CUPS rejects names with spaces, '/', '#' or control characters, and allows up to 127 bytes.
// A leading '-' is rejected here as well, because `lp` would read such a name as an option.
const queueNamePattern = /^[^\s/#\-\u0000-\u001F\u007F][^\s/#\u0000-\u001F\u007F]{0,126}$/;

function formatMm(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/**
 * Builds the `lp` arguments that print `job` unscaled on a custom page of the label's size.
 * `--` ends the options, so a file name that starts with '-' is still read as a file.
 */
export function lpArguments(job: CupsPrintJob): ReadonlyArray<string> {
  const media = `media=Custom.${formatMm(job.pageWidthMm)}x${formatMm(job.pageHeightMm)}mm`;
  if (job.raw === true) {
    // The media option reaches the printer's queue settings; the raw bytes carry their own size.
    return ['-d', job.queue, '-o', 'raw', '-o', media, '-t', job.title, '--', job.pdfPath];
  }
  return [
    '-d',
    job.queue,
    '-o',
    media,
    '-o',
    'fit-to-page=false',
    '-o',
    'print-scaling=none',
    '-t',
    job.title,
    '--',
    job.pdfPath,
  ];
}

/** Reads the job id from `lp`'s output, such as `label4x6-17` from "request id is label4x6-17 (1 file(s))". */
export function parseLpJobId(output: string): string | undefined {
  return /^request id is (\S+)/m.exec(output)?.[1];
}

interface ClientRun {
  readonly exitCode: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** Node's error code when the program did not run or was killed: ENOENT, ETIMEDOUT and the like. */
  readonly systemError?: string;
}

function runClient(command: string, args: ReadonlyArray<string>, options: CupsClientOptions): Promise<ClientRun> {
  // The C locale keeps the client's messages in English, because they are parsed below.
  const environment = { ...(options.environment ?? process.env), LC_ALL: 'C', LANG: 'C' };
  return new Promise((resolveRun) => {
    execFile(command, [...args], { env: environment, timeout: options.timeoutMs ?? defaultTimeoutMs, encoding: 'utf8' }, (error, stdout, stderr) => {
      if (error === null) {
        resolveRun({ exitCode: 0, stdout, stderr });
        return;
      }
      const code = (error as NodeJS.ErrnoException).code;
      const killed = error.killed === true;
      resolveRun({
        exitCode: typeof code === 'number' ? code : null,
        stdout,
        stderr,
        ...(typeof code === 'string' ? { systemError: code } : killed ? { systemError: 'ETIMEDOUT' } : {}),
      });
    });
  });
}

function failedRun(command: string, run: ClientRun, queue: string): SpoolerError | undefined {
  if (run.systemError === 'ENOENT') {
    return { code: 'spooler-not-installed', command, detail: `${command} was not found on PATH` };
  }
  if (run.systemError === 'ETIMEDOUT') {
    return { code: 'spooler-timed-out', command, queue, detail: `${command} did not finish in time` };
  }
  if (run.systemError !== undefined) {
    return { code: 'print-job-failed', queue, detail: `${command} could not be started: ${run.systemError}` };
  }
  return undefined;
}

// `lp` and `lpstat -p` both report a missing destination when cupsd is down, so a failure is
// checked against `lpstat -r` before it is reported as a missing queue.
async function classifyQueueFailure(queue: string, clientOutput: string, options: CupsClientOptions): Promise<SpoolerError> {
  const lpstat = options.lpstatCommand ?? 'lpstat';
  const scheduler = await runClient(lpstat, ['-r'], options);
  const startFailure = failedRun(lpstat, scheduler, queue);
  if (startFailure !== undefined) {
    return startFailure;
  }
  if (!/^scheduler is running/m.test(scheduler.stdout)) {
    const server = (options.environment ?? process.env).CUPS_SERVER;
    return { code: 'spooler-not-running', ...(server === undefined ? {} : { server }), detail: scheduler.stdout.trim() || scheduler.stderr.trim() };
  }
  if (/does not exist|Invalid destination name|not found/i.test(clientOutput)) {
    return { code: 'printer-queue-not-found', queue, detail: clientOutput.trim() };
  }
  return { code: 'print-job-failed', queue, detail: clientOutput.trim() };
}

function unsupportedPlatform(options: CupsClientOptions): SpoolerError | undefined {
  const platform = options.platform ?? process.platform;
  return platform === 'win32' ? { code: 'spooler-unsupported-platform', platform, detail: 'CUPS lp is not available on Windows' } : undefined;
}

/**
 * Checks with `lpstat -p QUEUE` that the queue exists on the scheduler. Fails with
 * `printer-queue-invalid`, `printer-queue-not-found`, `spooler-not-running` (cupsd down or
 * unreachable), `spooler-not-installed` (no lpstat), `spooler-timed-out` or
 * `spooler-unsupported-platform` (Windows).
 */
export async function checkCupsQueue(queue: string, options: CupsClientOptions = {}): Promise<Result<void, SpoolerError>> {
  const unsupported = unsupportedPlatform(options);
  if (unsupported !== undefined) {
    return err(unsupported);
  }
  if (!queueNamePattern.test(queue)) {
    return err({ code: 'printer-queue-invalid', queue, detail: 'CUPS queue names have no spaces, "/", "#" or control characters and do not start with "-"' });
  }

  const lpstat = options.lpstatCommand ?? 'lpstat';
  const run = await runClient(lpstat, ['-p', queue], options);
  const startFailure = failedRun(lpstat, run, queue);
  if (startFailure !== undefined) {
    return err(startFailure);
  }
  if (run.exitCode !== 0) {
    return err(await classifyQueueFailure(queue, `${run.stderr}${run.stdout}`, options));
  }
  return ok(undefined);
}

/**
 * Prints a label PDF with `lp` on `job.queue` at 100 % on a custom page of the label's size,
 * and returns the CUPS job id. The arguments go to `execFile`, never through a shell. Fails with
 * the errors of `checkCupsQueue`, or `print-job-failed` when `lp` rejects the job.
 *
 * NOTE: `media=Custom.WxHmm` takes effect only on a queue whose driver accepts custom sizes. A
 * raw queue passes the PDF to the printer unchanged, so there the printer must understand PDF.
 */
export async function printWithCups(job: CupsPrintJob, options: CupsClientOptions = {}): Promise<Result<{ readonly jobId: string }, SpoolerError>> {
  const queue = await checkCupsQueue(job.queue, options);
  if (!queue.ok) {
    log.error('label queue check failed', { queue: job.queue, code: queue.error.code, detail: queue.error.detail });
    return queue;
  }

  const lp = options.lpCommand ?? 'lp';
  const run = await runClient(lp, lpArguments(job), options);
  const startFailure = failedRun(lp, run, job.queue);
  const failure = startFailure ?? (run.exitCode === 0 ? undefined : await classifyQueueFailure(job.queue, `${run.stderr}${run.stdout}`, options));
  if (failure !== undefined) {
    log.error('label print job failed', { queue: job.queue, pdfPath: job.pdfPath, code: failure.code, detail: failure.detail });
    return err(failure);
  }

  const jobId = parseLpJobId(run.stdout);
  if (jobId === undefined) {
    const error: SpoolerError = { code: 'print-job-failed', queue: job.queue, detail: `lp printed no request id: ${run.stdout.trim()}` };
    log.error('label print job failed', { queue: job.queue, pdfPath: job.pdfPath, code: error.code, detail: error.detail });
    return err(error);
  }
  log.info('label print job queued', { queue: job.queue, jobId, pdfPath: job.pdfPath });
  return ok({ jobId });
}
