import type { ParsedCommandLine } from './arguments';
import type { CliIo } from './io';
import { runBackup } from './commands/backup';
import { runExport } from './commands/export';
import { runImport } from './commands/import';
import { runLabel } from './commands/label';
import { fbaLabelKinds, runFbaLabel } from './commands/label-fba';
import { runLookup } from './commands/lookup';
import { runPrint } from './commands/print';
import { runRecall } from './commands/recall';
import { runReplay } from './commands/replay';
import { runRestore } from './commands/restore';
import { runReturns } from './commands/returns';
import { runScanParse } from './commands/scan-parse';
import { runSerialPattern } from './commands/serial-pattern';
import { runVerifyExport } from './commands/verify-export';
import { runVerifyHistory } from './commands/verify-history';

export interface CliCommand {
  readonly run: (line: ParsedCommandLine, io: CliIo) => number | Promise<number>;
}

export const commands: ReadonlyMap<string, CliCommand> = new Map<string, CliCommand>([
  ['backup', { run: runBackup }],
  ['export', { run: runExport }],
  ['import', { run: runImport }],
  ['label', { run: (line, io) => (fbaLabelKinds.has(line.positionals[0] ?? '') ? runFbaLabel(line, io) : runLabel(line, io)) }],
  ['lookup', { run: runLookup }],
  ['print', { run: runPrint }],
  ['recall', { run: runRecall }],
  ['replay', { run: runReplay }],
  ['restore', { run: runRestore }],
  ['returns', { run: runReturns }],
  ['scan-parse', { run: runScanParse }],
  ['serial-pattern', { run: runSerialPattern }],
  ['verify-export', { run: runVerifyExport }],
  ['verify-history', { run: runVerifyHistory }],
]);

export const usageText = `Usage: packtrace [--data-dir DIR] COMMAND [options]

Commands:
  import FILE [--client CODE]          Import products or shipments (CSV, Amazon order report,
                                       Shopify orders JSON) or Amazon's Manage Inventory and
                                       removal reports. A bad file imports nothing.
  scan-parse RAW [--gs-substitute C]   Decode one raw scan and print it as JSON. Write GS as \\x1d.
  replay --shipment REF FILE [--operator NAME]
                                       Feed raw scans (one per line, \x1d for GS) through the
                                       packing rules and print one JSON verdict per line.
  lookup SERIAL [--json]               Show every unit with this serial and its history.
  recall --lot LOT [--product SKU] [--client CODE] [--json]
                                       List every unit of a lot: status, location or carton,
                                       shipment and recipient. Puts nothing on hold.
  serial-pattern --client CODE --pattern PATTERN [SKU...]
                                       Set the pattern of serials assigned at receiving, such
                                       as ACME-{yy}{mm}-{n:6}; the SKUs get assigned serials.
  verify-history [--json]              Check the event hash chain; exit 1 at the first bad event.
  verify-export FILE [--fingerprint HEX] [--json]
                                       Check a signed history file without the database: every
                                       event, the chain and the Ed25519 signature. With
                                       --fingerprint, the file must be signed by that station key.
  label carton SSCC --out FILE [--format pdf|zpl] [--dpi 203|300] [--lang en|de|pl|fr]
                                       Write the label of a carton as PDF or as ZPL.
  label fnsku --fnsku X --title T --condition C --template NAME --out FILE
        [--copies N] [--start N] [--seller TEXT] [--dpi 203|300] [--format pdf|zpl]
                                       Write N FNSKU unit labels on a roll template
                                       (roll-2.25x1.25in, roll-2x1in, roll-50x25mm, ...) or
                                       a sheet (letter-30, a4-21/24/27/40/44) from position
                                       --start. ZPL only for roll templates.
  label fba-box --shipment ID --box N --out FILE [--stock 4x6in|3.33x4in]
        [--dpi 203|300] [--lang en|de|pl|fr] [--format pdf|zpl]
                                       Write the box ID label of a packed FBA box with the
                                       2D box-content barcode of the units scanned into it.
  print profile KIND --driver pdf-folder|cups|raw-tcp --target T --format pdf|zpl
        --media WxHmm|WxHin [--dpi 203|300] [--name NAME]
                                       Choose the printer of a label kind (carton, fnsku,
                                       fba-box, carrier; returned units: grade, serial,
                                       return-to-vendor). T: folder, CUPS queue or host:port.
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
  export history --out FILE            Write the whole event history as a signed history file
                                       (JSON Lines), signed with the station's Ed25519 key.
  export epcis [--from T] [--to T] [--after-seq N] [--through-seq N] [--client CODE] --out FILE
                                       Write events as an EPCIS 2.0 JSON-LD document. T is a
                                       date (UTC midnight) or ISO 8601 time; --to is exclusive.
                                       N is a history position; --after-seq is exclusive, so
                                       the last position of one export continues the next.
  returns import --client CODE FILE [--operator NAME]
                                       Import an Amazon customer returns report (tab-separated):
                                       each row becomes a return awaiting intake. A bad file
                                       imports nothing; importing a file again changes nothing.
  returns config --client CODE [FILE] [--operator NAME] [--json]
                                       Set the client's returns configuration (warranty days,
                                       checklists, disposition rules) from a JSON file, or
                                       print it when FILE is left out.
  returns exceptions [--client CODE] [--json]
                                       List the returned units waiting for a supervisor, oldest
                                       first, with their findings and age.
  returns list [--status open|awaiting-intake|in-progress|closed] [--client CODE] [--json]
                                       List returns, newest first (default: open ones).
  returns report [--from DATE] [--to DATE] [--client CODE] [--json]
        [--csv FILE [--table NAME] [--dialect standard|excel-eu]]
                                       Show returns per client, product, lot and reason, the
                                       recovery by grade and disposition, and the exception
                                       queue's age. DATE is YYYY-MM-DD, both ends included.
                                       With --csv, each table goes to FILE-<table>.csv, or one
                                       --table (by-client, by-product, by-lot, by-reason,
                                       recovery-by-grade, recovery-by-disposition,
                                       exception-age) to FILE.
  returns verify-photos [--json]       Check every return photo file against the SHA-256
                                       recorded when it was attached; exit 1 if one is missing
                                       or changed.
  backup [--out FILE]                  Copy the database while stations run and check the copy.
                                       Default: DIR/backups, rotated with the scheduled backups.
  restore FILE                         Replace the database with a checked backup. Stop every
                                       station first; the replaced file moves to DIR/backups.

Global options:
  --data-dir DIR   Station data folder (default: PACKTRACE_DATA_DIR, else the OS app-data folder).

Exit codes: 0 done, 1 the command found a problem, 2 usage error.
`;
