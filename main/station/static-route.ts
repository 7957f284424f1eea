import { createReadStream } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createLogger } from '../core/logger';
import { contentTypeOf } from './content-types';
import { findRendererFile } from './renderer-files';
import { commonSecurityHeaders, sendText } from './responses';

const log = createLogger('station');

/**
 * Serves the built renderer read-only. Files are public on the loopback address because the
 * data lives behind the API, which needs the launch token. Every response carries the CSP.
 */
export function handleStaticRequest(
  request: IncomingMessage,
  response: ServerResponse,
  pathname: string,
  rendererDir: string,
  contentSecurityPolicy: string,
): void {
  const headers = { 'Content-Security-Policy': contentSecurityPolicy, 'X-Frame-Options': 'DENY' };
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    sendText(response, 405, 'Method not allowed: the station serves files with GET only.', { ...headers, Allow: 'GET, HEAD' });
    return;
  }

  const lookup = findRendererFile(rendererDir, pathname);
  if (!lookup.found) {
    if (lookup.reason === 'invalid-path') {
      log.warn('rejected invalid file path', { path: pathname.slice(0, 200) });
      sendText(response, 400, 'Invalid path.', headers);
      return;
    }
    sendText(response, 404, `Not found: ${pathname.slice(0, 200)}`, headers);
    return;
  }

  response.writeHead(200, {
    ...commonSecurityHeaders,
    ...headers,
    'Content-Type': contentTypeOf(lookup.filePath),
    'Cache-Control': 'no-cache',
  });
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  const stream = createReadStream(lookup.filePath);
  stream.on('error', (error) => {
    log.error('failed to read renderer file', { file: lookup.filePath, error: error.message });
    response.destroy(error);
  });
  stream.pipe(response);
}
