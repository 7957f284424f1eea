// Renders the sample carton label to a PDF so its layout can be checked by eye:
//   node scripts/render-sample-label.mjs [--dpi 203|300] [--lang en|de|pl|fr] [--out FILE]
//   pdftoppm -r 203 -png FILE.pdf /tmp/carton   # then open /tmp/carton-1.png
// Vite's module runner loads the TypeScript sources directly, so no build is needed.
import { writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runnerImport } from 'vite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    dpi: { type: 'string', default: '203' },
    lang: { type: 'string', default: 'en' },
    out: { type: 'string', default: '/tmp/packtrace-carton-label.pdf' },
  },
});

const dpi = Number(values.dpi);
if (dpi !== 203 && dpi !== 300) {
  console.error(`--dpi must be 203 or 300, got ${values.dpi}`);
  process.exit(2);
}

const load = async (path) => (await runnerImport(resolve(root, path), { configFile: false, logLevel: 'error' })).module;
const { buildCartonLabel } = await load('main/labels/carton-label.ts');
const { renderLabelPdf } = await load('main/labels/pdf-renderer.ts');
const { createCaptionTranslator } = await load('main/labels/captions.ts');
const { sampleCartonLabelData } = await load('tests/fixtures/labels/sample-carton.ts');

const built = buildCartonLabel(sampleCartonLabelData, { dpi, t: createCaptionTranslator(values.lang), locale: values.lang });
if (!built.ok) {
  console.error(`Carton label not built: ${JSON.stringify(built.error)}`);
  process.exit(1);
}
await writeFile(values.out, await renderLabelPdf(built.value));
console.log(`Wrote ${values.out} (${dpi} dpi, ${values.lang})`);
