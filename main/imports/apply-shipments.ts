import type Database from 'better-sqlite3';
import type { Address } from '../api/contract';
import { invariant } from '../core/assert';
import { err, ok, type Result } from '../core/result';
import { findProductBySku, insertProduct } from '../store/products';
import {
  findShipmentForImport,
  insertShipment,
  replaceShipmentContent,
  type ImportedLine,
  type ShipmentContent,
} from '../store/shipment-imports';
import type { ClientResolver } from './client-resolver';
import { makeAddress, type LineDraft, type ShipmentDraft } from './drafts';
import { importError, type ImportError } from './import-error';

export interface ShipmentCounts {
  created: number;
  unchanged: number;
  updated: number;
  /** Shipment lines written for created and updated shipments. */
  lines: number;
  /** Catalog entries created from order lines. */
  productsCreated: number;
}

/**
 * Writes shipment drafts. A new reference is inserted. A stored shipment with the same content
 * is counted as unchanged. One with other content is replaced while its packing has not started
 * (an edited order is still safe to change then), and is refused once it has.
 */
export function applyShipments(
  db: Database.Database,
  file: string,
  source: string,
  drafts: ReadonlyArray<ShipmentDraft>,
  options: { readonly clients: ClientResolver; readonly createsMissingProducts: boolean; readonly now: string },
): Result<ShipmentCounts, ImportError> {
  const counts: ShipmentCounts = { created: 0, unchanged: 0, updated: 0, lines: 0, productsCreated: 0 };
  for (const draft of drafts) {
    const client = options.clients.resolve(draft.client);
    if (!client.ok) return client;
    const lines = resolveLines(db, file, client.value.id, draft.lines, options, counts);
    if (!lines.ok) return lines;

    const content: ShipmentContent = { kind: draft.kind, shipTo: draft.shipTo, lines: lines.value };
    const stored = findShipmentForImport(db, client.value.id, draft.reference);
    if (stored === undefined) {
      insertShipment(db, { ...content, clientId: client.value.id, reference: draft.reference, source }, options.now);
      counts.created += 1;
      counts.lines += content.lines.length;
    } else if (sameContent(stored, content)) {
      counts.unchanged += 1;
    } else if (stored.packingStarted) {
      return err(
        importError('import-shipment-packing-started', 'shipmentPackingStarted', { file, value: draft.reference }, {
          client: client.value.code,
        }),
      );
    } else {
      replaceShipmentContent(db, stored.id, { ...content, source });
      counts.updated += 1;
      counts.lines += content.lines.length;
    }
  }
  return ok(counts);
}

/** Turns SKUs into product ids, adding up lines that name the same product, ordered by product id. */
function resolveLines(
  db: Database.Database,
  file: string,
  clientId: number,
  drafts: ReadonlyArray<LineDraft>,
  options: { readonly createsMissingProducts: boolean; readonly now: string },
  counts: ShipmentCounts,
): Result<ReadonlyArray<ImportedLine>, ImportError> {
  const quantities = new Map<number, number>();
  for (const line of drafts) {
    let productId = findProductBySku(db, clientId, line.sku)?.id;
    if (productId === undefined && options.createsMissingProducts) {
      productId = insertProduct(db, clientId, catalogEntryFromOrder(line), options.now);
      counts.productsCreated += 1;
    }
    if (productId === undefined) {
      invariant('row' in line.origin, 'only CSV shipment imports require existing products');
      return err(
        importError('import-product-not-found', 'productNotFound', {
          file,
          row: line.origin.row,
          column: line.origin.column,
          value: line.sku,
        }),
      );
    }
    quantities.set(productId, (quantities.get(productId) ?? 0) + line.quantity);
  }

  return ok(
    [...quantities.entries()]
      .sort(([left], [right]) => left - right)
      .map(([productId, quantity]) => ({ productId, quantity })),
  );
}

/**
 * A catalog entry for a SKU first seen on a marketplace order: titled from the order, without
 * GTIN, and serial-tracked, so packing requires serials until someone imports the real product
 * data with a product CSV.
 */
function catalogEntryFromOrder(line: LineDraft) {
  return {
    sku: line.sku,
    gtin: null,
    fnsku: null,
    asin: null,
    title: line.title ?? line.sku,
    serialTracked: true,
    serialPattern: null,
    weightGrams: null,
  };
}

// Stored ship-to JSON may predate a field, so every part falls back to empty before comparing.
function canonicalAddress(address: Partial<Address>): string {
  return JSON.stringify(
    makeAddress({
      name: address.name ?? '',
      company: address.company ?? '',
      lines: address.lines ?? [],
      postcode: address.postcode ?? '',
      city: address.city ?? '',
      region: address.region ?? '',
      country: address.country ?? '',
      phone: address.phone ?? '',
    }),
  );
}

function sameContent(stored: ShipmentContent, incoming: ShipmentContent): boolean {
  if (stored.kind !== incoming.kind || canonicalAddress(stored.shipTo) !== canonicalAddress(incoming.shipTo)) {
    return false;
  }
  if (stored.lines.length !== incoming.lines.length) {
    return false;
  }
  return stored.lines.every((line, index) => {
    const other = incoming.lines[index];
    return other !== undefined && other.productId === line.productId && other.quantity === line.quantity;
  });
}
