import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zplToBase64MultipleAsync } from 'zpl-renderer-js';
import type { DecodedBarcode } from './pdf-tools';

/**
 * Renders ZPL back to PNG images offline with zpl-renderer-js (a WebAssembly build of the
 * zebrash ZPL renderer), one image per `^XA...^XZ` label, at the label size and DPI given.
 */
export async function renderZplToPngs(zpl: string, widthMm: number, heightMm: number, dpi: 203 | 300): Promise<ReadonlyArray<Buffer>> {
  const dotsPerMm = dpi === 203 ? 8 : 12;
  const images = await zplToBase64MultipleAsync(zpl, widthMm, heightMm, dotsPerMm);
  return images.map((image) => Buffer.from(image, 'base64'));
}

/**
 * Decodes every barcode of `format` in a PNG with ZXingReader, as `decodeBarcodesInPdf` does for
 * PDFs. `pure` passes `-ispure`, which ZXingReader 1.4.0 needs to find a small DataMatrix alone on a label.
 */
export function decodeBarcodesInPng(png: Buffer, format: string, pure = false): ReadonlyArray<DecodedBarcode> {
  const directory = mkdtempSync(join(tmpdir(), 'packtrace-zpl-'));
  try {
    const pngPath = join(directory, 'label.png');
    writeFileSync(pngPath, png);
    const output = execFileSync('ZXingReader', ['-noscale', ...(pure ? ['-ispure'] : []), '-format', format, pngPath], { encoding: 'utf8' });
    return output
      .split(/\n(?=Text:)/)
      .filter((block) => block.startsWith('Text:'))
      .map((block) => {
        const field = (name: string): string => new RegExp(`^${name}:\\s*(.*)$`, 'm').exec(block)?.[1] ?? '';
        return { text: field('Text').replace(/^"|"$/g, ''), format: field('Format'), identifier: field('Identifier'), content: field('Content') };
      });
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

/** Decodes the `_HH` escapes of every `^FH_^FD...^FS` field in a ZPL stream, in order. */
export function readZplFields(zpl: string): ReadonlyArray<string> {
  return [...zpl.matchAll(/\^FH_\^FD([^^]*)\^FS/g)].map((match) => {
    const body = match[1] ?? '';
    const bytes: number[] = [];
    for (let index = 0; index < body.length; index += 1) {
      if (body[index] === '_') {
        bytes.push(Number.parseInt(body.slice(index + 1, index + 3), 16));
        index += 2;
      } else {
        bytes.push(body.charCodeAt(index));
      }
    }
    return Buffer.from(bytes).toString('utf8');
  });
}
