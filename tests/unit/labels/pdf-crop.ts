import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** An area of a PDF page in millimetres from its top-left corner. */
export interface PageArea {
  readonly page: number;
  readonly xMm: number;
  readonly yMm: number;
  readonly widthMm: number;
  readonly heightMm: number;
}

/**
 * Rasterizes one area of a page with `pdftoppm -x -y -W -H` and decodes it with ZXingReader,
 * returning the texts found. Sheets are decoded one cell at a time because ZXingReader 1.4.0
 * (Debian zxing-cpp-tools 1.4.0-3) aborts on a page with many symbols (assertion
 * `lineCount() == 1`).
 */
export function decodeAreaOfPdf(pdf: Buffer, area: PageArea, dpi: number, format: string): ReadonlyArray<string> {
  const directory = mkdtempSync(join(tmpdir(), 'packtrace-crop-'));
  try {
    const pdfPath = join(directory, 'sheet.pdf');
    writeFileSync(pdfPath, pdf);
    const dots = (mm: number): string => String(Math.round((mm * dpi) / 25.4));
    const page = String(area.page);
    execFileSync('pdftoppm', [
      '-r', String(dpi), '-f', page, '-l', page,
      '-x', dots(area.xMm), '-y', dots(area.yMm), '-W', dots(area.widthMm), '-H', dots(area.heightMm),
      '-png', '-singlefile', pdfPath, join(directory, 'cell'),
    ]);
    const output = execFileSync('ZXingReader', ['-noscale', '-format', format, join(directory, 'cell.png')], { encoding: 'utf8' });
    return [...output.matchAll(/^Text:\s*"(.*)"$/gm)].map((match) => match[1] ?? '');
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}
