import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { resolve } from 'node:path';
import type Database from 'better-sqlite3';

/** The machine and software a bench ran on, stored with its figures. */
export interface BenchEnvironment {
  readonly node: string;
  readonly sqlite: string;
  readonly betterSqlite3: string;
  readonly platform: string;
  readonly cpuModel: string;
  readonly logicalCpus: number;
  readonly memoryGiB: number;
  /** Mount point, device and type of the file system holding the run folder (Linux only). */
  readonly fileSystem: string;
}

export function describeEnvironment(db: Database.Database, runDir: string): BenchEnvironment {
  const require = createRequire(import.meta.url);
  const betterSqlite3 = (require('better-sqlite3/package.json') as { version: string }).version;
  return {
    node: process.version,
    sqlite: db.prepare<[], { version: string }>('SELECT sqlite_version() AS version').get()?.version ?? 'unknown',
    betterSqlite3,
    platform: `${process.platform} ${process.arch}`,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    logicalCpus: availableParallelism(),
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    fileSystem: describeFileSystem(runDir),
  };
}

/** Reads the 1, 5 and 15 minute load averages, rounded to two decimals. */
export function loadAverages(): ReadonlyArray<number> {
  return loadavg().map((value) => Math.round(value * 100) / 100);
}

function describeFileSystem(dir: string): string {
  let mounts: string;
  try {
    mounts = readFileSync('/proc/mounts', 'utf8');
  } catch {
    return 'unknown (no /proc/mounts)';
  }
  const target = resolve(dir);
  const candidates = mounts
    .split('\n')
    .map((line) => line.split(' '))
    .filter(([, mountPoint]) => mountPoint !== undefined && (target === mountPoint || target.startsWith(mountPoint === '/' ? '/' : `${mountPoint}/`)));
  const best = candidates.sort((a, b) => (b[1]?.length ?? 0) - (a[1]?.length ?? 0))[0];
  return best === undefined ? 'unknown' : `${best[1]} (${best[0]}, ${best[2]}, ${best[3]})`;
}
