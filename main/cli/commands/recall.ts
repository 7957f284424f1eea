import { selectRecallUnits } from '../../tracking/recall';
import { rejectUnknownFlags, requireFlag, UsageError, type ParsedCommandLine } from '../arguments';
import type { CliIo } from '../io';
import { openCliStore } from '../station-store';

/**
 * `recall --lot LOT [--product SKU] [--client CODE] [--json]`: lists every unit of the lot with
 * its status, location or carton, shipment and recipient, the same list the recall screen shows.
 * It puts nothing on hold. Exits 1 when no unit matches.
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
    const selected = selectRecallUnits(store.db, {
      lot,
      ...(sku === undefined ? {} : { sku }),
      ...(clientCode === undefined ? {} : { clientCode }),
    });
    if (!selected.ok) {
      io.stderr.write(`recall: ${selected.error.code}\n`);
      return 2;
    }

    const units = selected.value;
    if (line.flags.has('json')) {
      io.stdout.write(`${JSON.stringify({ lot, product: sku ?? null, client: clientCode ?? null, units })}\n`);
    } else if (units.length === 0) {
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
