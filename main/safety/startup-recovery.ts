import { dirname } from 'node:path';
import type { Translate } from '../core/translator';
import { assertNever } from '../core/assert';
import { backupsDirIn, compareNewestFirst, listBackups, type BackupFile } from '../store/backup';
import { verifyDatabaseFile } from '../store/backup-verify';
import type { StoreOpenError } from '../store/database';

/** The start-up failures this module explains; the others keep their own texts. */
export type StoreSafetyError = Extract<StoreOpenError, { readonly code: 'store-corrupt' | 'store-location-unsafe' }>;

export function isStoreSafetyError(error: StoreOpenError): error is StoreSafetyError {
  return error.code === 'store-corrupt' || error.code === 'store-location-unsafe';
}

/**
 * Returns the newest of `backups` that passes `isGood`, trying newest first. It is pure apart
 * from `isGood`, and findNewestGoodBackup passes the full file check.
 */
export function chooseNewestGoodBackup(backups: ReadonlyArray<BackupFile>, isGood: (backup: BackupFile) => boolean): BackupFile | null {
  const newestFirst = [...backups].sort(compareNewestFirst);
  return newestFirst.find((backup) => isGood(backup)) ?? null;
}

/** Finds the newest backup that passes integrity_check, the schema check and the hash chain. */
export function findNewestGoodBackup(dataDir: string, options: { readonly nativeBinding?: string } = {}): BackupFile | null {
  return chooseNewestGoodBackup(listBackups(backupsDirIn(dataDir)), (backup) => verifyDatabaseFile(backup.file, options).ok);
}

export interface StoreProblemText {
  readonly title: string;
  /** Paragraphs separated by blank lines, for a dialog's detail or a terminal. */
  readonly body: string;
}

/**
 * Explains a corrupt database or an unsafe data folder, and what to do. For a corrupt database it
 * names the newest good backup, if any, with the command that restores it.
 */
export function describeStoreSafetyProblem(error: StoreSafetyError, newestGoodBackup: BackupFile | null, t: Translate): StoreProblemText {
  const dataDir = dirname(error.file);
  switch (error.code) {
    case 'store-location-unsafe': {
      const risk = error.risk;
      const explanation =
        risk.code === 'network-filesystem'
          ? t('safety:location.network', { dataDir, fsType: risk.fsType, mountPoint: risk.mountPoint })
          : t('safety:location.sync', { dataDir, syncClient: risk.syncClient, folder: risk.folder });
      return { title: t('safety:location.title'), body: [explanation, t('safety:location.remedy')].join('\n\n') };
    }
    case 'store-corrupt': {
      const paragraphs = [t('safety:corrupt.body', { file: error.file, detail: error.detail })];
      if (newestGoodBackup === null) {
        paragraphs.push(t('safety:corrupt.noBackup', { backupsDir: backupsDirIn(dataDir) }));
      } else {
        paragraphs.push(t('safety:corrupt.offer', { takenAt: newestGoodBackup.takenAt, backup: newestGoodBackup.file }));
        paragraphs.push(t('safety:corrupt.restoreCommand', { dataDir, backup: newestGoodBackup.file }));
      }
      return { title: t('safety:corrupt.title'), body: paragraphs.join('\n\n') };
    }
    default:
      return assertNever(error);
  }
}

/** Text and buttons of the desktop app's start-up dialog for a store failure. */
export interface StartupDialogPlan {
  readonly title: string;
  readonly detail: string;
  readonly buttons: ReadonlyArray<string>;
  /** Index of the button that restores `restoreBackup`, or null when no restore is offered. */
  readonly restoreButton: number | null;
  readonly restoreBackup: BackupFile | null;
}

/**
 * Decides the desktop dialog. A corrupt database with a good backup gets "Restore the backup" and
 * "Quit", and the shell makes Quit the default so that Enter does not replace a file. Every
 * other case gets only "Quit".
 */
export function planStartupDialog(error: StoreSafetyError, newestGoodBackup: BackupFile | null, t: Translate): StartupDialogPlan {
  const text = describeStoreSafetyProblem(error, newestGoodBackup, t);
  const quit = t('safety:corrupt.quitButton');
  if (error.code === 'store-corrupt' && newestGoodBackup !== null) {
    return { title: text.title, detail: text.body, buttons: [t('safety:corrupt.restoreButton'), quit], restoreButton: 0, restoreBackup: newestGoodBackup };
  }
  return { title: text.title, detail: text.body, buttons: [quit], restoreButton: null, restoreBackup: null };
}
