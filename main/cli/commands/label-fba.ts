import { renameSync, writeFileSync } from 'node:fs';
import { isSupportedLanguage } from '../../core/translator';
import { describeFbaError } from '../../fba/error-text';
import { buildFbaBoxLabelFromStore } from '../../fba/box-label-document';
import { createCaptionTranslator } from '../../labels/captions';
import { type FbaBoxLabelStock, fbaBoxLabelStocks } from '../../labels/fba-box-label';
import { buildFnskuLabel } from '../../labels/fnsku-label';
import { buildFnskuSheets } from '../../labels/fnsku-sheet';
import { fnskuTemplates } from '../../labels/fnsku-templates';
import type { Dpi, LabelDocument } from '../../labels/model';
import { renderLabelPagesPdf } from '../../labels/pdf-renderer';
import { renderLabelZpl } from '../../labels/zpl-renderer';
import { rejectUnknownFlags, requireFlag, UsageError, type ParsedCommandLine } from '../arguments';
import type { CliIo } from '../io';
import { openCliStore } from '../station-store';

/** Label kinds this module prints; `label carton` stays in label.ts. */
export const fbaLabelKinds: ReadonlySet<string> = new Set(['fnsku', 'fba-box']);

type OutputFormat = 'pdf' | 'zpl';

function wholeNumberFlag(line: ParsedCommandLine, name: string, fallback: number): number {
  const text = line.flags.get(name);
  if (text === undefined) {
    return fallback;
  }
  if (!/^\d+$/.test(text) || Number(text) < 1) {
    throw new UsageError(`--${name} must be a whole number from 1, got ${text}`);
  }
  return Number(text);
}

function dpiFlag(line: ParsedCommandLine, fallback: Dpi): Dpi {
  const dpi = Number(line.flags.get('dpi') ?? fallback);
  if (dpi !== 203 && dpi !== 300) {
    throw new UsageError(`--dpi must be 203 or 300, got ${line.flags.get('dpi')}`);
  }
  return dpi;
}

function formatFlag(line: ParsedCommandLine): OutputFormat {
  const format = line.flags.get('format') ?? 'pdf';
  if (format !== 'pdf' && format !== 'zpl') {
    throw new UsageError(`--format must be pdf or zpl, got ${format}`);
  }
  return format;
}

// Through a temporary name, so a printer watching the folder never takes half a file.
function writeOutput(out: string, content: Buffer | string): void {
  writeFileSync(`${out}.partial`, content);
  renameSync(`${out}.partial`, out);
}

// One ZPL label per copy, so each copy is a complete ^XA...^XZ format the printer can count.
function renderCopies(pages: ReadonlyArray<LabelDocument>, format: OutputFormat, title: string): Promise<Buffer | string> | string | Error {
  if (format === 'pdf') {
    return renderLabelPagesPdf(title, pages);
  }
  const labels: string[] = [];
  for (const page of pages) {
    const zpl = renderLabelZpl(page);
    if (!zpl.ok) {
      return new Error(`the label cannot be written as ZPL (${zpl.error.code})`);
    }
    labels.push(zpl.value);
  }
  return labels.join('');
}

/**
 * `label fnsku --fnsku X --title T --condition C --template NAME [--copies N] [--start N]
 * [--seller TEXT] [--dpi 203|300] [--format pdf|zpl] --out FILE`: writes N FNSKU labels, one
 * per page on a roll template, or laid out on a sheet template from position `--start`.
 */
