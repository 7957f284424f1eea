import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { electronNativeBindingPath } from '../../../main/shell/native-binding';
import {
  findNodeGyp,
  nativeBindingPath,
  nodeGypArguments,
  planNativeBuild,
  readElectronVersion,
} from '../../../scripts/electron-native.mjs';
import { useTempDir } from '../../support/temp-dir';

describe('electron-native script', () => {
  const tempDir = useTempDir('packtrace-native-');
  const readyFacts = {
    electronVersion: '41.7.1',
    electronBinaryInstalled: true,
    bindingExists: false,
    nodeGypPath: '/usr/lib/node_modules/npm/node_modules/node-gyp/bin/node-gyp.js',
    force: false,
  };

  it('puts the binary under .native', () => {
    expect(nativeBindingPath('/repo', '41.7.1')).toBe(join('/repo', '.native', 'electron-41.7.1', 'better_sqlite3.node'));
  });

  it('agrees with the shell on the path', () => {
    expect(nativeBindingPath('/repo', '41.7.1')).toBe(electronNativeBindingPath('/repo', '41.7.1'));
  });

  it('builds against Electron headers', () => {
    expect(nodeGypArguments('41.7.1')).toEqual([
      'rebuild',
      '--release',
      '--target=41.7.1',
      '--dist-url=https://electronjs.org/headers',
      '--runtime=electron',
    ]);
    expect(nodeGypArguments('41.7.1', 'http://127.0.0.1:8080/headers')).toContain('--dist-url=http://127.0.0.1:8080/headers');
  });

  it('plans a build when nothing is built', () => {
    expect(planNativeBuild(readyFacts).action).toBe('build');
  });

  it('skips an existing binary', () => {
    expect(planNativeBuild({ ...readyFacts, bindingExists: true }).action).toBe('skip');
  });

  it('rebuilds an existing binary when forced', () => {
    expect(planNativeBuild({ ...readyFacts, bindingExists: true, force: true }).action).toBe('build');
  });

  it('fails without Electron installed', () => {
    const plan = planNativeBuild({ ...readyFacts, electronVersion: null });

    expect(plan.action).toBe('fail');
    expect(plan.message).toContain('npm install');
  });

  it('fails without the Electron binary', () => {
    const plan = planNativeBuild({ ...readyFacts, electronBinaryInstalled: false });

    expect(plan.action).toBe('fail');
    expect(plan.message).toContain('node node_modules/electron/install.js');
    expect(plan.message).toContain('npm run station');
  });

  it('fails without node-gyp', () => {
    const plan = planNativeBuild({ ...readyFacts, nodeGypPath: null });

    expect(plan.action).toBe('fail');
    expect(plan.message).toContain('node-gyp');
  });

  it('reads the installed Electron version', () => {
    const root = tempDir();
    mkdirSync(join(root, 'node_modules', 'electron'), { recursive: true });
    writeFileSync(join(root, 'node_modules', 'electron', 'package.json'), JSON.stringify({ version: '41.7.1' }));

    expect(readElectronVersion(root)).toBe('41.7.1');
    expect(readElectronVersion(tempDir())).toBeNull();
  });

  it('prefers the node-gyp npm names', () => {
    const root = tempDir();
    const npmNodeGyp = join(root, 'node-gyp.js');
    writeFileSync(npmNodeGyp, '');

    expect(findNodeGyp({ npm_config_node_gyp: npmNodeGyp }, join(root, 'bin', 'node'))).toBe(npmNodeGyp);
    expect(findNodeGyp({}, join(root, 'bin', 'node'))).toBeNull();
  });
});
