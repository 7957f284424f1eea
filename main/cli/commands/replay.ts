import { readFileSync } from 'node:fs';
import { createTranslator } from '../../core/translator';
import { replayScans } from '../../packing/replay';
import { unescapeScanLine } from '../../scan/escapes';
import { findOrCreateOperator } from '../../store/operators';
import { ensureStation } from '../../store/station';
import { rejectUnknownFlags, requireFlag, UsageError, type ParsedCommandLine } from '../arguments';
import type { CliIo } from '../io';
import { openCliStore } from '../station-store';

/**
 * `replay --shipment REF FILE [--operator NAME]`: feeds raw scans, one per line with `\x1d`-style
 * escapes, through the pack screen's pipeline and prints one JSON verdict per line. Running the
 * same file again records nothing twice. Exits 1 when the shipment cannot be packed.
 */
export function runReplay(line: ParsedCommandLine, io: CliIo): number {
  rejectUnknownFlags(line, ['shipment', 'operator']);
  const shipmentReference = requireFlag(line, 'shipment');
  const [file] = line.positionals;
  if (file === undefined || line.positionals.length > 1) {
    throw new UsageError('replay takes exactly one FILE of scans');
  }

  let lines: string[];
  try {
    lines = readFileSync(file, 'utf8').split(/\r?\n/).map(unescapeScanLine);
  } catch (error) {
    io.stderr.write(`packtrace: cannot read ${file}: ${(error as Error).message}\n`);
    return 1;
  }

  const store = openCliStore(line.dataDir, io);
  if (store === null) {
    return 1;
  }

  try {
    const station = ensureStation(store.db);
    const operatorName = line.flags.get('operator');
    const operatorId = operatorName === undefined ? null : findOrCreateOperator(store.db, operatorName).id;
    const t = createTranslator('en');

    const result = replayScans(store.db, { stationId: station.id, operatorId }, shipmentReference, lines);
    if (!result.ok) {
      io.stderr.write(`packtrace: ${t(result.error.message.key, result.error.message.params)}\n`);
      return 1;
    }

    for (const replayed of result.value) {
      const { verdict } = replayed;
      const output = {
        line: replayed.lineNumber,
        outcome: verdict.outcome,
        code: verdict.code,
        message: t(verdict.message.key, verdict.message.params),
        ...(verdict.nextStep === null ? {} : { nextStep: t(verdict.nextStep.key, verdict.nextStep.params) }),
        replayed: verdict.replayed,
      };
      io.stdout.write(`${JSON.stringify(output)}\n`);
    }
    return 0;
  } finally {
    store.db.close();
  }
}
