import type { StoreOpenError } from '../store/database';
import { assertNever } from '../core/assert';
import { createTranslator, type Translate } from '../core/translator';
import { describeStoreSafetyProblem } from '../safety/startup-recovery';

export interface StartupErrorDialog {
  readonly title: string;
  readonly body: string;
}

/**
 * Describes why the station database could not be opened and how to fix it, for the dialog the
 * shell shows instead of an empty window. It names the data folder so support can find the file.
 *
 * NOTE: this text is English only. It appears before the screens and their translations load,
 * and is read by the person installing the station as much as by the operator.
 */
export function describeStoreOpenFailure(error: StoreOpenError, dataDir: string, t?: Translate): StartupErrorDialog {
  const title = 'Packtrace cannot open its database';
  switch (error.code) {
    case 'store-newer-than-app':
      return {
        title,
        body:
          `The database in ${dataDir} was written by a newer Packtrace (schema version ${error.fileVersion}; ` +
          `this app reads up to ${error.appVersion}).\n\n` +
          'Install the newer Packtrace again, or start this version with another data folder (--data-dir DIR).',
      };
    case 'store-open-failed':
      return {
        title,
        body:
          `Opening ${error.file} failed: ${error.detail}\n\n` +
          `${nativeModuleHint(error.detail)}Data folder: ${dataDir}. ` +
          'Check that the folder is writable, or start with another one (--data-dir DIR).',
      };
    case 'store-corrupt':
    case 'store-location-unsafe':
      // These two are translated; index.ts offers a restore for a corrupt database before this.
      return describeStoreSafetyProblem(error, null, t ?? createTranslator('en'));
    default:
      return assertNever(error);
  }
}

function nativeModuleHint(detail: string): string {
  const isAbiMismatch = /NODE_MODULE_VERSION|was compiled against a different Node\.js version|better_sqlite3\.node/i.test(detail);
  if (!isAbiMismatch) {
    return '';
  }
  return (
    'The SQLite module was not built for this Electron version. ' +
    'Run `node scripts/electron-native.mjs --force` in the Packtrace folder, then start again.\n\n'
  );
}
