import { findClientProductBySku } from '../../store/catalog-lookup';
import { findClientByCode } from '../../store/clients';
import { setProductSerialSource } from '../../receiving/receiving-products';
import { setClientSerialPattern } from '../../receiving/serial-assignment';
import { inWriteTransaction } from '../../store/write-transaction';
import { rejectUnknownFlags, requireFlag, UsageError, type ParsedCommandLine } from '../arguments';
import type { CliIo } from '../io';
import { openCliStore } from '../station-store';

/**
 * `serial-pattern --client CODE --pattern PATTERN [SKU...]`: sets the client's pattern for
 * serials that receiving assigns, and marks each SKU given as a product without a manufacturer
 * serial. Pattern placeholders: {n:W} (required, the counter padded to W digits), {yyyy}, {yy},
 * {mm}, {dd}.
 */
export function runSerialPattern(line: ParsedCommandLine, io: CliIo): number {
  rejectUnknownFlags(line, ['client', 'pattern']);
  const clientCode = requireFlag(line, 'client');
  const pattern = requireFlag(line, 'pattern');

  const store = openCliStore(line.dataDir, io);
  if (store === null) {
    return 1;
  }

  try {
    const client = findClientByCode(store.db, clientCode);
    if (client === undefined) {
      io.stderr.write(`serial-pattern: client ${clientCode} not found\n`);
      return 1;
    }
    const products = line.positionals.map((sku) => ({ sku, product: findClientProductBySku(store.db, client.id, sku) }));
    const unknown = products.find((entry) => entry.product === undefined);
    if (unknown !== undefined) {
      throw new UsageError(`SKU ${unknown.sku} is not in the catalog of client ${client.code}`);
    }

    const result = inWriteTransaction(store.db, () => {
      const set = setClientSerialPattern(store.db, client.id, pattern);
      if (set.ok) {
        products.forEach((entry) => setProductSerialSource(store.db, entry.product?.id ?? 0, 'assigned'));
      }
      return set;
    });
    if (!result.ok) {
      io.stderr.write(`serial-pattern: invalid pattern ${pattern}: it needs exactly one {n:W} with W from 1 to 18\n`);
      return 1;
    }
    io.stdout.write(`Client ${client.code} assigns serials as ${pattern}${products.length === 0 ? '' : ` for ${products.map((entry) => entry.sku).join(', ')}`}.\n`);
    return 0;
  } finally {
    store.db.close();
  }
}
