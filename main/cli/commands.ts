import type { ParsedCommandLine } from './arguments';
import type { CliIo } from './io';
import { runBackup } from './commands/backup';
import { runExport } from './commands/export';
import { runImport } from './commands/import';
import { runLabel } from './commands/label';
import { runLookup } from './commands/lookup';
import { runPrint } from './commands/print';
import { runReplay } from './commands/replay';
import { runRestore } from './commands/restore';
import { runScanParse } from './commands/scan-parse';
import { runVerifyHistory } from './commands/verify-history';

export interface CliCommand {
  readonly run: (line: ParsedCommandLine, io: CliIo) => number | Promise<number>;
}

export const commands: ReadonlyMap<string, CliCommand> = new Map<string, CliCommand>([
  ['backup', { run: runBackup }],
  ['export', { run: runExport }],
  ['import', { run: runImport }],
  ['label', { run: runLabel }],
  ['lookup', { run: runLookup }],
  ['print', { run: runPrint }],
  ['replay', { run: runReplay }],
  ['restore', { run: runRestore }],
  ['scan-parse', { run: runScanParse }],
  ['verify-history', { run: runVerifyHistory }],
]);

export const usageText = `Usage: packtrace [--data-dir DIR] COMMAND [options]

Commands:
  import FILE [--client CODE]          Import products or shipments (CSV, Amazon order report,
                                       Shopify orders JSON). A bad file imports nothing.
  scan-parse RAW [--gs-substitute C]   Decode one raw scan and print it as JSON. Write GS as \\x1d.
  replay --shipment REF FILE [--operator NAME]
                                       Feed raw scans (one per line, \x1d for GS) through the
                                       packing rules and print one JSON verdict per line.
  lookup SERIAL [--json]               Show every unit with this serial and its history.
  verify-history [--json]              Check the event hash chain; exit 1 at the first bad event.
  label carton SSCC --out FILE [--format pdf|zpl] [--dpi 203|300] [--lang en|de|pl|fr]
                                       Write the label of a carton as PDF or as ZPL.
  print profile KIND --driver pdf-folder|cups|raw-tcp --target T --format pdf|zpl
        --media WxHmm|WxHin [--dpi 203|300] [--name NAME]
                                       Choose the printer of a label kind (carton, fnsku,
                                       fba-box, carrier). T: folder, CUPS queue or host:port.
  print profiles | print jobs [--json] List printer profiles or the print jobs of this station.
  print file FILE [--kind carrier]     Queue a carrier's PDF or ZPL label; PDF sheets are cut
                                       into 4x6 in pages, never scaled.
  print run [--watch SECONDS]          Send queued jobs, each once; keep polling for SECONDS.
  print reprint|void|confirm JOB --reason TEXT
                                       Print a job again, cancel it, or record that an uncertain
                                       job did print.
  export manifest --shipment REF --format csv|xlsx --out FILE
                                       Write the carton manifest of a shipment: one row per
                                       packed unit, identifiers (SSCC, GTIN, serial) as text.
  backup [--out FILE]                  Copy the database while stations run and check the copy.
                                       Default: DIR/backups, rotated with the scheduled backups.
  restore FILE                         Replace the database with a checked backup. Stop every
                                       station first; the replaced file moves to DIR/backups.

Global options:
  --data-dir DIR   Station data folder (default: PACKTRACE_DATA_DIR, else the OS app-data folder).

Exit codes: 0 done, 1 the command found a problem, 2 usage error.
`;
