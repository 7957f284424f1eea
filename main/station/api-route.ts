import type { IncomingMessage, ServerResponse } from 'node:http';
import { stationTokenHeader } from '../api/bridge';
import { contract, type CallResult, type Channel } from '../api/contract';
import { dispatch } from '../api/dispatch';
import { credentialFailureCodes } from '../api/services/operator-access';
import { createLogger } from '../core/logger';
import { isLaunchToken } from './access-control';
import { clientAddressOf, resolveSession, type BrowserAccess } from './browser-access';
import { transportFailure } from './call-failures';
import { readRequestBody, requestLimitBytesOf } from './request-body';
import { sendJson } from './responses';
import { sessionCookie } from './session-cookie';

const log = createLogger('station');

/** URL prefix of the JSON API; the rest of the path is the channel name. */
export const apiPathPrefix = '/api/';

/** Channels that check a PIN or badge; the attempt limiter blocks them for a guessing address. */
const credentialChannels: ReadonlySet<Channel> = new Set<Channel>(['operator.signIn', 'pack.override']);

function channelOfPath(pathname: string): Channel | null {
  let name: string;
  try {
    name = decodeURIComponent(pathname.slice(apiPathPrefix.length));
  } catch {
    return null;
  }
  return Object.prototype.hasOwnProperty.call(contract, name) ? (name as Channel) : null;
}

export function isJsonContentType(header: string | undefined): boolean {
  return header !== undefined && header.split(';')[0]?.trim().toLowerCase() === 'application/json';
}

/**
 * Serves `POST /api/<channel>`. It checks the launch token, the content type and the body size,
 * finds the browser's session by its cookie (opening one when there is none) and requires
 * pairing on a LAN station. Then it parses the JSON and hands it to the session's services
 * through `dispatch`.
 * The HTTP status is 200 for every call that reached a service, success or expected failure,
 * because the body's `ok` field carries that outcome. Signing in as another operator moves the
 * session to a new id, so an id learned before sign-in is useless afterwards.
 */
export async function handleApiRequest(
  request: IncomingMessage,
  response: ServerResponse,
  pathname: string,
  launchToken: string,
  access: BrowserAccess,
): Promise<void> {
  if (request.method !== 'POST') {
    sendJson(response, 405, transportFailure('method-not-allowed', 'common:errors.invalidRequest', { detail: 'use POST' }), { Allow: 'POST' });
    return;
  }
  const tokenHeader = request.headers[stationTokenHeader];
  if (!isLaunchToken(typeof tokenHeader === 'string' ? tokenHeader : undefined, launchToken)) {
    log.warn('rejected API call without a valid token', { path: pathname });
    // A LAN browser gets the token by pairing, so the reply asks it to pair, not to reopen a link.
    const failure = access.lanMode ? transportFailure('pairing-required', 'operators:error.pairing-required') : transportFailure('unauthorized', 'common:errors.unauthorized');
    sendJson(response, 401, failure);
    return;
  }
  const channel = channelOfPath(pathname);
  if (channel === null) {
    log.warn('rejected API call to an unknown channel', { path: pathname.slice(0, 100) });
    sendJson(response, 404, transportFailure('invalid-request', 'common:errors.invalidRequest', { detail: 'unknown channel' }));
    return;
  }
  if (!isJsonContentType(request.headers['content-type'])) {
    sendJson(response, 415, transportFailure('invalid-request', 'common:errors.invalidRequest', { detail: 'Content-Type must be application/json' }));
    return;
  }

  const resolved = resolveSession(request, access);
  const cookieHeaders: Record<string, string> = resolved.setCookie === null ? {} : { 'Set-Cookie': resolved.setCookie };
  if (access.lanMode && !resolved.browser.paired) {
    request.resume();
    sendJson(response, 403, transportFailure('pairing-required', 'operators:error.pairing-required'), cookieHeaders);
    return;
  }
  const address = clientAddressOf(request);
  const retryAfter = credentialChannels.has(channel) ? access.limiter.retryAfterSeconds(address) : 0;
  if (retryAfter > 0) {
    request.resume();
    log.warn('rejected credential attempt from a blocked address', { channel, address, retryAfter });
    sendJson(response, 429, transportFailure('too-many-attempts', 'operators:error.too-many-attempts', { seconds: retryAfter }), {
      ...cookieHeaders,
      'Retry-After': String(retryAfter),
    });
    return;
  }

  const limitBytes = requestLimitBytesOf(channel);
  const body = await readRequestBody(request, limitBytes);
  if (!body.ok) {
    log.warn('rejected API call body', { channel, code: body.code, limitBytes });
    if (body.code === 'request-too-large') {
      sendJson(response, 413, transportFailure('request-too-large', 'common:errors.requestTooLarge', { limitBytes }), { ...cookieHeaders, Connection: 'close' });
    }
    return;
  }
  let payload: unknown;
  try {
    payload = body.body.length === 0 ? {} : JSON.parse(body.body.toString('utf8'));
  } catch (error) {
    log.warn('rejected API call with invalid JSON', { channel, error: (error as Error).message });
    sendJson(response, 400, transportFailure('invalid-request', 'common:errors.invalidRequest', { detail: 'body is not valid JSON' }), cookieHeaders);
    return;
  }

  const operatorBefore = resolved.browser.session.operator?.operatorId ?? null;
  const result = await dispatch(resolved.browser.services, channel, payload);
  noteCredentialFailure(result, address, access);
  const operatorAfter = resolved.browser.session.operator?.operatorId ?? null;
  if (operatorAfter !== null && operatorAfter !== operatorBefore) {
    cookieHeaders['Set-Cookie'] = sessionCookie(access.cookieName, access.sessions.renew(resolved.id));
  }
  sendJson(response, 200, result, cookieHeaders);
}

function noteCredentialFailure(result: CallResult<Channel>, address: string, access: BrowserAccess): void {
  if (!result.ok && credentialFailureCodes.has(result.error.code)) {
    access.limiter.recordFailure(address);
  }
}
