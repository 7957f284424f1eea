import type Database from 'better-sqlite3';
import type { AmazonFbaReportKind } from '../../fba/amazon-report-kind';
import { importMyiReport } from '../../fba/import-myi';
import { importRemovalReport } from '../../fba/removal-import';
import type { CliIo } from '../io';

/**
 * Imports one of Amazon's FBA reports (Manage Inventory, removal orders, removal shipments) for
 * the client named by --client, and prints what it wrote. Returns the exit code.
 */
export function importFbaReport(
  db: Database.Database,
  io: CliIo,
  request: { readonly kind: AmazonFbaReportKind; readonly fileName: string; readonly content: Uint8Array; readonly clientCode: string | undefined },
): number {
  if (request.kind === 'customer-returns') {
    io.stderr.write(
      `packtrace: ${request.fileName} is an Amazon customer returns report. Import it with \`packtrace returns import --client CODE FILE\`.\n`,
    );
    return 1;
  }
  if (request.clientCode === undefined) {
    io.stderr.write(`packtrace: ${request.fileName} is an Amazon report without a client column. Name the client with --client CODE.\n`);
    return 1;
  }

  const file = { fileName: request.fileName, content: request.content, clientCode: request.clientCode };
  if (request.kind === 'manage-inventory') {
    const result = importMyiReport(db, file);
    if (!result.ok) {
      io.stderr.write(`packtrace: import failed: ${result.error.text}\n`);
      return 1;
    }
    const summary = result.value;
    io.stdout.write(
      `Imported ${request.fileName} (Manage FBA Inventory): ${summary.listings} listings, ${summary.created} products created, ` +
        `${summary.updated} updated, ${summary.unchanged} unchanged.\n`,
    );
    return 0;
  }

  const result = importRemovalReport(db, file);
  if (!result.ok) {
    io.stderr.write(`packtrace: import failed: ${result.error.text}\n`);
    return 1;
  }
  io.stdout.write(`Imported ${request.fileName} (${result.value.kind}): ${result.value.orders} removal orders, ${result.value.lines} lines.\n`);
  return 0;
}
