import { describe, expect, it } from 'vitest';
import { buildBoxContentPayload } from '../../../main/fba/box-content';
import { createCaptionTranslator } from '../../../main/labels/captions';
import { buildFbaBoxLabel } from '../../../main/labels/fba-box-label';
import { buildFnskuLabel } from '../../../main/labels/fnsku-label';
import type { LabelDocument } from '../../../main/labels/model';
import { renderLabelZpl } from '../../../main/labels/zpl-renderer';
import { readCode128FieldData } from './zpl-code128-reader';
import { decodeBarcodesInPng, readZplFields, renderZplToPngs } from './zpl-tools';

const t = createCaptionTranslator('en');

// zebrash renders `>5` (switch to Code C) wrongly, so Code 128 is checked by reading the field data back.
function code128Texts(zpl: string): ReadonlyArray<string> {
  return [...zpl.matchAll(/\^BCN,[^^]*\^FH_\^FD([^^]*)\^FS/g)].map((match) => readCode128FieldData(readZplFields(`^FH_^FD${match[1] ?? ''}^FS`)[0] ?? '').text);
}

function zplOf(document: LabelDocument): string {
  const rendered = renderLabelZpl(document);
  if (!rendered.ok) {
    throw new Error(`ZPL not rendered: ${JSON.stringify(rendered.error)}`);
  }
  return rendered.value;
}

describe('renderLabelZpl on every label kind', () => {
  it.each([203, 300] as const)('FNSKU label scans at %i dpi', async (dpi) => {
    const built = buildFnskuLabel(
      { fnsku: 'X00ABC1234', title: 'Dvořák Müller, Łódź trekking tent', condition: 'New', sellerText: 'SKU AB^12~X\\7' },
      { widthMm: 57.15, heightMm: 31.75 },
      { dpi },
    );
    if (!built.ok) {
      throw new Error(built.error.code);
    }
    const zpl = zplOf(built.value);

    expect(code128Texts(zpl)).toEqual(['X00ABC1234']);
    expect(readZplFields(zpl)).toContain('SKU AB^12~X\\7');
    expect(zpl.match(/\^XZ/g)).toHaveLength(1);
  });

  it.each([203, 300] as const)('FBA box label scans at %i dpi', async (dpi) => {
    const contents = [{ fnsku: 'X00ABC1234', quantity: 12 }];
    const payload = buildBoxContentPayload('FBA15ABCDE12', contents);
    if (!payload.ok) {
      throw new Error('payload failed');
    }
    const built = buildFbaBoxLabel(
      { shipmentId: 'FBA15ABCDE12', boxNumber: 3, boxCount: 7, clientName: 'Dvořák Müller, Łódź', contentPayload: payload.value, contents, weightGrams: 12_340, dimensionsMm: [600, 400, 400] },
      { dpi, stock: '4x6in', t },
    );
    if (!built.ok) {
      throw new Error(built.error.code);
    }
    const zpl = zplOf(built.value);
    const [image] = await renderZplToPngs(zpl, built.value.widthMm, built.value.heightMm, dpi);

    expect(code128Texts(zpl)).toEqual(['FBA15ABCDE12U000003']);
    expect(decodeBarcodesInPng(image as Buffer, 'PDF417').map((barcode) => barcode.text)).toEqual([payload.value]);
    expect(readZplFields(zpl)).toContain('Dvořák Müller, Łódź');
  });
});
