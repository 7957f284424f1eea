import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCaptionTranslator } from '../../../main/labels/captions';
import { buildCartonLabel, type Address, type CartonLabelData } from '../../../main/labels/carton-label';
import type { LabelDocument } from '../../../main/labels/model';
import { renderLabelPdf } from '../../../main/labels/pdf-renderer';
import { renderLabelPrintHtml } from '../../../main/labels/print-html';
import { renderLabelSvg } from '../../../main/labels/svg-renderer';
import { renderLabelZpl } from '../../../main/labels/zpl-renderer';
import { sampleCartonLabelData } from '../../fixtures/labels/sample-carton';

const english = createCaptionTranslator('en');

// A case that takes longer than this is a hang for these tests, such as a regular expression
// backtracking on hostile text. It is a bound on runaway work, not a speed target.
const maxMsPerCase = 10_000;

/** Text that attacks each output format: markup, ZPL commands, control bytes, odd Unicode. */
const hostileText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.constantFrom(
    '<img src=x onerror=alert(1)>',
    '</text><script>alert(1)</script>',
    ']]><!--',
    '&amp;&#0;&lt;',
    '^XZ^XA^FO0,0^FDinjected^FS^XZ',
    '~JR~DGR:X.GRF',
    'AB^12~X\\7',
    '_5E_7E',
    'Dvořák Müller, Łódź',
    '\u0000\u0003\u001b[2J\r\n\t',
    '\ud800\udfff\ud800',
    '\u202eRLO\u200b\ufeff',
    'W'.repeat(400),
    '=HYPERLINK("http://127.0.0.1/")',
  ),
);

const address: fc.Arbitrary<Address> = fc.record({
  name: hostileText,
  addressLines: fc.array(hostileText, { maxLength: 4 }),
  postcode: hostileText,
  city: hostileText,
  country: hostileText,
});

const labelData: fc.Arbitrary<CartonLabelData> = fc.record({
  sscc: fc.oneof(fc.constant(sampleCartonLabelData.sscc), fc.constant('109506000000000428'), hostileText),
  shipFrom: address,
  shipTo: address,
  shipmentReference: hostileText,
  clientName: hostileText,
  cartonNumber: fc.oneof(fc.integer({ min: -2, max: 1000 }), fc.double()),
  cartonCount: fc.option(fc.integer({ min: -2, max: 1000 })),
  contents: fc.array(fc.record({ sku: hostileText, title: hostileText, quantity: fc.integer({ min: -5, max: 100_000 }) }), { maxLength: 30 }),
  weightGrams: fc.option(fc.oneof(fc.integer({ min: -1, max: 10_000_000 }), fc.double()), { nil: undefined }),
  packedAt: fc.option(hostileText, { nil: undefined }),
});

/** Hostile text with a valid SSCC and carton number, so most cases reach the renderer. */
const buildableLabelData = labelData.map((data) => ({ ...data, sscc: sampleCartonLabelData.sscc, cartonNumber: 1, cartonCount: null }));

/** Builds the label, or returns null after checking that the refusal names its reason. */
function buildOrExplain(data: CartonLabelData, dpi: 203 | 300): LabelDocument | null {
  const built = buildCartonLabel(data, { dpi, t: english });
  if (!built.ok) {
    expect(built.error.code).toMatch(/^label-/);
    return null;
  }
  return built.value;
}

function withinTimeBound<T>(work: () => T): T {
  const started = performance.now();
  const value = work();
  expect(performance.now() - started).toBeLessThan(maxMsPerCase);
  return value;
}

describe('label renderers on hostile data', () => {
  it('SVG and HTML keep text as text', () => {
    fc.assert(
      fc.property(labelData, fc.constantFrom(203 as const, 300 as const), (data, dpi) => {
        const document = buildOrExplain(data, dpi);
        if (document === null) {
          return;
        }

        const svg = withinTimeBound(() => renderLabelSvg(document));
        const html = withinTimeBound(() => renderLabelPrintHtml(document));

        for (const output of [svg, html]) {
          expect(output).not.toMatch(/<script|<img|<!--|]]>/i);
          expect(output).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
        }
      }),
      { numRuns: 120 },
    );
  });

  it('ZPL stays one printable label', () => {
    fc.assert(
      fc.property(labelData, fc.constantFrom(203 as const, 300 as const), (data, dpi) => {
        const document = buildOrExplain(data, dpi);
        if (document === null) {
          return;
        }

        const rendered = withinTimeBound(() => renderLabelZpl(document));
        if (!rendered.ok) {
          expect(rendered.error.code).toMatch(/^zpl-/);
          return;
        }

        const zpl = rendered.value;
        expect(zpl).toMatch(/^[\x20-\x7e\r\n]*$/);
        expect(zpl.match(/\^XA/g)).toHaveLength(1);
        expect(zpl.match(/\^XZ/g)).toHaveLength(1);
        expect(zpl.trimEnd().endsWith('^XZ')).toBe(true);
        for (const field of zpl.matchAll(/\^FD(.*?)\^FS/gs)) {
          expect(field[1]).not.toMatch(/[\^~]/);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('PDF renders or the build explains', async () => {
    await fc.assert(
      fc.asyncProperty(buildableLabelData, async (data) => {
        const document = buildOrExplain(data, 203);
        if (document === null) {
          return;
        }

        const started = performance.now();
        const pdf = await renderLabelPdf(document);
        expect(performance.now() - started).toBeLessThan(maxMsPerCase);
        expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
        expect(pdf.subarray(-6).toString('latin1')).toMatch(/%%EOF\s*$/);
      }),
      { numRuns: 40, timeout: maxMsPerCase },
    );
  });
});

describe('ZPL injection', () => {
  it('escapes ZPL commands in every field', () => {
    const injected = '^XZ^XA^FO0,0^FDinjected^FS^XZ~JR';
    const document = buildOrExplain(
      {
        ...sampleCartonLabelData,
        shipTo: { ...sampleCartonLabelData.shipTo, name: injected, city: 'Łódź ^FS' },
        shipmentReference: 'AB^12~X\\7',
        contents: [{ sku: 'AB^12~X\\7', title: injected, quantity: 1 }],
      },
      203,
    );
    if (document === null) throw new Error('the sample label with injected text was not built');

    const rendered = renderLabelZpl(document);
    if (!rendered.ok) throw new Error(rendered.error.code);

    expect(rendered.value.match(/\^XA/g)).toHaveLength(1);
    expect(rendered.value.match(/\^XZ/g)).toHaveLength(1);
    expect(rendered.value).not.toContain('~JR');
    expect(rendered.value).toContain('AB_5E12_7EX_5C7');
    expect(rendered.value).toContain('_C5_81_C3_B3d_C5_BA');
  });
});
