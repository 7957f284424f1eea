import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** Environment variable that points at the resources folder and wins over every other lookup. */
export const resourcesDirEnvironmentVariable = 'PACKTRACE_RESOURCES_DIR';

/** Inputs of the lookup, injectable so tests need not change the real process. */
export interface ResourcesLookup {
  readonly environment?: Readonly<Record<string, string | undefined>>;
  /** `process.resourcesPath` of a packaged Electron app, absent under plain Node. */
  readonly electronResourcesPath?: string;
  /** Folders to walk up from, nearest first. */
  readonly startDirs?: ReadonlyArray<string>;
}

// A folder counts as the resources folder only when it contains the label fonts, so a stray
// folder that happens to be called "resources" is skipped.
function isResourcesDir(candidate: string): boolean {
  return existsSync(join(candidate, 'fonts'));
}

function currentElectronResourcesPath(): string | undefined {
  const electronProcess = process as NodeJS.Process & { resourcesPath?: string };
  return process.versions.electron === undefined ? undefined : electronProcess.resourcesPath;
}

function defaultStartDirs(): ReadonlyArray<string> {
  // `__dirname` exists in the CommonJS build (out/main/*.js) and under vitest; the working
  // directory is the last resort for other runners.
  const moduleDir = typeof __dirname === 'string' ? [__dirname] : [];
  return [...moduleDir, process.cwd()];
}

function walkUpForResources(startDir: string): string | undefined {
  let current = resolve(startDir);
  for (;;) {
    const candidate = join(current, 'resources');
    if (isResourcesDir(candidate)) {
      return candidate;
    }
    const parent = dirname(current);
    if (parent === current) {
      return undefined;
    }
    current = parent;
  }
}

/**
 * Finds the folder that holds fonts and other bundled files. Checks, in order: the
 * PACKTRACE_RESOURCES_DIR override, `<process.resourcesPath>/resources` and
 * `<process.resourcesPath>` in Electron, then a `resources` folder in each parent of the module
 * and working directories. Throws with every searched path when none contains `fonts/`,
 * because a broken installation is not something the caller can recover from.
 */
export function resolveResourcesDir(lookup: ResourcesLookup = {}): string {
  const environment = lookup.environment ?? process.env;
  const searched: string[] = [];

  const override = environment[resourcesDirEnvironmentVariable];
  if (override !== undefined && override !== '') {
    const overrideDir = resolve(override);
    if (isResourcesDir(overrideDir)) {
      return overrideDir;
    }
    throw new Error(
      `${resourcesDirEnvironmentVariable} is set to "${override}", but ${overrideDir} has no fonts folder. ` +
        'Point it at the folder that contains fonts/ or unset it.',
    );
  }

  const electronResourcesPath = lookup.electronResourcesPath ?? currentElectronResourcesPath();
  if (electronResourcesPath !== undefined) {
    for (const candidate of [join(electronResourcesPath, 'resources'), electronResourcesPath]) {
      searched.push(candidate);
      if (isResourcesDir(candidate)) {
        return candidate;
      }
    }
  }

  for (const startDir of lookup.startDirs ?? defaultStartDirs()) {
    searched.push(`${resolve(startDir)} and its parents`);
    const found = walkUpForResources(startDir);
    if (found !== undefined) {
      return found;
    }
  }

  throw new Error(
    `Resources folder with fonts/ not found; searched ${searched.join(', ')}. ` +
      `Set ${resourcesDirEnvironmentVariable} to the folder that contains fonts/.`,
  );
}
