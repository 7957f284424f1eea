import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildFnskuLabel } from '../../../main/labels/fnsku-label';
import { buildFnskuSheets } from '../../../main/labels/fnsku-sheet';
import { fnskuTemplates, type SheetTemplate } from '../../../main/labels/fnsku-templates';
import { renderLabelPagesPdf, renderLabelPdf } from '../../../main/labels/pdf-renderer';
import { renderLabelZpl } from '../../../main/labels/zpl-renderer';
import { summarizeTimings, type TimingSummary } from '../statistics';
import { mixedFnskuJob } from './fnsku-job';
import { runGlabelsSheet, runZintBarcodes, type ToolRun } from './reference-tools';

export interface FnskuBenchOptions {
  /** Labels in the mixed sheet job (3,000 in the full run). */
  readonly jobLabels: number;
  readonly distinctFnskus: number;
  /** Timed single-label renders per format. */
  readonly singleRenders: number;
  /** Timed runs of the whole sheet job; the median is the reported figure. */
  readonly jobRuns: number;
}

export const defaultFnskuBenchOptions: FnskuBenchOptions = { jobLabels: 3_000, distinctFnskus: 20, singleRenders: 200, jobRuns: 5 };
export const quickFnskuBenchOptions: FnskuBenchOptions = { jobLabels: 300, distinctFnskus: 20, singleRenders: 20, jobRuns: 2 };

export interface FnskuBenchResult {
  readonly options: FnskuBenchOptions;
  /** Build plus render of one 2.25 × 1.25 in label at 203 dpi. */
  readonly singlePdf: TimingSummary;
  readonly singleZpl: TimingSummary;
  readonly job: { readonly template: string; readonly labels: number; readonly pages: number; readonly runs: TimingSummary; readonly pdfBytes: number };
  readonly zint: ToolRun;
  readonly glabels: ToolRun;
  /** Packtrace job median divided by the reference time; under 1 means Packtrace is faster. */
  readonly ratioToGlabels: number | null;
  readonly ratioToZintPlusGlabels: number | null;
  readonly targets: { readonly jobUnder2s: boolean; readonly fasterThanGlabels: boolean | null };
}

const sample = { fnsku: 'X00ABC1234', title: 'Acme Stainless Steel Water Bottle with Straw Lid, 750 ml, Midnight Blue', condition: 'New' };

async function timeSingleLabels(renders: number, format: 'pdf' | 'zpl'): Promise<TimingSummary> {
  const roll = fnskuTemplates.get('roll-2.25x1.25in');
  if (roll?.kind !== 'roll') throw new Error('roll-2.25x1.25in template missing');
  const samplesMs: number[] = [];
  // Ten untimed renders load the fonts and warm the JIT first.
  for (let index = 0; index < renders + 10; index += 1) {
    const start = performance.now();
    const label = buildFnskuLabel(sample, roll, { dpi: 203 });
    if (!label.ok) throw new Error(`bench FNSKU label was not built: ${label.error.code}`);
    if (format === 'pdf') {
      await renderLabelPdf(label.value);
    } else if (!renderLabelZpl(label.value).ok) {
      throw new Error('bench FNSKU label was not rendered as ZPL');
    }
    if (index >= 10) samplesMs.push(performance.now() - start);
  }
  return summarizeTimings(samplesMs);
}

/**
 * Times one FNSKU label as PDF and as ZPL, a mixed sheet job on US Letter 30-up from entries to
 * PDF bytes, and the same job made by zint (barcodes) and glabels-3-batch (sheet). A reference
 * tool that is missing is reported, not fatal.
 */
export async function runFnskuLabelBench(options: FnskuBenchOptions, progress: (message: string) => void): Promise<FnskuBenchResult> {
  const template = fnskuTemplates.get('letter-30') as SheetTemplate;
  const entries = mixedFnskuJob(options.jobLabels, options.distinctFnskus);

  progress(`Timing ${options.singleRenders} FNSKU labels as PDF and as ZPL`);
  const singlePdf = await timeSingleLabels(options.singleRenders, 'pdf');
  const singleZpl = await timeSingleLabels(options.singleRenders, 'zpl');

  progress(`Timing a mixed ${options.jobLabels}-label Letter 30-up job ${options.jobRuns} times`);
  const jobMs: number[] = [];
  let pages = 0;
  let pdfBytes = 0;
  for (let run = 0; run < options.jobRuns; run += 1) {
    const start = performance.now();
    const sheets = buildFnskuSheets({ template, entries, startPosition: 1 });
    if (!sheets.ok) throw new Error(`bench sheet job was not built: ${sheets.error.code}`);
    const pdf = await renderLabelPagesPdf('bench', sheets.value);
    jobMs.push(performance.now() - start);
    pages = sheets.value.length;
    pdfBytes = pdf.length;
  }
  const runs = summarizeTimings(jobMs);

  const directory = mkdtempSync(join(tmpdir(), 'packtrace-fnsku-bench-'));
  try {
    progress('Making the same job with zint and glabels-3-batch');
    const zint = runZintBarcodes(entries, join(directory, 'zint'));
    const glabels = zint.ok ? runGlabelsSheet(entries, template, join(directory, 'zint'), join(directory, 'glabels')) : { ok: false as const, reason: 'needs the zint barcodes' };
    const ratioToGlabels = glabels.ok ? runs.medianMs / glabels.ms : null;
    const ratioToZintPlusGlabels = glabels.ok && zint.ok ? runs.medianMs / (zint.ms + glabels.ms) : null;
    return {
      options,
      singlePdf,
      singleZpl,
      job: { template: template.name, labels: options.jobLabels, pages, runs, pdfBytes },
      zint,
      glabels,
      ratioToGlabels,
      ratioToZintPlusGlabels,
      targets: { jobUnder2s: runs.medianMs < 2_000, fasterThanGlabels: ratioToGlabels === null ? null : ratioToGlabels < 1 },
    };
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

function ms(value: number): string {
  return `${value.toFixed(1)} ms`;
}

/** Formats the result as a plain-text table for the terminal. */
export function formatFnskuBenchTable(result: FnskuBenchResult): string {
  const tool = (run: ToolRun): string => (run.ok ? `${ms(run.ms)} (${run.version})` : `not run: ${run.reason}`);
  const ratio = (value: number | null): string => (value === null ? 'n/a' : value.toFixed(3));
  return [
    'FNSKU labels',
    `  one label PDF (build + render)   median ${ms(result.singlePdf.medianMs)}   p99 ${ms(result.singlePdf.p99Ms)}`,
    `  one label ZPL (build + render)   median ${ms(result.singleZpl.medianMs)}   p99 ${ms(result.singleZpl.p99Ms)}`,
    `  ${result.job.labels}-label ${result.job.template} job   median ${ms(result.job.runs.medianMs)}   max ${ms(result.job.runs.maxMs)}   ${result.job.pages} pages, ${result.job.pdfBytes} bytes`,
    `  zint --batch, same barcodes       ${tool(result.zint)}`,
    `  glabels-3-batch, same sheet       ${tool(result.glabels)}`,
    `  Packtrace / glabels               ${ratio(result.ratioToGlabels)}`,
    `  Packtrace / (zint + glabels)      ${ratio(result.ratioToZintPlusGlabels)}`,
    `  target: job under 2 s             ${result.targets.jobUnder2s ? 'met' : 'MISSED'}`,
    `  target: faster than glabels       ${result.targets.fasterThanGlabels === null ? 'not measured' : result.targets.fasterThanGlabels ? 'met' : 'MISSED'}`,
  ].join('\n');
}
