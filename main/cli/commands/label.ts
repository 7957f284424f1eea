import { renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isSupportedLanguage } from '../../core/translator';
import type { Dpi } from '../../labels/model';
import { renderLabelZpl } from '../../labels/zpl-renderer';
import { writeCartonLabelWithDocument } from '../../packing/carton-label-file';
import { normalizeSscc } from '../../scan/sscc';
import { findCartonBySscc } from '../../store/cartons';
import { rejectUnknownFlags, requireFlag, UsageError, type ParsedCommandLine } from '../arguments';
import type { CliIo } from '../io';
import { openCliStore } from '../station-store';

/**
 * `label carton SSCC --out FILE [--format pdf|zpl] [--dpi 203|300] [--lang en|de|pl|fr]`: renders
 * the label of a carton, by its SSCC, to FILE as PDF (default) or ZPL for the given DPI. The PDF
 * also goes to the station's labels folder, as closing the carton does.
 */
export async function runLabel(line: ParsedCommandLine, io: CliIo): Promise<number> {
  rejectUnknownFlags(line, ['out', 'dpi', 'lang', 'format']);
  const [kind, cartonText] = line.positionals;
  if (kind !== 'carton' || cartonText === undefined || line.positionals.length > 2) {
    throw new UsageError('usage: label carton SSCC --out FILE.pdf');
  }
  const out = requireFlag(line, 'out');
  const dpi = Number(line.flags.get('dpi') ?? '203');
  if (dpi !== 203 && dpi !== 300) {
    throw new UsageError(`--dpi must be 203 or 300, got ${line.flags.get('dpi')}`);
  }
  const format = line.flags.get('format') ?? 'pdf';
  if (format !== 'pdf' && format !== 'zpl') {
    throw new UsageError(`--format must be pdf or zpl, got ${format}`);
  }
  const language = line.flags.get('lang') ?? 'en';
  if (!isSupportedLanguage(language)) {
    throw new UsageError(`--lang must be en, de, pl or fr, got ${language}`);
  }
  const sscc = normalizeSscc(cartonText.replace(/^\(00\)/, '').replace(/\s+/g, ''));
  if (!sscc.ok) {
    io.stderr.write(`packtrace: ${cartonText} is not a valid SSCC: ${sscc.error.message}\n`);
    return 1;
  }

  const store = openCliStore(line.dataDir, io);
  if (store === null) {
    return 1;
  }

  try {
    const carton = findCartonBySscc(store.db, sscc.value);
    if (carton === undefined) {
      io.stderr.write(`packtrace: no carton with SSCC ${sscc.value} in ${store.dataDir}\n`);
      return 1;
    }

    const written = await writeCartonLabelWithDocument(store.db, carton.id, {
      labelsDir: join(store.dataDir, 'labels'),
      language,
      dpi: dpi as Dpi,
    });
    if (!written.ok) {
      io.stderr.write(`packtrace: the label of carton ${sscc.value} could not be rendered (${written.error.code})\n`);
      return 1;
    }

    let bytes = Buffer.from(written.value.file.pdfBase64, 'base64');
    if (format === 'zpl') {
      const zpl = renderLabelZpl(written.value.document);
      if (!zpl.ok) {
        io.stderr.write(`packtrace: the label of carton ${sscc.value} could not be rendered as ZPL (${zpl.error.code}: ${zpl.error.data})\n`);
        return 1;
      }
      bytes = Buffer.from(zpl.value, 'ascii');
    }

    // Through a temporary name, so a printer watching the folder never takes half a file.
    writeFileSync(`${out}.partial`, bytes);
    renameSync(`${out}.partial`, out);
    io.stdout.write(`Wrote ${out} (carton ${carton.number}, SSCC ${sscc.value})\n`);
    return 0;
  } finally {
    store.db.close();
  }
}
