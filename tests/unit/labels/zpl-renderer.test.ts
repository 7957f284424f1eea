import { describe, expect, it } from 'vitest';
import { layoutBarcode } from '../../../main/labels/barcode-layout';
import { encodeLinearSymbol } from '../../../main/labels/barcode';
import { createCaptionTranslator } from '../../../main/labels/captions';
import { buildCartonLabel } from '../../../main/labels/carton-label';
import type { BarcodeElement, LabelDocument, Pdf417Element, TextElement } from '../../../main/labels/model';
import { renderLabelZpl } from '../../../main/labels/zpl-renderer';
import { sampleCartonLabelData } from '../../fixtures/labels/sample-carton';
import { gs1SymbolItems } from '../../../main/labels/zpl-gs1';
import { zplGs1DataMatrix } from '../../../main/labels/zpl-matrix';
import { readCode128FieldData } from './zpl-code128-reader';
import { decodeBarcodesInPng, readZplFields, renderZplToPngs } from './zpl-tools';

const shipFrom = 'Dvořák Müller, Łódź';
const hostileSku = 'AB^12~X\\7';

function text(value: string, yMm: number, align: TextElement['align'] = 'left'): TextElement {
  return { kind: 'text', text: value, xMm: 5, yMm, maxWidthMm: 90, font: 'regular', size: { unit: 'pt', value: 12 }, align, maxLines: 1, lineHeight: 1.2 };
}

function code128(data: string, yMm: number, symbology: BarcodeElement['symbology'] = 'code128'): BarcodeElement {
  return {
    kind: 'barcode',
    symbology,
    data,
    xMm: 2,
    yMm,
    widthMm: 97,
    barHeightMm: 15,
    moduleDots: 2,
    quietZoneModules: 10,
    align: 'center',
    humanReadable: { text: data, font: 'regular', size: { unit: 'pt', value: 9 }, gapMm: 1 },
  };
}

const pdf417: Pdf417Element = {
  kind: 'pdf417',
  data: `AMZN,PO:FBA15ABCD,FNSKU:X00ABC1234,QTY:3`,
  xMm: 2,
  yMm: 95,
  widthMm: 97,
  heightMm: 50,
  moduleDots: 4,
  rowHeightModules: 3,
  columns: 5,
  errorCorrectionLevel: 6,
  quietZoneModules: 2,
  align: 'center',
};

/** An FBA-box-like label whose ship-from and SKU carry the characters ZPL treats as commands. */
const hostileLabel: LabelDocument = {
  widthMm: 101.6,
  heightMm: 152.4,
  dpi: 203,
  title: 'Hostile data',
  elements: [
    text(shipFrom, 5),
    text(`SKU ${hostileSku}`, 12, 'center'),
    code128(hostileSku, 22),
    code128('(00)109506000000000429', 55, 'gs1-128'),
    pdf417,
  ],
};

function render(document: LabelDocument): string {
  const rendered = renderLabelZpl(document);
  if (!rendered.ok) {
    throw new Error(`ZPL not rendered: ${JSON.stringify(rendered.error)}`);
  }
  return rendered.value;
}

