import { describe, expect, it } from 'vitest';
import { describeStoreOpenFailure } from '../../../main/shell/startup-error';

describe('describeStoreOpenFailure', () => {
  it('explains an ABI mismatch with the fix', () => {
    const dialog = describeStoreOpenFailure(
      {
        code: 'store-open-failed',
        file: '/data/packtrace.sqlite',
        detail: "The module 'better_sqlite3.node' was compiled against a different Node.js version using NODE_MODULE_VERSION 115. This version of Node.js requires NODE_MODULE_VERSION 145.",
      },
      '/data',
    );

    expect(dialog.body).toContain('NODE_MODULE_VERSION 115');
    expect(dialog.body).toContain('node scripts/electron-native.mjs --force');
    expect(dialog.body).toContain('Data folder: /data');
  });

  it('explains a missing native binding', () => {
    const dialog = describeStoreOpenFailure(
      { code: 'store-open-failed', file: '/data/packtrace.sqlite', detail: "Cannot find module '/app/.native/electron-41.7.1/better_sqlite3.node'" },
      '/data',
    );

    expect(dialog.body).toContain('scripts/electron-native.mjs');
  });

  it('omits the native hint otherwise', () => {
    const dialog = describeStoreOpenFailure(
      { code: 'store-open-failed', file: '/data/packtrace.sqlite', detail: 'SQLITE_CANTOPEN: unable to open database file' },
      '/data',
    );

    expect(dialog.body).not.toContain('electron-native');
    expect(dialog.body).toContain('--data-dir');
  });

  it('explains a database from a newer app', () => {
    const dialog = describeStoreOpenFailure(
      { code: 'store-newer-than-app', file: '/data/packtrace.sqlite', fileVersion: 9, appVersion: 2 },
      '/data',
    );

    expect(dialog.title).toBe('Packtrace cannot open its database');
    expect(dialog.body).toContain('schema version 9');
    expect(dialog.body).toContain('up to 2');
    expect(dialog.body).toContain('/data');
  });
});
