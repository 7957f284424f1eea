// Builds better-sqlite3 for the installed Electron version into
// .native/electron-<version>/better_sqlite3.node, which the desktop shell passes to the store as
// its native binding. Electron has its own module ABI, so the Node build in
// node_modules/better-sqlite3/build (used by `npm test`) cannot load there, and this script never
// touches that folder: it compiles a copy of the package in a temporary folder with node-gyp.
//
// Usage: node scripts/electron-native.mjs [--force]
// Environment: PACKTRACE_ELECTRON_HEADERS_URL overrides where node-gyp downloads Electron's
// headers (default https://electronjs.org/headers, the location Electron's documentation names).
//
// NOTE: no build has run to completion yet. The machine this was written on could not download
// the Electron binary or headers, so only the plan, the missing-binary message and a node-gyp
// failure against an unreachable headers URL were exercised.

import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const defaultElectronHeadersUrl = 'https://electronjs.org/headers';

/** Returns the folder of the binary built for one Electron version. */
export function nativeBuildDir(repositoryRoot, electronVersion) {
  return join(repositoryRoot, '.native', `electron-${electronVersion}`);
}

/** Returns the path of better_sqlite3.node built for one Electron version. */
export function nativeBindingPath(repositoryRoot, electronVersion) {
  return join(nativeBuildDir(repositoryRoot, electronVersion), 'better_sqlite3.node');
}

/** Returns the node-gyp arguments that build the package in the working folder against Electron's headers. */
export function nodeGypArguments(electronVersion, headersUrl = defaultElectronHeadersUrl) {
  return ['rebuild', '--release', `--target=${electronVersion}`, `--dist-url=${headersUrl}`, '--runtime=electron'];
}

/**
 * Decides what the script does from facts it has gathered, so the decision is testable without
 * a compiler or a network: 'skip' when the binary exists (unless forced), 'fail' with a message
 * when something needed is missing, else 'build'.
 */
export function planNativeBuild({ electronVersion, electronBinaryInstalled, bindingExists, nodeGypPath, force }) {
  if (electronVersion === null) {
    return { action: 'fail', message: 'Electron is not installed (node_modules/electron/package.json not found). Run `npm install` first.' };
  }
  if (bindingExists && !force) {
    return { action: 'skip', message: `better-sqlite3 for Electron ${electronVersion} is already built.` };
  }
  if (!electronBinaryInstalled) {
    return {
      action: 'fail',
      message:
        `The Electron ${electronVersion} binary is not installed (node_modules/electron/path.txt is missing), ` +
        'so the desktop app cannot start. With network access, run `node node_modules/electron/install.js`, ' +
        'then run this command again. Without it, use `npm run station` to run the station in a browser.',
    };
  }
  if (nodeGypPath === null) {
    return {
      action: 'fail',
      message: 'node-gyp was not found. Run this script through npm (`npm start`), which provides its bundled node-gyp, or install node-gyp.',
    };
  }
  return { action: 'build', message: `Building better-sqlite3 for Electron ${electronVersion}.` };
}

/** Returns the installed Electron version, or null when the package is missing. */
export function readElectronVersion(repositoryRoot) {
  const manifest = join(repositoryRoot, 'node_modules', 'electron', 'package.json');
  if (!existsSync(manifest)) {
    return null;
  }
  return JSON.parse(readFileSync(manifest, 'utf8')).version;
}

/**
 * Returns the node-gyp entry script: npm names its bundled copy in `npm_config_node_gyp` when it
 * runs a script, else the copy inside npm's own install beside the node executable.
 */
export function findNodeGyp(environment = process.env, nodeExecutable = process.execPath) {
  const candidates = [
    environment.npm_config_node_gyp,
    join(dirname(nodeExecutable), '..', 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
  ];
  for (const candidate of candidates) {
    if (candidate !== undefined && candidate !== '' && existsSync(candidate)) {
      return candidate;
    }
  }
  return null;
}

/**
 * Compiles a copy of node_modules/better-sqlite3 (without its build folder) in a temporary
 * folder and copies the result to the .native folder. Returns an error message, or null on success.
 */
export function buildForElectron({ repositoryRoot, electronVersion, nodeGypPath, headersUrl }) {
  const packageDir = join(repositoryRoot, 'node_modules', 'better-sqlite3');
  const workDir = mkdtempSync(join(tmpdir(), 'packtrace-electron-native-'));
  try {
    const sourceCopy = join(workDir, 'better-sqlite3');
    const buildDir = join(packageDir, 'build');
    const isOutsideBuild = (source) => source !== buildDir && !source.startsWith(buildDir + sep);
    cpSync(packageDir, sourceCopy, { recursive: true, filter: isOutsideBuild });

    const result = spawnSync(process.execPath, [nodeGypPath, ...nodeGypArguments(electronVersion, headersUrl)], {
      cwd: sourceCopy,
      stdio: 'inherit',
      env: { ...process.env, npm_config_runtime: 'electron', npm_config_target: electronVersion, npm_config_disturl: headersUrl },
    });
    if (result.error !== undefined || result.status !== 0) {
      const reason = result.error?.message ?? `node-gyp exited with status ${result.status}`;
      return (
        `Building better-sqlite3 for Electron ${electronVersion} failed: ${reason}. ` +
        `node-gyp needs Electron's headers from ${headersUrl} and a C++ toolchain (python3, make, g++ or MSVC). ` +
        'When offline, set PACKTRACE_ELECTRON_HEADERS_URL to a reachable mirror, or use `npm run station`.'
      );
    }

    const target = nativeBindingPath(repositoryRoot, electronVersion);
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(join(sourceCopy, 'build', 'Release', 'better_sqlite3.node'), target);
    return null;
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

function main() {
  const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const electronVersion = readElectronVersion(repositoryRoot);
  const nodeGypPath = findNodeGyp();
  const plan = planNativeBuild({
    electronVersion,
    electronBinaryInstalled: existsSync(join(repositoryRoot, 'node_modules', 'electron', 'path.txt')),
    bindingExists: electronVersion !== null && existsSync(nativeBindingPath(repositoryRoot, electronVersion)),
    nodeGypPath,
    force: process.argv.includes('--force'),
  });

  if (plan.action === 'fail') {
    console.error(`electron-native: ${plan.message}`);
    process.exit(1);
  }
  console.log(`electron-native: ${plan.message}`);
  if (plan.action === 'skip') {
    return;
  }

  const headersUrl = process.env.PACKTRACE_ELECTRON_HEADERS_URL || defaultElectronHeadersUrl;
  const failure = buildForElectron({ repositoryRoot, electronVersion, nodeGypPath, headersUrl });
  if (failure !== null) {
    console.error(`electron-native: ${failure}`);
    process.exit(1);
  }
  console.log(`electron-native: wrote ${nativeBindingPath(repositoryRoot, electronVersion)}`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main();
}
