import { homedir } from 'node:os';
import { join } from 'node:path';

export const dataDirEnvironmentVariable = 'PACKTRACE_DATA_DIR';

/**
 * Resolves the station's data folder: an explicit `--data-dir` wins, then PACKTRACE_DATA_DIR,
 * then the OS app-data folder for Packtrace (the same folder Electron's `userData` points at).
 */
export function resolveDataDir(explicitDir?: string | null, environment: NodeJS.ProcessEnv = process.env): string {
  if (explicitDir) {
    return explicitDir;
  }

  const fromEnvironment = environment[dataDirEnvironmentVariable];
  if (fromEnvironment) {
    return fromEnvironment;
  }

  return join(osAppDataDir(environment), 'Packtrace');
}

function osAppDataDir(environment: NodeJS.ProcessEnv): string {
  switch (process.platform) {
    case 'win32':
      return environment.APPDATA ?? join(homedir(), 'AppData', 'Roaming');
    case 'darwin':
      return join(homedir(), 'Library', 'Application Support');
    default:
      return environment.XDG_CONFIG_HOME ?? join(homedir(), '.config');
  }
}

export function databaseFileIn(dataDir: string): string {
  return join(dataDir, 'packtrace.sqlite');
}
