import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const repoRoot = resolve(__dirname, '../../..');

async function lintAs(filePath: string, code: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: repoRoot });
  const [result] = await eslint.lintText(code, { filePath: resolve(repoRoot, filePath) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('renderer import boundary', () => {
  it.each([
    ["import { ipcRenderer } from 'electron';"],
    ["import Database from 'better-sqlite3';"],
    ["import HID from 'node-hid';"],
    ["import PDFDocument from 'pdfkit';"],
    ["import { readFileSync } from 'node:fs';"],
    ["import { readFileSync } from 'fs';"],
    ["import { openStore } from '../../main/store/database';"],
  ])('rejects %s', async (code) => {
    const messages = await lintAs('renderer/src/screens/probe.ts', `${code}\nexport {};\n`);

    expect(messages.length).toBe(1);
  });

  it('allows the shared contract and scan types', async () => {
    const code = [
      "import type { PackView } from '../../../main/api/contract';",
      "import type { ScanValue } from '../../../main/scan/types';",
      'export type Both = [PackView, ScanValue];',
    ].join('\n');

    const messages = await lintAs('renderer/src/screens/probe.ts', code);

    expect(messages).toEqual([]);
  });

  it('keeps electron out of main outside the shell', async () => {
    const messages = await lintAs('main/store/probe.ts', "import { app } from 'electron';\nexport const a = app;\n");

    expect(messages.length).toBe(1);
  });
});
