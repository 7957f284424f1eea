import type { LabelDocument } from './model';
import { renderLabelSvg } from './svg-renderer';
import { escapeXml } from './xml-text';

function formatMm(value: number): string {
  return String(Math.round(value * 1e6) / 1e6);
}

/**
 * Renders a label as a one-page HTML document for a browser print pipeline (Electron's
 * `webContents.print`, Chromium's `page.pdf`). The CSS `@page` rule sets the page to the label
 * size with no margins, and the body holds only the label SVG at that size. The page contains no
 * scripts, and its Content-Security-Policy allows nothing but inline styles and data: fonts, so
 * hostile label text that slipped past escaping could still not run or fetch anything.
 */
export function renderLabelPrintHtml(document: LabelDocument): string {
  const width = formatMm(document.widthMm);
  const height = formatMm(document.heightMm);
  // The body is clipped to one label, so a rounding error in the page box never spills onto a
  // second, blank page.
  const pageStyle =
    `@page{size:${width}mm ${height}mm;margin:0}` +
    `html,body{margin:0;padding:0;width:${width}mm;height:${height}mm;overflow:hidden;background:#fff}` +
    'svg{display:block}';

  return [
    '<!DOCTYPE html>',
    '<html><head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; font-src data:">`,
    `<title>${escapeXml(document.title)}</title>`,
    `<style>${pageStyle}</style>`,
    '</head><body>',
    renderLabelSvg(document),
    '</body></html>',
    '',
  ].join('\n');
}
