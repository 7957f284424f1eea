import { describe, expect, it } from 'vitest';
import { buildFnskuLabel, canonicalCondition, type FnskuLabelData } from '../../../main/labels/fnsku-label';
import { fnskuTemplates, type RollTemplate } from '../../../main/labels/fnsku-templates';
import type { BarcodeElement, Dpi, LabelDocument, TextElement } from '../../../main/labels/model';
import { renderLabelPdf } from '../../../main/labels/pdf-renderer';
import { decodeBarcodesInPdf, readPdfPageSize } from './pdf-tools';

const bottle: FnskuLabelData = {
  fnsku: 'X00ABC1234',
  title: 'Acme Stainless Steel Vacuum Insulated Water Bottle with Straw Lid and Carry Loop, 750 ml, Midnight Blue',
  condition: 'New',
  sellerText: 'Nordlicht GmbH',
};

const rolls = [...fnskuTemplates.values()].filter((template): template is RollTemplate => template.kind === 'roll');

function documentOf(result: ReturnType<typeof buildFnskuLabel>): LabelDocument {
  if (!result.ok) {
    throw new Error(`expected a label, got ${JSON.stringify(result.error)}`);
  }
  return result.value;
}

function barcodeOf(document: LabelDocument): BarcodeElement {
  const barcode = document.elements.find((element): element is BarcodeElement => element.kind === 'barcode');
  if (barcode === undefined) throw new Error('label has no barcode');
  return barcode;
}

function textsOf(document: LabelDocument): ReadonlyArray<string> {
  return document.elements.filter((element): element is TextElement => element.kind === 'text').map((element) => element.text);
}

describe('buildFnskuLabel FNSKU input', () => {
  it('normalizes lower case and spaces', () => {
    const document = documentOf(buildFnskuLabel({ ...bottle, fnsku: ' x00abc1234' }, { widthMm: 57.15, heightMm: 31.75 }, { dpi: 203 }));
    expect(barcodeOf(document).data).toBe('X00ABC1234');
    expect(barcodeOf(document).humanReadable?.text).toBe('X00ABC1234');
  });

  it.each(['X00ABC123', 'X00ABC12345', '0012345678', ''])('rejects malformed FNSKU %j', (fnsku) => {
    const result = buildFnskuLabel({ ...bottle, fnsku }, { widthMm: 57.15, heightMm: 31.75 }, { dpi: 203 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('fnsku-invalid');
  });

  it('rejects an unknown condition', () => {
    const result = buildFnskuLabel({ ...bottle, condition: 'Mint' }, { widthMm: 57.15, heightMm: 31.75 }, { dpi: 203 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('fnsku-condition-unknown');
  });

  it('spells conditions as Amazon does', () => {
    expect(canonicalCondition(' used -  like new ')).toBe('Used - Like New');
    expect(canonicalCondition('Refurbished')).toBe('Refurbished');
  });
});

describe('buildFnskuLabel module width', () => {
  it.each([
    [203, 2],
    [300, 3],
  ] as const)('uses whole dots at %i dpi', (dpi, expectedDots) => {
    const document = documentOf(buildFnskuLabel(bottle, { widthMm: 57.15, heightMm: 31.75 }, { dpi }));
    expect(barcodeOf(document).moduleDots).toBe(expectedDots);
    expect(barcodeOf(document).quietZoneModules).toBe(10);
  });

  it('rejects 3 dots on 2.25 in at 203 dpi', () => {
    const result = buildFnskuLabel(bottle, { widthMm: 57.15, heightMm: 31.75 }, { dpi: 203, moduleDots: 3 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('label-barcode-does-not-fit');
  });

  it('rejects a module under 0.25 mm', () => {
    const result = buildFnskuLabel(bottle, { widthMm: 57.15, heightMm: 31.75 }, { dpi: 203, moduleDots: 1 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('fnsku-module-too-narrow');
  });

  it('rejects a label too short', () => {
    const result = buildFnskuLabel(bottle, { widthMm: 57.15, heightMm: 14 }, { dpi: 203 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('fnsku-label-too-short');
  });
});

describe('buildFnskuLabel title', () => {
  it('keeps start and end of a long title', () => {
    const document = documentOf(buildFnskuLabel(bottle, { widthMm: 50.8, heightMm: 25.4 }, { dpi: 203 }));
    const title = textsOf(document)[0] ?? '';
    expect(title.startsWith('Acme Stainless')).toBe(true);
    expect(title.endsWith('Midnight Blue')).toBe(true);
    expect(title).toContain('…');
  });

  it('prints condition and seller text', () => {
    const texts = textsOf(documentOf(buildFnskuLabel(bottle, { widthMm: 57.15, heightMm: 31.75 }, { dpi: 203 })));
    expect(texts).toContain('New');
    expect(texts).toContain('Nordlicht GmbH');
  });
});

describe('FNSKU roll templates', () => {
  it.each(rolls.map((roll) => [roll.name, roll] as const))('%s has its size and scans', async (_, roll) => {
    for (const dpi of [203, 300] as const satisfies ReadonlyArray<Dpi>) {
      const document = documentOf(buildFnskuLabel({ ...bottle, fnsku: 'X002K3ZQ9L' }, roll, { dpi }));
      const pdf = await renderLabelPdf(document);

      const size = readPdfPageSize(pdf);
      expect(size.widthPt).toBeCloseTo((roll.widthMm * 72) / 25.4, 1);
      expect(size.heightPt).toBeCloseTo((roll.heightMm * 72) / 25.4, 1);
      const decoded = decodeBarcodesInPdf(pdf, dpi, 'Code128');
      expect(decoded.map((barcode) => barcode.text)).toEqual(['X002K3ZQ9L']);
    }
  });

  it.each(rolls.map((roll) => [roll.name, roll] as const))('%s rejects a too-wide module', (_, roll) => {
    // 4 dots at 203 dpi is 0.5 mm: about 82 mm for the widest FNSKU with its quiet zones.
    const result = buildFnskuLabel({ ...bottle, fnsku: 'X002K3ZQ9L' }, roll, { dpi: 203, moduleDots: 4 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('label-barcode-does-not-fit');
  });
});
