import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { createLogger } from '../core/logger';
import { contentSecurityPolicy } from '../station/content-security-policy';
import { contentTypeOf } from '../station/content-types';
import { findRendererFile } from '../station/renderer-files';
import { appHost, appScheme } from './app-origin';

const log = createLogger('shell');

/**
 * Declares the app scheme as standard and secure. Electron accepts this only before the app's
 * `ready` event, so index.ts calls it at load time.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

function textResponse(status: number, text: string): Response {
  return new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}

/**
 * Serves `packtrace://app/<path>` from the built renderer folder with the same lookup, content
 * types and Content-Security-Policy as the loopback web host. Other hosts get 404.
 */
export function serveAppScheme(rendererDir: string): void {
  const csp = contentSecurityPolicy();
  protocol.handle(appScheme, async (request) => {
    const url = new URL(request.url);
    if (url.host !== appHost) {
      return textResponse(404, 'Not found.');
    }

    const lookup = findRendererFile(rendererDir, url.pathname);
    if (!lookup.found) {
      log.warn('app page not served', { path: url.pathname.slice(0, 200), reason: lookup.reason });
      return textResponse(lookup.reason === 'invalid-path' ? 400 : 404, 'Not found.');
    }

    const body = await readFile(lookup.filePath);
    return new Response(body, {
      status: 200,
      headers: {
        'Content-Type': contentTypeOf(lookup.filePath),
        'Content-Security-Policy': csp,
        'X-Content-Type-Options': 'nosniff',
      },
    });
  });
}
