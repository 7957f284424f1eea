// Control pictures that replay files and field notes use for the separators.
const CONTROL_PICTURES: Readonly<Record<string, string>> = {
  '\u241d': '\u001d', // ␝ group separator
  '\u241e': '\u001e', // ␞ record separator
  '\u2404': '\u0004', // ␄ end of transmission
};

const NAMED_ESCAPES: Readonly<Record<string, string>> = { t: '\t', r: '\r', n: '\n', '\\': '\\' };

/**
 * Turns one line of a scan replay file into the raw scanner text. It reads hex escapes with two
 * hex digits (such as \x1d, \x1e and \x04), "\t", "\r", "\n" and "\\", and the control pictures
 * ␝ ␞ ␄ for GS, RS and EOT. A backslash before anything else is kept as written.
 */
export function unescapeScanLine(line: string): string {
  let text = '';
  let index = 0;

  while (index < line.length) {
    const character = line.charAt(index);
    const next = line.charAt(index + 1);
    const hex = /^x([0-9A-Fa-f]{2})/.exec(line.slice(index + 1, index + 4));

    if (character === '\\' && hex !== null) {
      text += String.fromCharCode(parseInt(hex[1] ?? '', 16));
      index += 4;
    } else if (character === '\\' && NAMED_ESCAPES[next] !== undefined) {
      text += NAMED_ESCAPES[next];
      index += 2;
    } else {
      text += CONTROL_PICTURES[character] ?? character;
      index += 1;
    }
  }
  return text;
}
