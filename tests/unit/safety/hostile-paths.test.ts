import { mkdirSync, truncateSync, writeFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../main/api/dispatch';
import type { Services } from '../../../main/api/services';
import { maxImportBytes } from '../../../main/imports/import-file';
import { findRendererFile } from '../../../main/station/renderer-files';
import { runCliCaptured } from '../../support/cli';
import { useTempDir } from '../../support/temp-dir';

const tempDir = useTempDir('packtrace-paths-');

const pathSegment = fc.oneof(
  fc.constantFrom('..', '.', '%2e%2e', '%2E%2e', '%252e%252e', '..%2f', '%2f', '%5c', '..\\', '%00', '\u0000', '', 'index.html', 'assets', 'secret.txt', '%c0%ae%c0%ae', '~', '//'),
  fc.string({ maxLength: 8 }),
);

describe('renderer file lookup', () => {
  it('never resolves outside the renderer folder', () => {
    const root = join(tempDir(), 'renderer');
    mkdirSync(join(root, 'assets'), { recursive: true });
    writeFileSync(join(root, 'index.html'), '<!doctype html>');
    writeFileSync(join(root, 'assets', 'app.js'), '');
    writeFileSync(join(root, '..', 'secret.txt'), 'secret');

    fc.assert(
      fc.property(fc.array(pathSegment, { maxLength: 8 }), (segments) => {
        const lookup = findRendererFile(root, `/${segments.join('/')}`);
        if (lookup.found) {
          expect(resolve(lookup.filePath).startsWith(resolve(root) + sep)).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe('oversized imports', () => {
  it('rejects a large file before reading it', async () => {
    const dir = tempDir();
    const file = join(dir, 'huge.csv');
    writeFileSync(file, '');
    // A sparse file: the size is set without writing the bytes.
    truncateSync(file, maxImportBytes + 1);

    const run = await runCliCaptured(['--data-dir', join(dir, 'data'), 'import', file]);

    expect(run.code).toBe(1);
    expect(run.stderr).toContain('is larger than 64 MiB');
  });

  it('rejects an oversized imports.file request', async () => {
    let called = false;
    const services = {
      'imports.file': () => {
        called = true;
        return { ok: true, value: {} };
      },
    } as unknown as Services;

    const reply = await dispatch(services, 'imports.file', { fileName: 'huge.csv', contentBase64: 'A'.repeat(70_000_004) });

    expect(reply.ok).toBe(false);
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(called).toBe(false);
  });

  it('rejects an overlong file name', async () => {
    const services = {} as Services;
    const reply = await dispatch(services, 'imports.file', { fileName: 'x'.repeat(256), contentBase64: '' });

    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });
});
