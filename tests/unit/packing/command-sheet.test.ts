import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderLabelPdf } from '../../../main/labels/pdf-renderer';
import { buildCommandSheet } from '../../../main/packing/command-sheet';
import { COMMAND_BARCODE_TEXT } from '../../../main/scan/commands';
import { useTempDir } from '../../support/temp-dir';

describe('buildCommandSheet', () => {
  const tempDir = useTempDir();

  it('prints three readable command barcodes', async () => {
    const dir = tempDir();
    const sheet = buildCommandSheet({ title: 'Commands', hint: 'Scan one', commands: { 'new-carton': 'New', 'close-carton': 'Close', 'undo-last-scan': 'Undo' } });
    if (!sheet.ok) throw new Error(`sheet failed: ${JSON.stringify(sheet.error)}`);
    writeFileSync(join(dir, 'sheet.pdf'), await renderLabelPdf(sheet.value));

    // Rasterise at 200 dpi with poppler and read every symbol back with zxing-cpp.
    execFileSync('pdftoppm', ['-r', '200', '-png', '-singlefile', join(dir, 'sheet.pdf'), join(dir, 'sheet')]);
    const output = execFileSync('ZXingReader', [join(dir, 'sheet.png')], { encoding: 'utf8' });
    const texts = [...output.matchAll(/^Text:\s+"(.*)"$/gm)].map((match) => match[1]).sort();

    expect(texts).toEqual(Object.values(COMMAND_BARCODE_TEXT).sort());
  });
});
