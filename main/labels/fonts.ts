import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveResourcesDir } from '../core/resources';
import type { LabelFont } from './model';

/**
 * The TTF files behind each label font, under resources/fonts. DejaVu Sans covers Latin
 * Extended-A, so Polish, Czech, German and French names print as written.
 */
export const labelFontFiles: Record<LabelFont, string> = {
  regular: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
};

const loadedFonts = new Map<string, Buffer>();

/** Reads the TTF file of `font` once per process and returns its bytes. */
export function loadLabelFont(font: LabelFont): Buffer {
  const path = join(resolveResourcesDir(), 'fonts', labelFontFiles[font]);
  const cached = loadedFonts.get(path);
  if (cached !== undefined) {
    return cached;
  }

  const bytes = readFileSync(path);
  loadedFonts.set(path, bytes);
  return bytes;
}
