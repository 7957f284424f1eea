import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';

/** Wrappers around poppler-utils and ZXingReader (zxing-cpp-tools) for label tests. */

function withPdfFile<T>(pdf: Buffer, work: (directory: string, pdfPath: string) => T): T {
  const directory = mkdtempSync(join(tmpdir(), 'packtrace-label-'));
  try {
    const pdfPath = join(directory, 'label.pdf');
    writeFileSync(pdfPath, pdf);
    return work(directory, pdfPath);
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

/** Output of `pdffonts`: one row per font with name and the `emb` column. */
export function listPdfFonts(pdf: Buffer): ReadonlyArray<{ name: string; embedded: boolean }> {
  const output = withPdfFile(pdf, (_, pdfPath) => execFileSync('pdffonts', [pdfPath], { encoding: 'utf8' }));
  return output
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const columns = line.trim().split(/\s+/);
      // Columns from the right: object ID (two words), uni, sub, emb.
      return { name: columns[0] ?? '', embedded: columns.at(-5) === 'yes' };
    });
}

/** Text of the PDF as `pdftotext` extracts it, in reading order without layout. */
export function extractPdfText(pdf: Buffer): string {
  return withPdfFile(pdf, (_, pdfPath) => execFileSync('pdftotext', ['-enc', 'UTF-8', pdfPath, '-'], { encoding: 'utf8' }));
}

/** Page size in points as `pdfinfo` reports it. */
export function readPdfPageSize(pdf: Buffer): { widthPt: number; heightPt: number } {
  const output = withPdfFile(pdf, (_, pdfPath) => execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' }));
  const match = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(output);
  if (match === null) {
    throw new Error(`pdfinfo printed no page size:\n${output}`);
  }
  return { widthPt: Number(match[1]), heightPt: Number(match[2]) };
}

export interface DecodedBarcode {
  readonly text: string;
  readonly format: string;
  /** AIM symbology identifier, `]C1` for GS1-128. */
  readonly identifier: string;
  /** ZXing's content type, `GS1` when the symbol starts with FNC1. */
  readonly content: string;
}

/**
 * Rasterizes the first page with `pdftoppm -r DPI -png` and decodes it with ZXingReader.
 * `-noscale` is passed because ZXingReader 1.4.0 (Debian zxing-cpp-tools 1.4.0-3) aborts with
 * the assertion `lineCount() == 1` in Result::operator== on the 300-dpi carton label otherwise.
 */
export function decodeBarcodesInPdf(pdf: Buffer, dpi: number, format: string): ReadonlyArray<DecodedBarcode> {
  return withPdfFile(pdf, (directory, pdfPath) => {
    const pngPrefix = join(directory, 'page');
    execFileSync('pdftoppm', ['-r', String(dpi), '-png', '-singlefile', pdfPath, pngPrefix]);
    const output = execFileSync('ZXingReader', ['-noscale', '-format', format, `${pngPrefix}.png`], { encoding: 'utf8' });

    return output
      .split(/\n(?=Text:)/)
      .filter((block) => block.startsWith('Text:'))
      .map((block) => {
        const field = (name: string): string => new RegExp(`^${name}:\\s*(.*)$`, 'm').exec(block)?.[1] ?? '';
        return { text: field('Text').replace(/^"|"$/g, ''), format: field('Format'), identifier: field('Identifier'), content: field('Content') };
      });
  });
}

/** A filled rectangle from a PDF content stream, in points in pdfkit's top-left page space. */
export interface PdfRectangle {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Collects every `x y w h re` operation in the PDF's Flate-compressed content streams. */
export function readRectangles(pdf: Buffer): ReadonlyArray<PdfRectangle> {
  const rectangles: PdfRectangle[] = [];
  const source = pdf.toString('latin1');
  const streamPattern = /stream\r?\n/g;
  for (let match = streamPattern.exec(source); match !== null; match = streamPattern.exec(source)) {
    const start = match.index + match[0].length;
    const end = source.indexOf('endstream', start);
    let content: string;
    try {
      content = inflateSync(pdf.subarray(start, end)).toString('latin1');
    } catch {
      continue;
    }
    for (const rect of content.matchAll(/(-?[\d.]+) (-?[\d.]+) (-?[\d.]+) (-?[\d.]+) re\b/g)) {
      rectangles.push({ x: Number(rect[1]), y: Number(rect[2]), width: Number(rect[3]), height: Number(rect[4]) });
    }
  }
  return rectangles;
}

/** Number of pages as `pdfinfo` reports it. */
export function readPdfPageCount(pdf: Buffer): number {
  const output = withPdfFile(pdf, (_, pdfPath) => execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' }));
  const match = /^Pages:\s+(\d+)$/m.exec(output);
  if (match === null) {
    throw new Error(`pdfinfo printed no page count:\n${output}`);
  }
  return Number(match[1]);
}

/** A greyscale raster, one byte per pixel, rows top to bottom. */
export interface GrayRaster {
  readonly width: number;
  readonly height: number;
  readonly pixels: Buffer;
}

/** Rasterizes the first page with `pdftoppm -r DPI -gray` and parses the binary PGM it writes. */
export function rasterizePdfGray(pdf: Buffer, dpi: number): GrayRaster {
  const pgm = withPdfFile(pdf, (directory, pdfPath) => {
    const prefix = join(directory, 'page');
    execFileSync('pdftoppm', ['-r', String(dpi), '-gray', '-singlefile', pdfPath, prefix]);
    return readFileSync(`${prefix}.pgm`);
  });
  // Header: "P5", width, height, maximum value, each followed by one whitespace byte.
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 64).toString('latin1'));
  if (header === null) {
    throw new Error('pdftoppm wrote no binary PGM header');
  }
  const width = Number(header[1]);
  const height = Number(header[2]);
  return { width, height, pixels: pgm.subarray(header[0].length, header[0].length + width * height) };
}
