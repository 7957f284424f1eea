import { streamRecallUnits } from '../../tracking/recall';
import type { UnitSearchRow } from '../../tracking/search';
import { rejectUnknownFlags, requireFlag, UsageError, type ParsedCommandLine } from '../arguments';
import type { CliIo } from '../io';
import { openCliStore } from '../station-store';

/**
 * `recall --lot LOT [--product SKU] [--client CODE] [--json]`: lists every unit of the lot with
 * its status, location or carton, shipment and recipient, the same list the recall screen shows.
 * It puts nothing on hold. Exits 1 when no unit matches. With --json the units are written as
 * SQLite returns them, so memory stays flat for a lot of any size.
 */
export function runRecall(line: ParsedCommandLine, io: CliIo): number {
  rejectUnknownFlags(line, ['lot', 'product', 'client', 'json']);
  if (line.positionals.length > 0) {
    throw new UsageError('recall takes no positional arguments');
  }
  const lot = requireFlag(line, 'lot');
  const sku = line.flags.get('product');
  const clientCode = line.flags.get('client');

  const store = openCliStore(line.dataDir, io);
  if (store === null) {
    return 1;
  }

  try {
    const selected = streamRecallUnits(store.db, {
      lot,
      ...(sku === undefined ? {} : { sku }),
      ...(clientCode === undefined ? {} : { clientCode }),
    });
    if (!selected.ok) {
      io.stderr.write(`recall: ${selected.error.code}\n`);
      return 2;
    }

    if (line.flags.has('json')) {
      const written = writeRecallJson(io, { lot, product: sku ?? null, client: clientCode ?? null }, selected.value);
      return written === 0 ? 1 : 0;
    }

    const units = [...selected.value];
    if (units.length === 0) {
      io.stdout.write(`No unit in lot ${lot}.\n`);
    } else {
      const rows = units.map((unit) =>
        [
          unit.serial,
          `${unit.clientCode}/${unit.sku}`,
          unit.status,
          unit.locationCode ?? unit.cartonSscc ?? '-',
          unit.shipmentReference ?? '-',
          unit.recipient ?? '-',
        ].join('  '),
      );
      io.stdout.write(`${units.length} units in lot ${lot}:\n${rows.join('\n')}\n`);
    }
    return units.length === 0 ? 1 : 0;
  } finally {
    store.db.close();
  }
}

/** Output chunk size: large enough that a big lot takes few writes, small enough to stay flat. */
const jsonChunkChars = 64 * 1024;

/**
 * Writes `{ ...header, units: [...] }` as one line of JSON, the same text JSON.stringify gives
 * for the whole object, one chunk at a time. Returns the number of units written.
 */
function writeRecallJson(io: CliIo, header: { readonly lot: string; readonly product: string | null; readonly client: string | null }, units: Iterable<UnitSearchRow>): number {
  let chunk = `${JSON.stringify(header).slice(0, -1)},"units":[`;
  let count = 0;
  for (const unit of units) {
    chunk += `${count === 0 ? '' : ','}${JSON.stringify(unit)}`;
    count += 1;
    if (chunk.length >= jsonChunkChars) {
      io.stdout.write(chunk);
      chunk = '';
    }
  }

  io.stdout.write(`${chunk}]}\n`);
  return count;
}
