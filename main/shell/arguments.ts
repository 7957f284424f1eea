/**
 * Returns the value of `--data-dir DIR` or `--data-dir=DIR` from Electron's command line, or null.
 * Other arguments are ignored because Electron and Chromium add switches of their own.
 */
export function dataDirFromArgv(argv: ReadonlyArray<string>): string | null {
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index] as string;
    if (argument.startsWith('--data-dir=')) {
      const value = argument.slice('--data-dir='.length);
      return value === '' ? null : value;
    }
    if (argument === '--data-dir') {
      const value = argv[index + 1];
      return value === undefined || value.startsWith('--') ? null : value;
    }
  }
  return null;
}

/** Switch that opens a data folder on a network share or in a sync folder anyway (see SECURITY.md). */
export const allowUnsafeDataDirSwitch = '--allow-unsafe-data-dir';

/** Returns true when Electron's command line carries `--allow-unsafe-data-dir`. */
export function allowsUnsafeDataDir(argv: ReadonlyArray<string>): boolean {
  return argv.includes(allowUnsafeDataDirSwitch);
}
