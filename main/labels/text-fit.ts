/**
 * Line breaking and shortening for label text, independent of any output format: the caller
 * passes a function that measures a string in the same unit as the maximum width.
 */

/** Width of `text` when set in the current font and size. */
export type MeasureText = (text: string) => number;

export const ellipsis = '…';

/**
 * Shortens `text` from the end until it, followed by an ellipsis, fits `maxWidth`. Returns the
 * text unchanged when it already fits, and an empty string when not even the ellipsis fits.
 */
export function shortenToWidth(text: string, maxWidth: number, measure: MeasureText): string {
  if (measure(text) <= maxWidth) {
    return text;
  }

  // Code points, not UTF-16 units, so a character outside the BMP is never split in half.
  const characters = Array.from(text);
  for (let length = characters.length - 1; length >= 0; length -= 1) {
    const candidate = `${characters.slice(0, length).join('').trimEnd()}${ellipsis}`;
    if (measure(candidate) <= maxWidth) {
      return candidate;
    }
  }
  return '';
}

// Splits a word that is wider than a whole line into pieces that each fit, character by character.
function breakLongWord(word: string, maxWidth: number, measure: MeasureText): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const character of Array.from(word)) {
    if (piece !== '' && measure(piece + character) > maxWidth) {
      pieces.push(piece);
      piece = '';
    }
    piece += character;
  }
  if (piece !== '') {
    pieces.push(piece);
  }
  return pieces;
}

function wrapParagraph(paragraph: string, maxWidth: number, measure: MeasureText): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of paragraph.split(/\s+/).filter((part) => part !== '')) {
    const joined = line === '' ? word : `${line} ${word}`;
    if (measure(joined) <= maxWidth) {
      line = joined;
      continue;
    }
    if (line !== '') {
      lines.push(line);
    }
    const pieces = measure(word) <= maxWidth ? [word] : breakLongWord(word, maxWidth, measure);
    lines.push(...pieces.slice(0, -1));
    line = pieces.at(-1) ?? '';
  }
  lines.push(line);
  return lines;
}

/**
 * Wraps `text` at spaces and at explicit line breaks into lines no wider than `maxWidth`,
 * breaking inside a word only when the word alone is too wide. When more than `maxLines` lines
 * result, the last kept line is shortened with an ellipsis to show that text was cut.
 */
export function fitText(text: string, maxWidth: number, maxLines: number, measure: MeasureText): ReadonlyArray<string> {
  if (!Number.isInteger(maxLines) || maxLines < 1) {
    throw new Error(`maxLines must be a positive integer, got ${maxLines}`);
  }

  const lines = text
    .normalize('NFC')
    .split(/\r?\n/)
    .flatMap((paragraph) => wrapParagraph(paragraph, maxWidth, measure));
  if (lines.length <= maxLines) {
    return lines;
  }

  const kept = lines.slice(0, maxLines);
  const lastIndex = maxLines - 1;
  // Appending the ellipsis to a line that fits exactly forces the shortening to make room.
  kept[lastIndex] = shortenToWidth(`${kept[lastIndex] ?? ''}${ellipsis}`, maxWidth, measure);
  return kept;
}
