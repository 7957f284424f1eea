import { openFileSink } from '../../exports/file-sink';
import { streamEpcisDocument, type EpcisExportFilter } from '../../exports/epcis/stream-epcis';
import { findClientByCode } from '../../store/clients';
import { rejectUnknownFlags, requireFlag, UsageError, type ParsedCommandLine } from '../arguments';
import type { CliIo } from '../io';
import { openCliStore } from '../station-store';

/** Reads --from/--to as a date (YYYY-MM-DD, midnight UTC) or a full ISO 8601 time, normalised to UTC. */
function parseTimeFlag(line: ParsedCommandLine, name: string): string | undefined {
  const value = line.flags.get(name);
  if (value === undefined) {
    return undefined;
  }
  const parsed = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(parsed)) {
    throw new UsageError(`--${name} must be a date (2026-03-31) or an ISO 8601 time, got ${value}`);
  }
  return new Date(parsed).toISOString();
}

/** Reads --after-seq/--through-seq as a history position: a whole number of at least 0. */
function parsePositionFlag(line: ParsedCommandLine, name: string): number | undefined {
  const value = line.flags.get(name);
  if (value === undefined) {
    return undefined;
  }
  const position = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(position)) {
    throw new UsageError(`--${name} must be a history position (a whole number such as 120000), got ${value}`);
  }
  return position;
}

const usage = 'usage: export epcis [--from T] [--to T] [--after-seq N] [--through-seq N] [--client CODE] --out FILE';

/**
 * `export epcis [--from T] [--to T] [--after-seq N] [--through-seq N] [--client CODE] --out FILE`:
 * streams the matching events as an EPCIS 2.0 JSON-LD document. `--from` is inclusive and `--to`
 * exclusive; `--after-seq` is exclusive and `--through-seq` inclusive.
 */
export function runExportEpcis(line: ParsedCommandLine, io: CliIo): number {
  rejectUnknownFlags(line, ['from', 'to', 'after-seq', 'through-seq', 'client', 'out']);
  if (line.positionals.length > 1) {
    throw new UsageError(usage);
  }
  const out = requireFlag(line, 'out');
  const clientCode = line.flags.get('client');
  const filter: EpcisExportFilter = {
    ...(parseTimeFlag(line, 'from') === undefined ? {} : { from: parseTimeFlag(line, 'from') }),
    ...(parseTimeFlag(line, 'to') === undefined ? {} : { to: parseTimeFlag(line, 'to') }),
    ...(clientCode === undefined ? {} : { clientCode }),
    ...(parsePositionFlag(line, 'after-seq') === undefined ? {} : { afterSeq: parsePositionFlag(line, 'after-seq') }),
    ...(parsePositionFlag(line, 'through-seq') === undefined ? {} : { throughSeq: parsePositionFlag(line, 'through-seq') }),
  };

  const store = openCliStore(line.dataDir, io);
  if (store === null) {
    return 1;
  }

  try {
    if (clientCode !== undefined && findClientByCode(store.db, clientCode) === undefined) {
      io.stderr.write(`packtrace: client ${clientCode} was not found in ${store.dataDir}\n`);
      return 1;
    }

    const sink = openFileSink(out);
    let summary;
    try {
      summary = streamEpcisDocument(store.db, sink, filter);
      sink.commit();
    } catch (error) {
      sink.abandon();
      throw error;
    }

    io.stdout.write(`Wrote ${out}: ${summary.events} EPCIS events\n`);
    if (summary.lastSeq !== null) {
      io.stdout.write(`The last event is at history position ${summary.lastSeq}; continue a feed with --after-seq ${summary.lastSeq}.\n`);
    }
    if (summary.digitalLinkIdentifiers > 0) {
      io.stdout.write(`${summary.digitalLinkIdentifiers} events name units or cartons by GS1 Digital Link URI, because their GTIN or SSCC is not under the client's own GS1 company prefix.\n`);
    }
    if (summary.privateIdentifiers > 0) {
      io.stdout.write(`${summary.privateIdentifiers} events name units of products without a GTIN by a urn:packtrace: URI.\n`);
    }
    if (summary.skipped > 0) {
      io.stdout.write(`${summary.skipped} events were left out because their unit or carton row is missing.\n`);
    }
    return 0;
  } finally {
    store.db.close();
  }
}
