import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Finds a file of the shared real-world fixtures (`shared/fixtures/real/...`), which sit beside
 * the repository: next to a main checkout, or further up for a git worktree.
 */
export function sharedFixturePath(relativePath: string): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'shared', 'fixtures', 'real', relativePath);
    if (existsSync(candidate)) {
      return candidate;
    }
    const parent = dirname(dir);
    if (parent === dir) {
      throw new Error(`shared fixture ${relativePath} not found above the test folder`);
    }
    dir = parent;
  }
}
