import type { IncomingMessage, ServerResponse } from 'node:http';
import { createLogger } from '../core/logger';
import { isJsonContentType } from './api-route';
import { clientAddressOf, type BrowserAccess } from './browser-access';
import { transportFailure } from './call-failures';
import { isPairingCode } from './pairing-code';
import { readRequestBody } from './request-body';
import { sendJson } from './responses';
import { sessionCookie } from './session-cookie';

const log = createLogger('station');

/** Path of the pairing request of a LAN station. */
export const pairingPath = '/pair';

/** A pairing request is one short JSON object; anything longer is not a pairing code. */
const pairingBodyLimitBytes = 1024;

/**
 * Serves `POST /pair` with `{"code": "<pairing code>"}` on a LAN station. A correct code opens a
 * paired session (a new cookie) and returns the launch token, which the page then sends with
 * every API call. A paired browser needs both the cookie and the token.
 * Wrong codes count towards the attempt limiter of the client's address, like wrong PINs.
 */
export async function handlePairingRequest(
  request: IncomingMessage,
  response: ServerResponse,
  pairingCode: string,
  launchToken: string,
  access: BrowserAccess,
): Promise<void> {
  if (request.method !== 'POST') {
    sendJson(response, 405, transportFailure('method-not-allowed', 'common:errors.invalidRequest', { detail: 'use POST' }), { Allow: 'POST' });
    return;
  }
  if (!isJsonContentType(request.headers['content-type'])) {
    sendJson(response, 415, transportFailure('invalid-request', 'common:errors.invalidRequest', { detail: 'Content-Type must be application/json' }));
    return;
  }
  const address = clientAddressOf(request);
  const retryAfter = access.limiter.retryAfterSeconds(address);
  if (retryAfter > 0) {
    request.resume();
    log.warn('rejected pairing attempt from a blocked address', { address, retryAfter });
    sendJson(response, 429, transportFailure('too-many-attempts', 'operators:error.too-many-attempts', { seconds: retryAfter }), { 'Retry-After': String(retryAfter) });
    return;
  }

  const body = await readRequestBody(request, pairingBodyLimitBytes);
  if (!body.ok) {
    if (body.code === 'request-too-large') {
      sendJson(response, 413, transportFailure('request-too-large', 'common:errors.requestTooLarge', { limitBytes: pairingBodyLimitBytes }), { Connection: 'close' });
    }
    return;
  }
  const code = codeOf(body.body);
  if (code === null || !isPairingCode(code, pairingCode)) {
    access.limiter.recordFailure(address);
    log.warn('wrong pairing code', { address });
    sendJson(response, 401, transportFailure('pairing-code-invalid', 'operators:error.pairing-code-invalid'));
    return;
  }

  // A fresh session rather than the cookie's, so no id known before pairing becomes paired.
  const opened = access.sessions.open();
  opened.browser.paired = true;
  log.info('browser paired', { address, sessions: access.sessions.size });
  sendJson(response, 200, { ok: true, value: { token: launchToken } }, { 'Set-Cookie': sessionCookie(access.cookieName, opened.id) });
}

function codeOf(body: Buffer): string | null {
  try {
    const parsed = JSON.parse(body.toString('utf8')) as { code?: unknown };
    return typeof parsed.code === 'string' && parsed.code.length <= 32 ? parsed.code : null;
  } catch {
    return null;
  }
}
