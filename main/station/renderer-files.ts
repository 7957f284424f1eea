import { statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';

export type RendererFileLookup =
  | { readonly found: true; readonly filePath: string }
  | { readonly found: false; readonly reason: 'invalid-path' | 'not-found' };

/**
 * Maps a URL path to a file inside the built renderer folder. Rejects encoded or literal `..`
 * segments, backslashes and NUL bytes, and checks that the resolved path stays inside `rootDir`.
 * A path without an extension that names no file gets `index.html`, so screens that put their
 * route in the path still load after a reload.
 */
export function findRendererFile(rootDir: string, urlPath: string): RendererFileLookup {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return { found: false, reason: 'invalid-path' };
  }
  if (decoded.includes('\0') || decoded.includes('\\') || decoded.split('/').includes('..')) {
    return { found: false, reason: 'invalid-path' };
  }

  const root = resolve(rootDir);
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const candidate = resolve(join(root, relative));
  if (candidate !== root && !candidate.startsWith(root + sep)) {
    return { found: false, reason: 'invalid-path' };
  }

  if (isFile(candidate)) {
    return { found: true, filePath: candidate };
  }
  if (extname(candidate) === '' && isFile(join(root, 'index.html'))) {
    return { found: true, filePath: join(root, 'index.html') };
  }
  return { found: false, reason: 'not-found' };
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
