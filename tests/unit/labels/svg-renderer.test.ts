import { describe, expect, it } from 'vitest';
import { layoutBarcode } from '../../../main/labels/barcode-layout';
import { createCaptionTranslator } from '../../../main/labels/captions';
import { buildCartonLabel } from '../../../main/labels/carton-label';
import { textAt } from '../../../main/labels/element-builders';
import type { BarcodeElement, Dpi, LabelDocument } from '../../../main/labels/model';
import { renderLabelSvg } from '../../../main/labels/svg-renderer';
import { sampleCartonLabelData } from '../../fixtures/labels/sample-carton';

function cartonLabel(dpi: Dpi): LabelDocument {
  const built = buildCartonLabel(sampleCartonLabelData, { dpi, t: createCaptionTranslator('en') });
  if (!built.ok) {
    throw new Error(`Carton label not built: ${JSON.stringify(built.error)}`);
  }
  return built.value;
}

/** Text contents of every <text> element, with the five XML entities decoded. */
function textContents(svg: string): string[] {
  const decode = (text: string): string =>
    text
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
      .replace(/&amp;/g, '&');
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((match) => decode(match[1] ?? ''));
}

const hostileText = '<script>alert("x")</script> & \'quoted\' \u0001\u001d end';

const hostileLabel: LabelDocument = {
  widthMm: 57.15,
  heightMm: 31.75,
  dpi: 203,
  title: 'Title </title><script>alert(1)</script>',
  elements: [textAt(hostileText, { xMm: 2, yMm: 2, maxWidthMm: 53, sizePt: 6 })],
};

describe('renderLabelSvg', () => {
  it('sizes the page in millimetres', () => {
    const svg = renderLabelSvg(cartonLabel(203));
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="101\.6mm" height="152\.4mm" viewBox="0 0 101\.6 152\.4">/);
  });

  it.each([203, 300] as const)('places bars on the %i dpi grid', (dpi) => {
    const document = cartonLabel(dpi);
    const barcode = document.elements.find((element): element is BarcodeElement => element.kind === 'barcode');
    const layout = barcode === undefined ? undefined : layoutBarcode(barcode, dpi);
    if (layout === undefined || !layout.ok) {
      throw new Error('Carton label has no barcode that lays out');
    }

    const svg = renderLabelSvg(document);
    const group = /<g fill="#000" transform="scale\(([\d.]+)\)">(.*?)<\/g>/.exec(svg);
    expect(Number(group?.[1])).toBe(25.4 / dpi);
    const bars = [...(group?.[2] ?? '').matchAll(/<rect x="(\d+)" y="(\d+)" width="(\d+)" height="(\d+)"\/>/g)].map((rect) => ({
      leftDots: Number(rect[1]),
      widthDots: Number(rect[3]),
      topDots: Number(rect[2]),
      heightDots: Number(rect[4]),
    }));
    expect(bars).toEqual(layout.value.bars.map((bar) => ({ ...bar, topDots: layout.value.topDots, heightDots: layout.value.heightDots })));
  });

  it('embeds fonts as data URLs', () => {
    const svg = renderLabelSvg(cartonLabel(203));
    const sources = [...svg.matchAll(/url\(([^)]*)\)/g)].map((match) => match[1] ?? '');
    expect(sources).toHaveLength(2);
    for (const source of sources) {
      expect(source.startsWith('data:font/ttf;base64,')).toBe(true);
    }
    // The SVG namespace is a name, not a fetched address.
    expect(svg.replace('xmlns="http://www.w3.org/2000/svg"', '')).not.toMatch(/https?:|file:/);
  });

  it('embeds only the fonts used', () => {
    const svg = renderLabelSvg(hostileLabel);
    expect(svg).toContain('font-family:"Packtrace Label Regular";src:url(data:');
    expect(svg).not.toContain('font-family:"Packtrace Label Bold";src:');
  });

  it('prints the carton label texts', () => {
    const texts = textContents(renderLabelSvg(cartonLabel(203)));
    expect(texts).toContain('Jürgen Müller');
    expect(texts).toContain('90-006 Łódź');
    expect(texts).toContain('3 of 5');
    expect(texts).toContain('(00) 1 0950600 000000042 9');
  });

  it('escapes hostile text and title', () => {
    const svg = renderLabelSvg(hostileLabel);
    expect(svg).not.toContain('<script');
    expect(svg).toContain('<title>Title &lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>');
    expect(textContents(svg)).toEqual(['<script>alert("x")</script> & \'quoted\' \uFFFD\uFFFD end']);
    expect(svg).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
  });

  it('returns identical output for equal documents', () => {
    expect(renderLabelSvg(cartonLabel(300))).toBe(renderLabelSvg(cartonLabel(300)));
  });

  it('throws for an unvalidated barcode', () => {
    const barcode: BarcodeElement = {
      kind: 'barcode',
      symbology: 'code128',
      data: 'X00ABC1234',
      xMm: 0,
      yMm: 2,
      widthMm: 20,
      barHeightMm: 10,
      moduleDots: 3,
      quietZoneModules: 10,
      align: 'center',
      humanReadable: null,
    };
    expect(() => renderLabelSvg({ ...hostileLabel, elements: [barcode] })).toThrow(/label-barcode-does-not-fit/);
  });
});
