import { decodeScan } from '../../scan/decode';
import { unescapeScanLine } from '../../scan/escapes';
import { formatScanParseJson } from '../../scan/scan-parse-output';
import { rejectUnknownFlags, UsageError, type ParsedCommandLine } from '../arguments';
import type { CliIo } from '../io';

/**
 * `scan-parse RAW [--gs-substitute C]`: decodes one raw scan and prints one JSON object. A scan
 * that fails to decode is a result, not an error, so it exits 0 either way.
 */
export function runScanParse(line: ParsedCommandLine, io: CliIo): number {
  rejectUnknownFlags(line, ['gs-substitute']);
  if (line.positionals.length !== 1) {
    throw new UsageError('scan-parse takes exactly one RAW argument (quote it, and write GS as \\x1d)');
  }

  const raw = unescapeScanLine(line.positionals[0] as string);
  const gsSubstitute = line.flags.get('gs-substitute');
  const result = decodeScan(raw, gsSubstitute === undefined ? {} : { gsSubstitute });

  io.stdout.write(`${JSON.stringify(formatScanParseJson(result))}\n`);
  return 0;
}
