/**
 * Escaping of label data for SVG and HTML output. Label text comes from orders, imports and
 * scans, so it is untrusted and may contain markup or bytes that XML cannot carry.
 */

/** Character put in place of a code point that XML 1.0 cannot represent. */
export const replacementCharacter = '\uFFFD';

const markupEscapes: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  // Written as references so that XML end-of-line and attribute normalisation keep them.
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

// XML 1.0 allows tab, line feed, carriage return and U+0020 up to U+FFFD outside the surrogate
// block, plus astral characters. C0 controls, lone surrogates and U+FFFE/U+FFFF are illegal even
// as character references. C1 controls (U+007F to U+009F) are legal but invisible, so they are
// replaced as well.
const unrepresentable = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Escapes `text` for use as XML or HTML character data or inside a quoted attribute value.
 * Replaces every character that XML 1.0 cannot carry with U+FFFD, so the result is always
 * well-formed.
 */
export function escapeXml(text: string): string {
  return text.replace(unrepresentable, replacementCharacter).replace(/[&<>"'\t\n\r]/g, (character) => markupEscapes[character] ?? character);
}