describe('renderLabelZpl', () => {
  it('escapes command characters in data', () => {
    const zpl = render(hostileLabel);

    expect(zpl.startsWith('^XA\n^CI28\n')).toBe(true);
    expect(zpl.match(/\^XA/g)).toHaveLength(1);
    expect(zpl.match(/\^XZ/g)).toHaveLength(1);
    expect(zpl.trimEnd().endsWith('^XZ')).toBe(true);
    expect(zpl.match(/~/g)).toBeNull();
    expect(/^[\x20-\x7e\n]*$/.test(zpl)).toBe(true);
    expect(readZplFields(zpl)).toContain(shipFrom);
    expect(readZplFields(zpl)).toContain(`SKU ${hostileSku}`);
    expect(zpl).not.toMatch(/\^FB[^\n]*_5C/);
  });

  it('keeps the next label intact', async () => {
    const second: LabelDocument = { ...hostileLabel, elements: [code128('NEXT-LABEL-1', 22)] };
    const images = await renderZplToPngs(render(hostileLabel) + render(second), 101.6, 152.4, 203);

    expect(images).toHaveLength(2);
    const first = decodeBarcodesInPng(images[0] as Buffer, 'Code128').map((barcode) => barcode.text);
    expect(first).toContain(hostileSku);
    const next = decodeBarcodesInPng(images[1] as Buffer, 'Code128');
    expect(next.map((barcode) => barcode.text)).toEqual(['NEXT-LABEL-1']);
  });

  it('starts GS1-128 with FNC1', async () => {
    const [image] = await renderZplToPngs(render(hostileLabel), 101.6, 152.4, 203);
    const gs1 = decodeBarcodesInPng(image as Buffer, 'Code128').find((barcode) => barcode.identifier === ']C1');

    expect(gs1?.text).toBe('00109506000000000429');
    expect(gs1?.content).toBe('GS1');
  });

  it('decodes the PDF417 payload', async () => {
    const [image] = await renderZplToPngs(render(hostileLabel), 101.6, 152.4, 203);
    const decoded = decodeBarcodesInPng(image as Buffer, 'PDF417');

    expect(decoded.map((barcode) => barcode.text)).toEqual([pdf417.data]);
    expect(render(hostileLabel)).toMatch(/\^BY4\^B7N,12,6,5,\d+,N/);
  });

  it('places bars as the layout does', () => {
    const zpl = render(hostileLabel);
    for (const element of hostileLabel.elements) {
      if (element.kind !== 'barcode') {
        continue;
      }
      const layout = layoutBarcode(element, 203);
      if (!layout.ok) {
        throw new Error('layout failed');
      }
      expect(zpl).toContain(`^FO${layout.value.symbolLeftDots},${layout.value.topDots}^BY2^BCN,${layout.value.heightDots},N,N,N,N`);
    }
  });

  it('reads back as data at bwip-js width', () => {
    for (const [symbology, data, expected] of [
      ['code128', 'X00ABC1234', 'X00ABC1234'],
      ['code128', hostileSku, hostileSku],
      ['code128', 'FBA15ABCDE12U000003', 'FBA15ABCDE12U000003'],
      ['code128', '12345678901234', '12345678901234'],
      ['code128', 'AB1234567890CD>', 'AB1234567890CD>'],
      ['gs1-128', '(00)109506000000000429', '00109506000000000429'],
      ['gs1-128', '(01)09506000134352(10)LOT7(21)SN123', '0109506000134352' + '10LOT7\u001d21SN123'],
    ] as const) {
      const bwip = encodeLinearSymbol(symbology, data);
      const zpl = render({ ...hostileLabel, elements: [code128(data, 22, symbology)] });
      const fields = [...zpl.matchAll(/\^BCN,[^^]*\^FH_\^FD([^^]*)\^FS/g)].map((match) => readZplFields(`^FH_^FD${match[1] ?? ''}^FS`)[0] ?? '');
      const read = readCode128FieldData(fields[0] ?? '');

      expect(read.text, data).toBe(expected);
      expect(read.gs1, data).toBe(symbology === 'gs1-128');
      expect(read.widthModules, data).toBe(bwip.ok ? bwip.value.widthModules : -1);
    }
  });

  it('renders the carton label scannable', async () => {
    for (const dpi of [203, 300] as const) {
      const built = buildCartonLabel(sampleCartonLabelData, { dpi, t: createCaptionTranslator('en') });
      if (!built.ok) {
        throw new Error('carton label not built');
      }
      const [image] = await renderZplToPngs(render(built.value), built.value.widthMm, built.value.heightMm, dpi);
      const decoded = decodeBarcodesInPng(image as Buffer, 'Code128');

      expect(decoded.map((barcode) => `${barcode.identifier}${barcode.text}`), `${dpi} dpi`).toEqual([']C100109506000000000429']);
    }
  });

  it('rejects control characters in Code 128', () => {
    const rendered = renderLabelZpl({ ...hostileLabel, elements: [code128('AB\u0007C', 22)] });

    expect(rendered.ok ? 'rendered' : rendered.error.code).toBe('zpl-barcode-data-unsupported');
  });
});

describe('zplGs1DataMatrix', () => {
  it('encodes GS1 DataMatrix with FNC1', async () => {
    const items = gs1SymbolItems('(01)09506000134352(10)LOT_7(21)SN1');
    if (!items.ok) {
      throw new Error(items.error);
    }
    const zpl = `^XA^CI28${zplGs1DataMatrix({ elementItems: items.value, leftDots: 40, topDots: 40, moduleDots: 6 })}^XZ`;
    const [image] = await renderZplToPngs(zpl, 50, 50, 203);
    const decoded = decodeBarcodesInPng(image as Buffer, 'DataMatrix', true);

    expect(decoded).toHaveLength(1);
    expect(decoded[0]?.identifier).toBe(']d2');
    expect(decoded[0]?.text).toBe('0109506000134352' + '10LOT_7\u001d21SN1');
  });
});
