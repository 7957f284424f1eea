import { type MeasureText, ellipsis, fitText } from './text-fit';

/**
 * Shortens `text` by cutting characters out of its middle, so the start and the end both stay
 * readable (a product title's brand and its size or colour), until it wraps into at most
 * `maxLines` lines of `maxWidth`. Returns the text unchanged when it already fits, and the
 * shortest form, a lone ellipsis, when nothing else fits.
 */
export function shortenMiddleToFit(text: string, maxWidth: number, maxLines: number, measure: MeasureText): string {
  const fits = (candidate: string): boolean => countWrappedLines(candidate, maxWidth, measure) <= maxLines;
  const normalized = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (fits(normalized)) {
    return normalized;
  }

  // Binary search over how many characters survive: fewer kept characters never wrap into more lines.
  const characters = Array.from(normalized);
  let low = 0;
  let high = characters.length - 1;
  while (low < high) {
    const keptLength = Math.ceil((low + high) / 2);
    if (fits(keepEnds(characters, keptLength))) {
      low = keptLength;
    } else {
      high = keptLength - 1;
    }
  }
  return keepEnds(characters, low);
}

// Keeps `keptLength` characters, a little more of the start than of the end, around one ellipsis.
function keepEnds(characters: ReadonlyArray<string>, keptLength: number): string {
  const startLength = Math.ceil(keptLength * 0.6);
  const endLength = keptLength - startLength;
  const start = characters.slice(0, startLength).join('').trimEnd();
  const end = endLength === 0 ? '' : characters.slice(characters.length - endLength).join('').trimStart();
  return `${start}${ellipsis}${end}`;
}

function countWrappedLines(text: string, maxWidth: number, measure: MeasureText): number {
  // fitText never cuts when maxLines exceeds any possible line count, so its length is the wrapped count.
  return fitText(text, maxWidth, Number.MAX_SAFE_INTEGER, measure).length;
}
