/** A JSON value as the event payload stores it. */
export type JsonValue = null | boolean | number | string | ReadonlyArray<JsonValue> | { readonly [key: string]: JsonValue };

/**
 * Serialises a JSON value with object keys sorted at every level, so the same payload always
 * gives the same text and therefore the same event hash. Throws on values JSON cannot carry
 * (undefined, functions, non-finite numbers) because those are bugs in the caller.
 */
export function canonicalJson(value: JsonValue): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') {
    return JSON.stringify(value);
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) {
      throw new Error(`canonicalJson: non-finite number ${value}`);
    }
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) {
    return `[${value.map((item: JsonValue) => canonicalJson(item)).join(',')}]`;
  }
  if (typeof value === 'object') {
    const record = value as { readonly [key: string]: JsonValue };
    const entries = Object.keys(record)
      .sort()
      .map((key) => {
        const item = record[key];
        if (item === undefined) {
          throw new Error(`canonicalJson: undefined value at key ${key}`);
        }
        return `${JSON.stringify(key)}:${canonicalJson(item)}`;
      });
    return `{${entries.join(',')}}`;
  }
  throw new Error(`canonicalJson: unsupported value of type ${typeof value}`);
}
