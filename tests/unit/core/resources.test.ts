import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { resolveResourcesDir } from '../../../main/core/resources';

const temporaryDirs: string[] = [];

function makeTree(...paths: string[]): string {
  const root = mkdtempSync(join(tmpdir(), 'packtrace-resources-'));
  temporaryDirs.push(root);
  for (const path of paths) {
    mkdirSync(join(root, path), { recursive: true });
  }
  return root;
}

afterEach(() => {
  for (const dir of temporaryDirs.splice(0)) {
    rmSync(dir, { recursive: true, force: true });
  }
});

describe('resolveResourcesDir', () => {
  it('finds the repository resources from source', () => {
    const found = resolveResourcesDir({ environment: {} });
    expect(found).toBe(join(__dirname, '..', '..', '..', 'resources'));
  });

  it('prefers the environment override', () => {
    const root = makeTree('custom/fonts', 'app/resources/fonts');
    const found = resolveResourcesDir({
      environment: { PACKTRACE_RESOURCES_DIR: join(root, 'custom') },
      electronResourcesPath: join(root, 'app'),
    });
    expect(found).toBe(join(root, 'custom'));
  });

  it('throws when the override has no fonts', () => {
    const root = makeTree('empty');
    expect(() => resolveResourcesDir({ environment: { PACKTRACE_RESOURCES_DIR: join(root, 'empty') } })).toThrow(
      /PACKTRACE_RESOURCES_DIR.*no fonts folder/,
    );
  });

  it('uses the packaged Electron resources path', () => {
    const root = makeTree('app/resources/fonts');
    const found = resolveResourcesDir({ environment: {}, electronResourcesPath: join(root, 'app'), startDirs: [] });
    expect(found).toBe(join(root, 'app', 'resources'));
  });

  it('walks up from the built output folder', () => {
    const root = makeTree('resources/fonts', 'out/main');
    const found = resolveResourcesDir({ environment: {}, startDirs: [join(root, 'out', 'main')] });
    expect(found).toBe(join(root, 'resources'));
  });

  it('lists searched folders when nothing is found', () => {
    const root = makeTree('out/main');
    expect(() => resolveResourcesDir({ environment: {}, startDirs: [join(root, 'out', 'main')] })).toThrow(
      new RegExp(`searched ${join(root, 'out', 'main')} and its parents`),
    );
  });
});
