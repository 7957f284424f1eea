import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FnskuJobEntry } from '../../../main/labels/fnsku-sheet';
import type { SheetTemplate } from '../../../main/labels/fnsku-templates';
import { escapeXml } from '../../../main/labels/xml-text';

/** A reference tool's run, or why it could not run. */
export type ToolRun = { readonly ok: true; readonly ms: number; readonly outputBytes: number; readonly version: string } | { readonly ok: false; readonly reason: string };

function toolVersion(command: string, args: ReadonlyArray<string>): string | null {
  const probe = spawnSync(command, args, { encoding: 'utf8' });
  if (probe.error !== undefined) {
    return null;
  }
  return `${probe.stdout}${probe.stderr}`.trim().split('\n')[0] ?? '';
}

function timeCommand(command: string, args: ReadonlyArray<string>): number {
  const start = performance.now();
  execFileSync(command, args, { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  return performance.now() - start;
}

function labelsOf(entries: ReadonlyArray<FnskuJobEntry>): ReadonlyArray<FnskuJobEntry['label']> {
  return entries.flatMap((entry) => Array.from({ length: entry.count }, () => entry.label));
}

/**
 * Makes one Code 128 SVG per label of the job with `zint --batch` (Debian package zint), the
 * way a sheet tool fed by zint would: one symbol per label, data from a file, one process.
 */
export function runZintBarcodes(entries: ReadonlyArray<FnskuJobEntry>, directory: string): ToolRun {
  const version = toolVersion('zint', ['--version']);
  if (version === null) {
    return { ok: false, reason: 'zint is not installed (Debian package zint)' };
  }
  mkdirSync(directory, { recursive: true });
  const dataPath = join(directory, 'fnskus.txt');
  writeFileSync(dataPath, `${labelsOf(entries).map((label) => label.fnsku).join('\n')}\n`);
  const ms = timeCommand('zint', ['--batch', '-b', '20', '--filetype=SVG', '--height=30', '-i', dataPath, '-o', join(directory, 'bc~~~~~.svg')]);
  const outputBytes = statSync(join(directory, 'bc00001.svg')).size;
  return { ok: true, ms, outputBytes, version };
}

function csvCell(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

function inches(mm: number): string {
  return `${(mm / 25.4).toFixed(4)}in`;
}

/**
 * Lays out the same job on the same sheet with glabels-3-batch (Debian package glabels): a
 * glabels document for the sheet template with the zint SVG, title and condition of each label
 * merged from a CSV, written to one PDF. Needs `runZintBarcodes` to have filled `barcodeDirectory`.
 */
export function runGlabelsSheet(entries: ReadonlyArray<FnskuJobEntry>, template: SheetTemplate, barcodeDirectory: string, directory: string): ToolRun {
  // glabels-3-batch has no --version, so the Debian package version is reported instead.
  const installed = toolVersion('glabels-3-batch', ['--help']) !== null;
  const version = installed ? `glabels ${toolVersion('dpkg-query', ['-W', '-f', '${Version}', 'glabels']) ?? 'unknown version'}` : null;
  if (version === null) {
    return { ok: false, reason: 'glabels-3-batch is not installed (Debian package glabels)' };
  }
  mkdirSync(directory, { recursive: true });
  const rows = labelsOf(entries).map((label, index) => {
    const image = join(barcodeDirectory, `bc${String(index + 1).padStart(5, '0')}.svg`);
    return [label.fnsku, label.title, label.condition, image].map(csvCell).join(',');
  });
  const csvPath = join(directory, 'job.csv');
  writeFileSync(csvPath, `fnsku,title,condition,image\n${rows.join('\n')}\n`);

  const width = template.labelWidthMm;
  const document = `<?xml version="1.0"?>
<Glabels-document xmlns="http://glabels.org/xmlns/3.0/">
  <Template brand="Packtrace" part="${escapeXml(template.name)}" size="${template.pageWidthMm > 215 ? 'US-Letter' : 'A4'}" description="bench">
    <Meta category="label"/>
    <Label-rectangle id="0" width="${inches(width)}" height="${inches(template.labelHeightMm)}" round="0in" x_waste="0in" y_waste="0in">
      <Markup-margin size="0.0625in"/>
      <Layout nx="${template.columns}" ny="${template.rows}" x0="${inches(template.leftMarginMm)}" y0="${inches(template.topMarginMm)}" dx="${inches(template.columnPitchMm)}" dy="${inches(template.rowPitchMm)}"/>
    </Label-rectangle>
  </Template>
  <Objects id="0" rotate="False">
    <Object-image x="${inches(8)}" y="${inches(1.5)}" w="${inches(width - 16)}" h="${inches(12)}" field="image" a0="1" a1="0" a2="0" a3="1" a4="0" a5="0"/>
    <Object-text x="${inches(1.5)}" y="${inches(14.5)}" w="${inches(width - 3)}" h="${inches(5)}" justify="Left" valign="Top" auto_shrink="True" a0="1" a1="0" a2="0" a3="1" a4="0" a5="0">
      <Span font_family="DejaVu Sans" font_size="6" font_weight="Normal" font_italic="False" color="0x000000ff" line_spacing="1"><Field name="title"/></Span>
    </Object-text>
    <Object-text x="${inches(1.5)}" y="${inches(20)}" w="${inches(width - 3)}" h="${inches(3)}" justify="Left" valign="Top" auto_shrink="False" a0="1" a1="0" a2="0" a3="1" a4="0" a5="0">
      <Span font_family="DejaVu Sans" font_size="6" font_weight="Bold" font_italic="False" color="0x000000ff" line_spacing="1"><Field name="condition"/></Span>
    </Object-text>
  </Objects>
  <Merge type="Text/Comma/Line1Keys" src="${escapeXml(csvPath)}"/>
</Glabels-document>
`;
  const documentPath = join(directory, 'sheet.glabels');
  writeFileSync(documentPath, document);
  const pdfPath = join(directory, 'sheet.pdf');
  const ms = timeCommand('glabels-3-batch', ['-o', pdfPath, documentPath]);
  return { ok: true, ms, outputBytes: statSync(pdfPath).size, version };
}
