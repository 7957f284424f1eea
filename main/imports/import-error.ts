import i18next, { type i18n } from 'i18next';
import type { OperatorMessage } from '../api/contract';
import englishImports from '../../resources/locales/en/imports.json';

/** Stable codes of the expected import failures. */
export type ImportErrorCode =
  | 'import-too-large'
  | 'import-empty'
  | 'import-not-utf8'
  | 'import-format-unknown'
  | 'import-malformed-csv'
  | 'import-malformed-json'
  | 'import-unknown-column'
  | 'import-duplicate-column'
  | 'import-missing-column'
  | 'import-invalid-value'
  | 'import-duplicate-row'
  | 'import-inconsistent-shipment'
  | 'import-client-missing'
  | 'import-client-not-found'
  | 'import-client-conflict'
  | 'import-product-not-found'
  | 'import-product-in-use'
  | 'import-shipment-packing-started';

/** Description of a valid value, each a key under `expected` in imports.json. */
export type Expectation =
  | 'required'
  | 'wholeNumber'
  | 'positiveWholeNumber'
  | 'gtin'
  | 'fnsku'
  | 'asin'
  | 'yesNo'
  | 'shipmentKind'
  | 'regularExpression'
  | 'identifier'
  | 'text'
  | 'clientCode'
  | 'shopifyOrders';

/**
 * An import failure. It names the file and, where one applies, the row (CSV, header is row 1)
 * or JSON path, the column and the rejected value. `message` is for the screens and `text` is
 * the same message in English for the command line and the log.
 */
export interface ImportError {
  readonly code: ImportErrorCode;
  readonly file: string;
  readonly row?: number;
  readonly path?: string;
  readonly column?: string;
  readonly value?: string;
  readonly expected?: Expectation;
  readonly message: OperatorMessage;
  readonly text: string;
}

/** A non-fatal remark about the import, such as a skipped Shopify line item. */
export interface ImportWarning {
  readonly message: OperatorMessage;
  readonly text: string;
}

export type MessageParams = Readonly<Record<string, string | number>>;

/** Values longer than this are cut in messages, so a hostile cell cannot flood the screen or log. */
const shownValueLength = 80;

let english: i18n | undefined;

function englishCatalog(): i18n {
  if (english === undefined) {
    english = i18next.createInstance();
    void english.init({
      lng: 'en',
      ns: ['imports'],
      initAsync: false,
      resources: { en: { imports: englishImports } },
      interpolation: { escapeValue: false },
    });
  }
  return english;
}

/** Renders an `imports:` message in English, with the same catalog the screens use. */
export function renderEnglish(message: OperatorMessage): string {
  return englishCatalog().t(message.key, { ...message.params });
}

/** Makes a value safe to show: control characters escaped, long values cut with an ellipsis. */
export function showValue(value: string): string {
  const escaped = value.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (character) => {
    return `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
  return escaped.length <= shownValueLength ? escaped : `${escaped.slice(0, shownValueLength)}…`;
}

/** Builds an ImportError whose message key is `imports:errors.<messageName>`. */
export function importError(
  code: ImportErrorCode,
  messageName: string,
  fields: Omit<ImportError, 'code' | 'message' | 'text'>,
  extraParams: MessageParams = {},
): ImportError {
  // The file name comes from the screen or the command line, so it is escaped like a cell value.
  const params: Record<string, string | number> = { file: showValue(fields.file), ...extraParams };
  if (fields.row !== undefined) params.row = fields.row;
  if (fields.path !== undefined) params.path = fields.path;
  if (fields.column !== undefined) params.column = fields.column;
  if (fields.value !== undefined) params.value = showValue(fields.value);
  if (fields.expected !== undefined) params.expected = fields.expected;

  const message = { key: `imports:errors.${messageName}`, params };
  return { code, ...fields, message, text: renderEnglish(message) };
}

/** Builds the error for a cell of a delimited file that failed validation. */
export function invalidCell(file: string, row: number, column: string, value: string, expected: Expectation): ImportError {
  return importError('import-invalid-value', 'invalidCell', { file, row, column, value, expected });
}

/** Builds the error for a JSON value that failed validation. `value` is its JSON text. */
export function invalidJsonValue(file: string, path: string, value: string, expected: Expectation): ImportError {
  return importError('import-invalid-value', 'invalidJsonValue', { file, path, value, expected });
}

/** Builds a warning whose message key is `imports:warnings.<messageName>`. */
export function importWarning(messageName: string, params: MessageParams): ImportWarning {
  const message = { key: `imports:warnings.${messageName}`, params: { ...params } };
  return { message, text: renderEnglish(message) };
}
