import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Size of the tmpfs: small enough that one test photo fills it. */
const sizeKiB = 64;

function tryMount(dir: string): boolean {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeKiB}k`, 'tmpfs', dir], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * Mounts a 64 KiB tmpfs for a test, to fill the disk for real. Mounting needs root (or
 * CAP_SYS_ADMIN); where it is refused, `available` is false and the tests that need it skip.
 */
export function mountSmallTmpfs(afterEach: (cleanup: () => void) => void): { readonly available: boolean; mount(): string } {
  const probe = mkdtempSync(join(tmpdir(), 'packtrace-tmpfs-probe-'));
  const available = tryMount(probe);
  if (available) {
    execFileSync('umount', [probe]);
  }
  rmSync(probe, { recursive: true, force: true });

  const mounted: string[] = [];
  afterEach(() => {
    for (const dir of mounted.splice(0)) {
      execFileSync('umount', [dir]);
      rmSync(dir, { recursive: true, force: true });
    }
  });

  return {
    available,
    mount: () => {
      const dir = mkdtempSync(join(tmpdir(), 'packtrace-tmpfs-'));
      if (!tryMount(dir)) {
        throw new Error(`mounting a tmpfs at ${dir} failed although the probe succeeded`);
      }
      mounted.push(dir);
      return dir;
    },
  };
}
