import type { IncomingMessage, ServerResponse } from 'node:http';
import { stationTokenHeader } from '../api/bridge';
import { contract, type Channel } from '../api/contract';
import { dispatch } from '../api/dispatch';
import type { Services } from '../api/services';
import { createLogger } from '../core/logger';
import { isLaunchToken } from './access-control';
import { transportFailure } from './call-failures';
import { readRequestBody, requestLimitBytesOf } from './request-body';
import { sendJson } from './responses';

const log = createLogger('station');

/** URL prefix of the JSON API; the rest of the path is the channel name. */
export const apiPathPrefix = '/api/';

function channelOfPath(pathname: string): Channel | null {
  let name: string;
  try {
    name = decodeURIComponent(pathname.slice(apiPathPrefix.length));
  } catch {
    return null;
  }
  return Object.prototype.hasOwnProperty.call(contract, name) ? (name as Channel) : null;
}

function isJsonContentType(header: string | undefined): boolean {
  return header !== undefined && header.split(';')[0]?.trim().toLowerCase() === 'application/json';
}

/**
 * Serves `POST /api/<channel>`: checks the launch token, the content type and the body size,
 * parses the JSON and hands it to `dispatch`, which validates it against the contract. The HTTP
 * status is 200 for every call that reached a service, success or expected failure, because
 * the body's `ok` field carries that outcome.
 */
export async function handleApiRequest(
  request: IncomingMessage,
  response: ServerResponse,
  pathname: string,
  services: Services,
  launchToken: string,
): Promise<void> {
  if (request.method !== 'POST') {
    sendJson(response, 405, transportFailure('method-not-allowed', 'common:errors.invalidRequest', { detail: 'use POST' }), { Allow: 'POST' });
    return;
  }
  const tokenHeader = request.headers[stationTokenHeader];
  if (!isLaunchToken(typeof tokenHeader === 'string' ? tokenHeader : undefined, launchToken)) {
    log.warn('rejected API call without a valid token', { path: pathname });
    sendJson(response, 401, transportFailure('unauthorized', 'common:errors.unauthorized'));
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

  const limitBytes = requestLimitBytesOf(channel);
  const body = await readRequestBody(request, limitBytes);
  if (!body.ok) {
    log.warn('rejected API call body', { channel, code: body.code, limitBytes });
    if (body.code === 'request-too-large') {
      sendJson(response, 413, transportFailure('request-too-large', 'common:errors.requestTooLarge', { limitBytes }), { Connection: 'close' });
    }
    return;
  }
  let payload: unknown;
  try {
    payload = body.body.length === 0 ? {} : JSON.parse(body.body.toString('utf8'));
  } catch (error) {
    log.warn('rejected API call with invalid JSON', { channel, error: (error as Error).message });
    sendJson(response, 400, transportFailure('invalid-request', 'common:errors.invalidRequest', { detail: 'body is not valid JSON' }));
    return;
  }

  const result = await dispatch(services, channel, payload);
  sendJson(response, 200, result);
}
