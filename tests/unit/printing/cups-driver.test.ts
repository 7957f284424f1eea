import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCaptionTranslator } from '../../../main/labels/captions';
import { buildCartonLabel } from '../../../main/labels/carton-label';
import { renderLabelPdf } from '../../../main/labels/pdf-renderer';
import { type CupsPrintJob, checkCupsQueue, lpArguments, parseLpJobId, printWithCups } from '../../../main/printing/cups-driver';
import { describeSpoolerError } from '../../../main/printing/spooler-errors';
import { type PrivateCupsd, type RawPrinterListener, findCupsd, startPrivateCupsd, startRawPrinterListener } from '../../support/private-cupsd';
import { sampleCartonLabelData } from '../../fixtures/labels/sample-carton';

const job: CupsPrintJob = {
  queue: 'label4x6',
  pdfPath: '/var/lib/packtrace/labels/carton-109506000000000429.pdf',
  title: 'Carton label 109506000000000429',
  pageWidthMm: 101.6,
  pageHeightMm: 152.4,
};

describe('lpArguments', () => {
  it('requests an unscaled custom page', () => {
    expect(lpArguments(job)).toEqual([
      '-d',
      'label4x6',
      '-o',
      'media=Custom.101.6x152.4mm',
      '-o',
      'fit-to-page=false',
      '-o',
      'print-scaling=none',
      '-t',
      'Carton label 109506000000000429',
      '--',
      '/var/lib/packtrace/labels/carton-109506000000000429.pdf',
    ]);
  });

  it('sends ZPL raw with media', () => {
    expect(lpArguments({ ...job, raw: true, pdfPath: '/tmp/job-7.zpl' })).toEqual([
      '-d',
      'label4x6',
      '-o',
      'raw',
      '-o',
      'media=Custom.101.6x152.4mm',
      '-t',
      'Carton label 109506000000000429',
      '--',
      '/tmp/job-7.zpl',
    ]);
  });

  it('keeps hostile title as one argument', () => {
    const args = lpArguments({ ...job, title: '"; rm -rf / #', pdfPath: '-o raw.pdf' });
    expect(args.slice(-4)).toEqual(['-t', '"; rm -rf / #', '--', '-o raw.pdf']);
  });
});

describe('parseLpJobId', () => {
  it('reads the request id', () => {
    expect(parseLpJobId('request id is label4x6-17 (1 file(s))\n')).toBe('label4x6-17');
  });

  it('returns undefined without request id', () => {
    expect(parseLpJobId('lp: Error - no default destination available.\n')).toBeUndefined();
  });
});

describe('checkCupsQueue without a scheduler', () => {
  it.each(['', 'two words', 'a/b', 'hash#name', '-oraw', 'tab\tname', 'x'.repeat(128)])('rejects queue name %j', async (queue) => {
    const checked = await checkCupsQueue(queue);
    expect(checked.ok ? 'accepted' : checked.error.code).toBe('printer-queue-invalid');
  });

  it('reports a missing lpstat', async () => {
    const checked = await checkCupsQueue('label4x6', { lpstatCommand: 'packtrace-no-such-lpstat' });
    expect(checked.ok ? 'accepted' : checked.error.code).toBe('spooler-not-installed');
    expect(checked.ok ? '' : describeSpoolerError(checked.error)).toBe('packtrace-no-such-lpstat is not installed. Install the CUPS client (Debian: cups-client).');
  });

  it('rejects Windows', async () => {
    const checked = await checkCupsQueue('label4x6', { platform: 'win32' });
    expect(checked.ok ? 'accepted' : checked.error.code).toBe('spooler-unsupported-platform');
  });
});

const cupsdPath = findCupsd();
if (cupsdPath === undefined) {
  console.warn('Skipping the private-cupsd tests of the CUPS driver: cupsd is not installed (Debian packages cups and cups-client).');
}

describe.skipIf(cupsdPath === undefined)('printWithCups on a private cupsd', () => {
  let cupsd: PrivateCupsd;
  let printer: RawPrinterListener;
  let folder: string;
  let pdfPath: string;
  let pdf: Buffer;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'packtrace-cups-job-'));
    const built = buildCartonLabel(sampleCartonLabelData, { dpi: 203, t: createCaptionTranslator('en') });
    if (!built.ok) {
      throw new Error(`Carton label not built: ${built.error.code}`);
    }
    pdf = await renderLabelPdf(built.value);
    pdfPath = join(folder, 'carton-109506000000000429.pdf');
    writeFileSync(pdfPath, pdf);

    printer = await startRawPrinterListener();
    cupsd = await startPrivateCupsd(cupsdPath ?? '');
    cupsd.addRawQueue('label4x6', printer.deviceUri);
  });

  afterAll(async () => {
    await cupsd?.dispose();
    await printer?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('delivers the PDF bytes unchanged', async () => {
    const printed = await printWithCups({ ...job, pdfPath }, { environment: cupsd.environment });

    expect(printed.ok ? printed.value.jobId : printed.error).toMatch(/^label4x6-\d+$/);
    const received = await printer.nextJob(20_000);
    expect(received.length).toBe(pdf.length);
    expect(received.equals(pdf)).toBe(true);
  });

  it('finds the existing queue', async () => {
    expect(await checkCupsQueue('label4x6', { environment: cupsd.environment })).toEqual({ ok: true, value: undefined });
  });

  it('reports a missing queue', async () => {
    const printed = await printWithCups({ ...job, queue: 'no-such-queue', pdfPath }, { environment: cupsd.environment });

    expect(printed.ok ? 'printed' : printed.error.code).toBe('printer-queue-not-found');
    expect(printed.ok ? '' : describeSpoolerError(printed.error)).toBe('Printer queue "no-such-queue" was not found. Check PACKTRACE_PRINTER against lpstat -p.');
  });

  it('reports a stopped scheduler', async () => {
    // Runs last in this block, because it stops the scheduler.
    await cupsd.stop();
    const printed = await printWithCups({ ...job, pdfPath }, { environment: cupsd.environment });

    expect(printed.ok ? 'printed' : printed.error.code).toBe('spooler-not-running');
    expect(printed.ok ? '' : describeSpoolerError(printed.error)).toBe(
      `The CUPS scheduler at ${cupsd.server} is not running or not reachable. Start cupsd and print again.`,
    );
  });
});
