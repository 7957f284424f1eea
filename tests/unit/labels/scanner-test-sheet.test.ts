import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import bwipjs from 'bwip-js/node';
import { describe, expect, it } from 'vitest';
import { buildScannerTestSheet } from '../../../main/labels/scanner-test-sheet';
import { scannerTestLines } from '../../../main/labels/scanner-test-lines';
import { useTempDir } from '../../support/temp-dir';

const captions = {
  title: 'Scanner test <sheet>',
  hint: 'Scan each line in order.',
  lines: { layout: 'Keyboard layout', 'gs1-separator': 'GS1 separator', ean13: 'EAN-13' },
};

/** Decodes a PNG of one symbol with ZXingReader and returns its data bytes as text, GS included. */
function decodeWithZxing(path: string): string {
  const output = execFileSync('ZXingReader', [path], { encoding: 'utf8' });
  const bytes = /^Bytes:\s*(.*)$/m.exec(output)?.[1] ?? '';
  return Buffer.from(bytes.trim().split(/\s+/).map((hex) => Number.parseInt(hex, 16))).toString('latin1');
}

describe('buildScannerTestSheet', () => {
  const tempDir = useTempDir();

  it('contains one symbol per line', () => {
    const sheet = buildScannerTestSheet(captions);

    expect(sheet.page.match(/<svg /g)).toHaveLength(3);
    expect(sheet.page).toContain('size: A4 portrait');
  });

  it('escapes the captions', () => {
    const sheet = buildScannerTestSheet(captions);

    expect(sheet.page).toContain('Scanner test &lt;sheet&gt;');
    expect(sheet.page).not.toContain('<sheet>');
  });

  it('sizes symbols in millimetres', () => {
    expect(buildScannerTestSheet(captions).body).toMatch(/<svg width="[\d.]+mm" height="[\d.]+mm"/);
  });

  it('keeps styles out of the body', () => {
    const { body } = buildScannerTestSheet(captions);

    expect(body).not.toMatch(/<style|style=/);
    expect(body.match(/<svg /g)).toHaveLength(3);
  });

  it('encodes what each line expects', async () => {
    for (const line of scannerTestLines) {
      const png = await bwipjs.toBuffer({ bcid: line.symbology, text: line.encoded, scale: 4, paddingwidth: 10, paddingheight: 10, backgroundcolor: 'FFFFFF' });
      const path = join(tempDir(), `${line.id}.png`);
      writeFileSync(path, png);

      const decoded = decodeWithZxing(path);

      expect(decoded, line.id).toBe(line.expected);
    }
  });
});