async function runFnskuLabel(line: ParsedCommandLine, io: CliIo): Promise<number> {
  rejectUnknownFlags(line, ['fnsku', 'title', 'condition', 'template', 'copies', 'start', 'seller', 'dpi', 'format', 'out']);
  const out = requireFlag(line, 'out');
  const templateName = requireFlag(line, 'template');
  const template = fnskuTemplates.get(templateName);
  if (template === undefined) {
    throw new UsageError(`unknown --template ${templateName}; use one of ${[...fnskuTemplates.keys()].join(', ')}`);
  }
  const copies = wholeNumberFlag(line, 'copies', 1);
  const format = formatFlag(line);
  const seller = line.flags.get('seller');
  const data = {
    fnsku: requireFlag(line, 'fnsku'),
    title: requireFlag(line, 'title'),
    condition: requireFlag(line, 'condition'),
    ...(seller === undefined ? {} : { sellerText: seller }),
  };

  let pages: ReadonlyArray<LabelDocument>;
  if (template.kind === 'roll') {
    if (line.flags.has('start')) {
      throw new UsageError('--start applies to sheet templates only');
    }
    const label = buildFnskuLabel(data, template, { dpi: dpiFlag(line, 203) });
    if (!label.ok) {
      io.stderr.write(`packtrace: ${describeFbaError(label.error)}\n`);
      return 1;
    }
    pages = Array.from({ length: copies }, () => label.value);
  } else {
    if (format === 'zpl') {
      throw new UsageError(`--format zpl is for thermal roll templates; ${templateName} is a sheet`);
    }
    const sheets = buildFnskuSheets({ template, entries: [{ label: data, count: copies }], startPosition: wholeNumberFlag(line, 'start', 1) }, { dpi: dpiFlag(line, 300) });
    if (!sheets.ok) {
      io.stderr.write(`packtrace: ${describeFbaError(sheets.error)}\n`);
      return 1;
    }
    pages = sheets.value;
  }

  const rendered = await renderCopies(pages, format, `FNSKU ${data.fnsku.trim().toUpperCase()}`);
  if (rendered instanceof Error) {
    io.stderr.write(`packtrace: ${rendered.message}\n`);
    return 1;
  }
  writeOutput(out, rendered);
  io.stdout.write(`Wrote ${out} (${copies} FNSKU label${copies === 1 ? '' : 's'}, ${templateName}, ${format})\n`);
  return 0;
}

/**
 * `label fba-box --shipment ID --box N [--stock 4x6in|3.33x4in] [--dpi 203|300]
 * [--lang en|de|pl|fr] [--format pdf|zpl] --out FILE`: writes the box ID label of a packed box
 * with the box-content barcode of the units scanned into it.
 */
async function runFbaBoxLabel(line: ParsedCommandLine, io: CliIo): Promise<number> {
  rejectUnknownFlags(line, ['shipment', 'box', 'stock', 'dpi', 'lang', 'format', 'out']);
  const out = requireFlag(line, 'out');
  const shipmentId = requireFlag(line, 'shipment');
  requireFlag(line, 'box');
  const boxNumber = wholeNumberFlag(line, 'box', 1);
  const stock = line.flags.get('stock') ?? '4x6in';
  if (!(stock in fbaBoxLabelStocks)) {
    throw new UsageError(`--stock must be ${Object.keys(fbaBoxLabelStocks).join(' or ')}, got ${stock}`);
  }
  const language = line.flags.get('lang') ?? 'en';
  if (!isSupportedLanguage(language)) {
    throw new UsageError(`--lang must be en, de, pl or fr, got ${language}`);
  }
  const format = formatFlag(line);
  const dpi = dpiFlag(line, 203);

  const store = openCliStore(line.dataDir, io);
  if (store === null) {
    return 1;
  }
  try {
    const label = buildFbaBoxLabelFromStore(store.db, shipmentId, boxNumber, { dpi, stock: stock as FbaBoxLabelStock, t: createCaptionTranslator(language) });
    if (!label.ok) {
      io.stderr.write(`packtrace: ${describeFbaError(label.error)}\n`);
      return 1;
    }
    const rendered = await renderCopies([label.value], format, label.value.title);
    if (rendered instanceof Error) {
      io.stderr.write(`packtrace: ${rendered.message}\n`);
      return 1;
    }
    writeOutput(out, rendered);
    io.stdout.write(`Wrote ${out} (${label.value.title}, ${stock}, ${format})\n`);
    return 0;
  } finally {
    store.db.close();
  }
}

/** Runs `label fnsku` or `label fba-box`; the caller routes only those kinds here. */
export async function runFbaLabel(line: ParsedCommandLine, io: CliIo): Promise<number> {
  const [kind, ...rest] = line.positionals;
  if (rest.length > 0) {
    throw new UsageError(`label ${kind} takes no positional arguments, got ${rest.join(' ')}`);
  }
  return kind === 'fnsku' ? runFnskuLabel(line, io) : runFbaBoxLabel(line, io);
}
