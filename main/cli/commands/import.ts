import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { detectAmazonFbaReport } from '../../fba/amazon-report-kind';
import { importFile, maxImportBytes } from '../../imports/import-file';
import { rejectUnknownFlags, UsageError, type ParsedCommandLine } from '../arguments';
import { openCliStore } from '../station-store';
import type { CliIo } from '../io';
import { importFbaReport } from './import-fba-report';

/**
 * `import FILE [--client CODE]`: imports products, shipments or one of Amazon's FBA reports
 * (Manage Inventory, removal orders, removal shipments). A rejected file writes nothing.
 */
export function runImport(line: ParsedCommandLine, io: CliIo): number {
  rejectUnknownFlags(line, ['client']);
  const [path] = line.positionals;
  if (path === undefined || line.positionals.length > 1) {
    throw new UsageError('import takes exactly one FILE');
  }

  let content: Buffer;
  try {
    if (statSync(path).size > maxImportBytes) {
      io.stderr.write(`packtrace: ${path} is larger than ${maxImportBytes / 1024 / 1024} MiB. Split it into smaller files.\n`);
      return 1;
    }
    content = readFileSync(path);
  } catch (error) {
    io.stderr.write(`packtrace: cannot read ${path}: ${(error as Error).message}\n`);
    return 1;
  }

  const store = openCliStore(line.dataDir, io);
  if (store === null) {
    return 1;
  }

  try {
    const clientCode = line.flags.get('client');
    const fbaReport = detectAmazonFbaReport(content);
    if (fbaReport !== null) {
      return importFbaReport(store.db, io, { kind: fbaReport, fileName: basename(path), content, clientCode });
    }

    const result = importFile(store.db, { fileName: basename(path), content, ...(clientCode ? { clientCode } : {}) });
    if (!result.ok) {
      io.stderr.write(`packtrace: import failed: ${result.error.text}\n`);
      return 1;
    }

    const summary = result.value;
    io.stdout.write(
      `Imported ${basename(path)} (${summary.format}): ${summary.products} products, ` +
        `${summary.shipmentsCreated} shipments created, ${summary.shipmentsUpdated} updated, ` +
        `${summary.shipmentsUnchanged} unchanged, ${summary.lines} lines.\n`,
    );
    for (const warning of summary.warnings) {
      io.stdout.write(`warning: ${warning.text}\n`);
    }
    return 0;
  } finally {
    store.db.close();
  }
}
