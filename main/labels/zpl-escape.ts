/**
 * Field-data escaping for ZPL. Every field is sent with `^FH_`, so the printer decodes `_HH`
 * hex pairs into bytes before it reads the data. Any byte that could end or change the field
 * is sent as such a pair. These are the ZPL prefixes `^` and `~`, the hex indicator `_` itself,
 * `\` (an escape inside `^FB`), every control character and every byte outside printable ASCII. Text outside ASCII is sent as its UTF-8 bytes, which the printer reads as UTF-8 after
 * `^CI28`. The ZPL stream itself therefore stays printable ASCII, whatever the data holds.
 */

/** Hex indicator declared by every `^FH` the renderers write. */
export const zplHexIndicator = '_';

const reservedBytes: ReadonlySet<number> = new Set(['^', '~', '_', '\\'].map((character) => character.charCodeAt(0)));

function isPlainByte(byte: number): boolean {
  return byte >= 0x20 && byte <= 0x7e && !reservedBytes.has(byte);
}

/** Encodes `data` as the body of a `^FH_^FD...^FS` field: plain ASCII kept, everything else as `_HH` per UTF-8 byte. */
export function escapeZplFieldData(data: string): string {
  let escaped = '';
  for (const byte of Buffer.from(data, 'utf8')) {
    escaped += isPlainByte(byte) ? String.fromCharCode(byte) : `${zplHexIndicator}${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return escaped;
}

/** Writes a complete field: `^FH_^FD` + escaped data + `^FS`. */
export function zplField(data: string): string {
  return `^FH${zplHexIndicator}^FD${escapeZplFieldData(data)}^FS`;
}
