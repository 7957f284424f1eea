import { join, resolve } from 'node:path';
import { build } from 'vite';

/**
 * Bundles a TypeScript entry under tests/support into one CommonJS file in `outDir`, so a test
 * can run it with plain `node` in a child process (no TypeScript runner is installed). Node
 * built-ins and packages stay external and load from node_modules. Returns the bundle's path.
 */
export async function buildChildScript(entry: string, outDir: string): Promise<string> {
  const root = resolve(__dirname, '..', '..');
  await build({
    root,
    configFile: false,
    logLevel: 'error',
    build: {
      ssr: resolve(__dirname, entry),
      outDir,
      emptyOutDir: false,
      minify: false,
      rollupOptions: { output: { format: 'cjs', entryFileNames: '[name].cjs' } },
    },
    ssr: { noExternal: [] },
  });
  return join(outDir, `${entry.replace(/\.ts$/, '')}.cjs`);
}
