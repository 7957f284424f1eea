import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findRendererFile } from '../../../main/station/renderer-files';
import { useTempDir } from '../../support/temp-dir';

describe('findRendererFile', () => {
  const tempDir = useTempDir('packtrace-renderer-');

  function createRendererDir(): string {
    const root = join(tempDir(), 'renderer');
    mkdirSync(join(root, 'assets'), { recursive: true });
    writeFileSync(join(root, 'index.html'), 'index');
    writeFileSync(join(root, 'assets', 'app.js'), 'app');
    return root;
  }

  it('maps the root to index.html', () => {
    const root = createRendererDir();

    expect(findRendererFile(root, '/')).toEqual({ found: true, filePath: join(root, 'index.html') });
  });

  it('finds a nested asset', () => {
    const root = createRendererDir();

    expect(findRendererFile(root, '/assets/app.js')).toEqual({ found: true, filePath: join(root, 'assets', 'app.js') });
  });

  it('falls back to index.html for routes', () => {
    const root = createRendererDir();

    expect(findRendererFile(root, '/pack/12')).toEqual({ found: true, filePath: join(root, 'index.html') });
  });

  it('reports a missing asset as not found', () => {
    const root = createRendererDir();

    expect(findRendererFile(root, '/assets/missing.js')).toEqual({ found: false, reason: 'not-found' });
  });

  it('serves index.html for a folder', () => {
    const root = createRendererDir();

    expect(findRendererFile(root, '/assets')).toEqual({ found: true, filePath: join(root, 'index.html') });
    expect(findRendererFile(root, '/assets/')).toEqual({ found: true, filePath: join(root, 'index.html') });
  });

  it.each(['/../x.txt', '/assets/%2e%2e/%2e%2e/x.txt', '/a\\..\\x.txt', '/%00', '/%E0%A4%A'])('rejects path %s', (path) => {
    const root = createRendererDir();

    expect(findRendererFile(root, path)).toEqual({ found: false, reason: 'invalid-path' });
  });
});
