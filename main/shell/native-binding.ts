import { join } from 'node:path';

/**
 * Returns where scripts/electron-native.mjs puts better-sqlite3 built for one Electron version:
 * `<app root>/.native/electron-<version>/better_sqlite3.node`. Electron has its own module ABI,
 * so the binary in node_modules (built for Node, used by the tests) cannot load in the app.
 * The script computes the same path, and a unit test keeps the two equal.
 */
export function electronNativeBindingPath(appRoot: string, electronVersion: string): string {
  return join(appRoot, '.native', `electron-${electronVersion}`, 'better_sqlite3.node');
}
