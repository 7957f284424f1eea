import { z } from 'zod';
import { err, ok, type Result } from '../core/result';
import { clientOfFile } from './client-reference';
import { makeAddress, type LineDraft, type ParsedImport, type ShipmentDraft } from './drafts';
import {
  importError,
  importWarning,
  invalidJsonValue,
  type Expectation,
  type ImportError,
  type ImportWarning,
} from './import-error';
import { maxWholeNumber, optionalText, requiredIdentifier, optionalIdentifier, type ValueResult } from './values';

// Only the fields the station uses are declared; zod drops the rest of Shopify's order object.
const nullableText = z.string().nullish();

const shopifyAddressSchema = z.object({
  name: nullableText,
  first_name: nullableText,
  last_name: nullableText,
  company: nullableText,
  address1: nullableText,
  address2: nullableText,
  city: nullableText,
  zip: nullableText,
  province: nullableText,
  province_code: nullableText,
  country: nullableText,
  country_code: nullableText,
  phone: nullableText,
});

const shopifyLineItemSchema = z.object({
  sku: nullableText,
  title: nullableText,
  name: nullableText,
  quantity: z.number().int().min(1).max(maxWholeNumber),
  requires_shipping: z.boolean().nullish(),
});

const shopifyOrderSchema = z.object({
  name: z.string(),
  cancelled_at: nullableText,
  line_items: z.array(shopifyLineItemSchema),
  shipping_address: shopifyAddressSchema.nullish(),
});

/** Shopify's REST Admin API order list (`{ orders: [...] }`) or a single order (`{ order: {...} }`). */
const shopifyFileSchema = z.union([
  z.object({ orders: z.array(shopifyOrderSchema) }),
  z.object({ order: shopifyOrderSchema }),
]);

type ShopifyOrder = z.output<typeof shopifyOrderSchema>;
type ShopifyAddress = z.output<typeof shopifyAddressSchema>;

/** Shows a zod or JSON path as `orders[0].line_items[2].quantity`. */
export function formatJsonPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`;
    return text === '' ? String(key) : `${text}.${String(key)}`;
  }, '');
}

function valueAt(root: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let current = root;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function expectationFor(path: ReadonlyArray<PropertyKey>): Expectation {
  const last = path.at(-1);
  if (last === 'quantity') return 'positiveWholeNumber';
  if (last === 'name' && path.length <= 3) return 'identifier';
  if (last === 'sku') return 'identifier';
  if (typeof last === 'string' && (path.includes('shipping_address') || last === 'title' || last === 'name')) return 'text';
  return 'shopifyOrders';
}

/**
 * Parses Shopify's orders JSON into customer orders named by the order `name` (such as `#1001`).
 * Cancelled orders, line items that need no shipping, and orders left with no line are skipped
 * with a warning, so the rest of the file still imports. Line items without a SKU are skipped the
 * same way, because the station matches products by SKU and a variant id would never match.
 */
export function parseShopifyOrders(file: string, text: string, clientCode: string | undefined): Result<ParsedImport, ImportError> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return err(importError('import-malformed-json', 'malformedJson', { file }, { detail: (error as Error).message }));
  }

  const parsed = shopifyFileSchema.safeParse(json);
  if (!parsed.success) {
    return err(firstSchemaError(file, json, parsed.error));
  }
  const orders = 'orders' in parsed.data ? parsed.data.orders : [parsed.data.order];
  const pathPrefix = 'orders' in parsed.data ? (index: number) => `orders[${index}]` : () => 'order';

  const shipments: Array<Omit<ShipmentDraft, 'client'>> = [];
  const warnings: ImportWarning[] = [];
  const pathOfReference = new Map<string, string>();
  for (const [index, order] of orders.entries()) {
    const path = pathPrefix(index);
    const draft = toShipmentDraft(file, order, path, warnings);
    if (!draft.ok) return draft;
    if (draft.value === null) continue;

    const earlier = pathOfReference.get(draft.value.reference);
    if (earlier !== undefined) {
      return err(
        importError('import-duplicate-row', 'duplicateOrder', { file, path: `${path}.name`, value: order.name }, { otherPath: earlier }),
      );
    }
    pathOfReference.set(draft.value.reference, `${path}.name`);
    shipments.push(draft.value);
  }

  const client = clientOfFile(file, clientCode);
  if (!client.ok) {
    return client;
  }
  const withClient: ReadonlyArray<ShipmentDraft> = shipments.map((shipment) => ({ ...shipment, client: client.value }));
  return ok({ format: 'shopify-orders-json', products: [], shipments: withClient, createsMissingProducts: true, warnings });
}

