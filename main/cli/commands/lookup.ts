import type { UnitLookup } from '../../api/contract';
import { createTranslator, type Translate } from '../../core/translator';
import { lookupUnitsBySerial } from '../../store/unit-lookup';
import { rejectUnknownFlags, UsageError, type ParsedCommandLine } from '../arguments';
import type { CliIo } from '../io';
import { openCliStore } from '../station-store';

/**
 * `lookup SERIAL [--json]`: prints every unit with this serial (any product, any client) with
 * its current state and timeline. Exits 1 when no unit has the serial.
 */
export function runLookup(line: ParsedCommandLine, io: CliIo): number {
  rejectUnknownFlags(line, ['json']);
  const [serial] = line.positionals;
  if (serial === undefined || line.positionals.length > 1) {
    throw new UsageError('lookup takes exactly one SERIAL');
  }

  const store = openCliStore(line.dataDir, io);
  if (store === null) {
    return 1;
  }

  try {
    const units = lookupUnitsBySerial(store.db, serial);
    if (line.flags.has('json')) {
      io.stdout.write(`${JSON.stringify(units)}\n`);
    } else if (units.length === 0) {
      io.stdout.write(`No unit with serial ${serial}.\n`);
    } else {
      const t = createTranslator('en');
      io.stdout.write(units.map((unit) => describeUnit(unit, t)).join('\n'));
    }
    return units.length === 0 ? 1 : 0;
  } finally {
    store.db.close();
  }
}

function describeUnit(unit: UnitLookup, t: Translate): string {
  const where = [
    unit.shipmentReference === null ? null : `shipment ${unit.shipmentReference}`,
    unit.cartonNumber === null ? null : `carton ${unit.cartonNumber} (SSCC ${unit.cartonSscc})`,
  ].filter((part) => part !== null);
  const header = [
    `${unit.serial}  ${unit.clientCode} / ${unit.sku}  ${unit.title}`,
    `  status: ${unit.status}${where.length > 0 ? `, ${where.join(', ')}` : ''}`,
    ...(unit.gtin === null ? [] : [`  GTIN: ${unit.gtin}`]),
    ...(unit.lot === null ? [] : [`  lot: ${unit.lot}`]),
    ...(unit.expiry === null ? [] : [`  expiry: ${unit.expiry}`]),
    '  history:',
  ];
  const timeline = unit.timeline.map(
    (entry) =>
      `    ${entry.occurredAt}  ${t(entry.message.key, entry.message.params)}` +
      `${entry.operatorName === null ? '' : `  (by ${entry.operatorName})`}`,
  );
  return `${[...header, ...timeline].join('\n')}\n`;
}
