import { renameSync, writeFileSync } from 'node:fs';
import { createTranslator } from '../../core/translator';
import { exportCartonManifest, type ManifestFormat } from '../../exports/carton-manifest';
import { findShipmentForPacking } from '../../packing/open-shipment';
import { rejectUnknownFlags, requireFlag, UsageError, type ParsedCommandLine } from '../arguments';
import type { CliIo } from '../io';
import { openCliStore } from '../station-store';
import { runExportEpcis } from './export-epcis';
import { runExportHistory } from './export-history';

function isManifestFormat(value: string): value is ManifestFormat {
  return value === 'csv' || value === 'xlsx';
}

/**
 * `export manifest --shipment REF --format csv|xlsx --out FILE`: writes the carton manifest of a
 * shipment, one row per unit in a carton, with every identifier kept as text.
 */
export async function runExport(line: ParsedCommandLine, io: CliIo): Promise<number> {
  const [kind] = line.positionals;
  if (kind === 'history') {
    return runExportHistory(line, io);
  }
  if (kind === 'epcis') {
    return runExportEpcis(line, io);
  }
  rejectUnknownFlags(line, ['shipment', 'format', 'out']);
  if (kind !== 'manifest' || line.positionals.length > 1) {
    throw new UsageError('usage: export manifest|history|epcis ... (see packtrace --help)');
  }
  const reference = requireFlag(line, 'shipment');
  const format = requireFlag(line, 'format');
  if (!isManifestFormat(format)) {
    throw new UsageError(`--format must be csv or xlsx, got ${format}`);
  }
  const out = requireFlag(line, 'out');

  const store = openCliStore(line.dataDir, io);
  if (store === null) {
    return 1;
  }

  try {
    const shipment = findShipmentForPacking(store.db, reference);
    if (!shipment.ok) {
      const t = createTranslator('en');
      io.stderr.write(`packtrace: ${t(shipment.error.message.key, shipment.error.message.params)}\n`);
      return 1;
    }

    const exported = await exportCartonManifest(store.db, shipment.value.id, format);
    if (!exported.ok) {
      io.stderr.write(`packtrace: shipment ${reference} was not found in ${store.dataDir}\n`);
      return 1;
    }

    // Through a temporary name, so a program watching the folder never reads half a file.
    writeFileSync(`${out}.partial`, exported.value.content);
    renameSync(`${out}.partial`, out);
    io.stdout.write(`Wrote ${out} (carton manifest of ${shipment.value.reference}, ${format})\n`);
    return 0;
  } finally {
    store.db.close();
  }
}