function firstSchemaError(file: string, json: unknown, error: z.ZodError): ImportError {
  // A union reports its branches' issues nested; the deepest path points closest to the fault.
  const issues = error.issues.flatMap((issue) =>
    issue.code === 'invalid_union' ? issue.errors.flat() : [issue],
  );
  const deepest = issues.reduce((best, issue) => (issue.path.length > best.path.length ? issue : best), issues[0]!);
  const path = deepest.path;
  const shown = JSON.stringify(valueAt(json, path)) ?? 'nothing';
  return invalidJsonValue(file, path.length === 0 ? '(top level)' : formatJsonPath(path), shown, expectationFor(path));
}

function check<T>(file: string, path: string, raw: string, result: ValueResult<T>): Result<T, ImportError> {
  return result.ok ? ok(result.value) : err(invalidJsonValue(file, path, JSON.stringify(raw), result.error));
}

function toShipmentDraft(
  file: string,
  order: ShopifyOrder,
  path: string,
  warnings: ImportWarning[],
): Result<Omit<ShipmentDraft, 'client'> | null, ImportError> {
  const reference = check(file, `${path}.name`, order.name, requiredIdentifier(order.name));
  if (!reference.ok) return reference;
  if (order.cancelled_at !== null && order.cancelled_at !== undefined) {
    warnings.push(importWarning('orderCancelled', { file, reference: reference.value }));
    return ok(null);
  }

  const lines: LineDraft[] = [];
  for (const [index, item] of order.line_items.entries()) {
    const itemPath = `${path}.line_items[${index}]`;
    const title = item.name ?? item.title ?? '';
    const checkedTitle = check(file, `${itemPath}.name`, title, optionalText(title));
    if (!checkedTitle.ok) return checkedTitle;
    const sku = check(file, `${itemPath}.sku`, item.sku ?? '', optionalIdentifier(item.sku ?? ''));
    if (!sku.ok) return sku;

    if (item.requires_shipping === false) {
      warnings.push(importWarning('lineNotShipped', { file, path: itemPath, title: checkedTitle.value }));
      continue;
    }
    if (sku.value === null) {
      warnings.push(importWarning('lineWithoutSku', { file, path: itemPath, title: checkedTitle.value }));
      continue;
    }
    lines.push({
      sku: sku.value,
      quantity: item.quantity,
      title: checkedTitle.value === '' ? null : checkedTitle.value,
      origin: { path: itemPath, column: 'sku' },
    });
  }
  if (lines.length === 0) {
    warnings.push(importWarning('orderNothingToShip', { file, reference: reference.value }));
    return ok(null);
  }

  const shipTo = toAddress(file, order.shipping_address ?? null, `${path}.shipping_address`);
  if (!shipTo.ok) return shipTo;
  return ok({
    reference: reference.value,
    kind: 'customer-order',
    shipTo: shipTo.value,
    lines,
    origin: { path },
  });
}

function toAddress(file: string, address: ShopifyAddress | null, path: string): Result<ShipmentDraft['shipTo'], ImportError> {
  const fullName = [address?.first_name ?? '', address?.last_name ?? ''].join(' ').trim();
  const candidates: ReadonlyArray<readonly [string, string]> = [
    ['name', address?.name ?? fullName],
    ['company', address?.company ?? ''],
    ['address1', address?.address1 ?? ''],
    ['address2', address?.address2 ?? ''],
    ['zip', address?.zip ?? ''],
    ['city', address?.city ?? ''],
    ['province_code', address?.province_code ?? address?.province ?? ''],
    ['country_code', address?.country_code ?? address?.country ?? ''],
    ['phone', address?.phone ?? ''],
  ];
  const values = new Map<string, string>();
  for (const [field, raw] of candidates) {
    const value = check(file, `${path}.${field}`, raw, optionalText(raw));
    if (!value.ok) return value;
    values.set(field, value.value);
  }

  const value = (field: string): string => values.get(field) ?? '';
  return ok(
    makeAddress({
      name: value('name'),
      company: value('company'),
      lines: [value('address1'), value('address2')],
      postcode: value('zip'),
      city: value('city'),
      region: value('province_code'),
      country: value('country_code'),
      phone: value('phone'),
    }),
  );
}
