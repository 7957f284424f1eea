import { describe, expect, it } from 'vitest';
import type { PrintFailure } from '../../../main/api/station-context';
import { err, ok, type Result } from '../../../main/core/result';
import type { LabelDocument } from '../../../main/labels/model';
import type { CupsPrintJob } from '../../../main/printing/cups-driver';
import type { SpoolerError } from '../../../main/printing/spooler-errors';
import { type LabelPrintDrivers, chooseLabelPrintRoute, createCartonLabelPrinter } from '../../../main/shell/label-printer';

const document: LabelDocument = { widthMm: 101.6, heightMm: 152.4, dpi: 203, title: 'Carton label 109506000000000429', elements: [] };

/** Drivers that record their calls and return the given results. */
function recordingDrivers(cupsResult: Result<{ jobId: string }, SpoolerError>, htmlResult: Result<void, PrintFailure>) {
  const calls: Array<{ driver: string; argument: unknown }> = [];
  const drivers: LabelPrintDrivers = {
    printWithCups: async (job: CupsPrintJob) => {
      calls.push({ driver: 'cups', argument: job });
      return cupsResult;
    },
    printLabelHtml: async (printed, deviceName) => {
      calls.push({ driver: 'html', argument: { title: printed.title, deviceName } });
      return htmlResult;
    },
  };
  return { drivers, calls };
}

describe('chooseLabelPrintRoute', () => {
  it.each([
    [{}, 'linux', { kind: 'electron' }],
    [{ PACKTRACE_PRINTER: '  ' }, 'linux', { kind: 'electron' }],
    [{ PACKTRACE_PRINTER: 'label4x6' }, 'linux', { kind: 'cups', queue: 'label4x6' }],
    [{ PACKTRACE_PRINTER: 'label4x6' }, 'darwin', { kind: 'cups', queue: 'label4x6' }],
    [{ PACKTRACE_PRINTER: 'ZDesigner GK420d' }, 'win32', { kind: 'electron', deviceName: 'ZDesigner GK420d' }],
  ] as const)('routes %j on %s', (environment, platform, route) => {
    expect(chooseLabelPrintRoute(environment, platform)).toEqual(route);
  });
});

describe('createCartonLabelPrinter', () => {
  it('sends the PDF to CUPS', async () => {
    const { drivers, calls } = recordingDrivers(ok({ jobId: 'label4x6-3' }), ok(undefined));
    const print = createCartonLabelPrinter({ kind: 'cups', queue: 'label4x6' }, drivers);

    expect(await print('/labels/carton-109506000000000429.pdf', document)).toEqual(ok(undefined));
    expect(calls).toEqual([
      {
        driver: 'cups',
        argument: { queue: 'label4x6', pdfPath: '/labels/carton-109506000000000429.pdf', title: document.title, pageWidthMm: 101.6, pageHeightMm: 152.4 },
      },
    ]);
  });

  it('describes a CUPS failure', async () => {
    const { drivers } = recordingDrivers(err({ code: 'printer-queue-not-found', queue: 'label4x6', detail: 'lpstat: Invalid destination name' }), ok(undefined));
    const print = createCartonLabelPrinter({ kind: 'cups', queue: 'label4x6' }, drivers);

    expect(await print('/labels/carton.pdf', document)).toEqual(
      err({ code: 'printer-queue-not-found', detail: 'Printer queue "label4x6" was not found. Check PACKTRACE_PRINTER against lpstat -p.' }),
    );
  });

  it('sends the document to Electron', async () => {
    const failure = err({ code: 'page-size-unsupported', detail: 'fixed paper' });
    const { drivers, calls } = recordingDrivers(ok({ jobId: 'unused' }), failure);
    const print = createCartonLabelPrinter({ kind: 'electron', deviceName: 'ZDesigner GK420d' }, drivers);

    expect(await print('/labels/carton.pdf', document)).toEqual(failure);
    expect(calls).toEqual([{ driver: 'html', argument: { title: document.title, deviceName: 'ZDesigner GK420d' } }]);
  });
});
