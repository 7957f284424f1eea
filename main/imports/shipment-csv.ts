import { err, ok, type Result } from '../core/result';
import type { CsvTable } from './csv-table';
import { clientOfRecord } from './client-reference';
import { makeAddress, type ClientReference, type LineDraft, type ParsedImport, type ShipmentDraft } from './drafts';
import { mapColumns, shipmentColumns } from './headers';
import { importError, type ImportError } from './import-error';
import { RecordReader } from './record-reader';
import type { ShipmentKind } from '../store/shipment-imports';
import { optionalText, requiredIdentifier, shipmentKind, wholeNumber } from './values';

type ShipmentField = keyof typeof shipmentColumns;

/** Fields that belong to the shipment, not the line: later rows repeat them or leave them empty. */
const shipmentLevelFields: ReadonlyArray<ShipmentField> = [
  'kind',
  'name',
  'company',
  'address1',
  'address2',
  'address3',
  'postcode',
  'city',
  'region',
  'country',
  'phone',
];

interface ShipmentGroup {
  readonly firstRow: number;
  readonly client: ClientReference;
  readonly reference: string;
  readonly kind: ShipmentKind;
  readonly firstValues: ReadonlyMap<ShipmentField, string>;
  readonly lines: LineDraft[];
}

/**
 * Parses a shipment CSV: one row per line, and rows with the same client and reference form one
 * shipment. Kind and ship-to come from the shipment's first row. A later row may leave them
 * empty, and a different value is an error, so a sorting mistake cannot merge two orders.
 */
export function parseShipmentCsv(file: string, table: CsvTable, clientCode: string | undefined): Result<ParsedImport, ImportError> {
  const columns = mapColumns(file, table.header, shipmentColumns, {
    required: ['reference', 'sku', 'quantity'],
    rejectUnknown: true,
  });
  if (!columns.ok) {
    return columns;
  }

  const groups = new Map<string, ShipmentGroup>();
  for (const record of table.records) {
    const reader = new RecordReader(file, record, columns.value);
    const client = clientOfRecord(file, reader, clientCode);
    if (!client.ok) return client;
    const reference = reader.read('reference', requiredIdentifier);
    if (!reference.ok) return reference;
    const sku = reader.read('sku', requiredIdentifier);
    if (!sku.ok) return sku;
    const quantity = reader.read('quantity', (raw) => wholeNumber(raw, 1));
    if (!quantity.ok) return quantity;

    const key = `${client.value.code.toLowerCase()}\u0000${reference.value}`;
    let group = groups.get(key);
    if (group === undefined) {
      const kind = reader.read('kind', shipmentKind);
      if (!kind.ok) return kind;
      const firstValues = readShipmentLevelValues(reader);
      if (!firstValues.ok) return firstValues;
      group = {
        firstRow: record.row,
        client: client.value,
        reference: reference.value,
        kind: kind.value,
        firstValues: firstValues.value,
        lines: [],
      };
      groups.set(key, group);
    } else {
      const consistent = checkRepeatedValues(file, reader, group);
      if (!consistent.ok) return consistent;
    }
    group.lines.push({
      sku: sku.value,
      quantity: quantity.value,
      title: null,
      origin: { row: record.row, column: reader.columnName('sku') },
    });
  }

  const shipments = [...groups.values()].map(toShipmentDraft);
  return ok({ format: 'shipments-csv', products: [], shipments, createsMissingProducts: false, warnings: [] });
}

function readShipmentLevelValues(reader: RecordReader<ShipmentField>): Result<Map<ShipmentField, string>, ImportError> {
  const values = new Map<ShipmentField, string>();
  for (const field of shipmentLevelFields) {
    const value = field === 'kind' ? reader.read(field, shipmentKind) : reader.read(field, optionalText);
    if (!value.ok) return value;
    values.set(field, value.value);
  }
  return ok(values);
}

function checkRepeatedValues(file: string, reader: RecordReader<ShipmentField>, group: ShipmentGroup): Result<void, ImportError> {
  for (const field of shipmentLevelFields) {
    const raw = reader.raw(field).trim();
    if (raw === '') {
      continue;
    }
    const value = field === 'kind' ? reader.read(field, shipmentKind) : reader.read(field, optionalText);
    if (!value.ok) return value;
    if (value.value !== group.firstValues.get(field)) {
      return err(
        importError(
          'import-inconsistent-shipment',
          'inconsistentShipment',
          { file, row: reader.row, column: reader.columnName(field), value: raw },
          { otherRow: group.firstRow, reference: group.reference },
        ),
      );
    }
  }
  return ok(undefined);
}

function toShipmentDraft(group: ShipmentGroup): ShipmentDraft {
  const value = (field: ShipmentField): string => group.firstValues.get(field) ?? '';
  return {
    client: group.client,
    reference: group.reference,
    kind: group.kind,
    shipTo: makeAddress({
      name: value('name'),
      company: value('company'),
      lines: [value('address1'), value('address2'), value('address3')],
      postcode: value('postcode'),
      city: value('city'),
      region: value('region'),
      country: value('country'),
      phone: value('phone'),
    }),
    lines: group.lines,
    origin: { row: group.firstRow },
  };
}
