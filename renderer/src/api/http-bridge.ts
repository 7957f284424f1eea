import type { PacktraceBridge } from '../../../main/api/bridge';
import { httpPathOfChannel, stationTokenHeader } from '../../../main/api/bridge';
import { channelNames } from '../../../main/api/channel-names';
import type { CallResult, Channel, RequestOf } from '../../../main/api/contract';


type Fetch = (input: string, init: RequestInit) => Promise<Response>;

function transportFailure<C extends Channel>(code: string, key: string, params: Record<string, string | number>): CallResult<C> {
  return { ok: false, error: { code, message: { key, params } } };
}

function isCallResult(body: unknown): boolean {
  return typeof body === 'object' && body !== null && typeof (body as { ok?: unknown }).ok === 'boolean';
}

/**
 * Calls one channel on the loopback web host: POST `/api/<channel>` with the launch token in its
 * header. The host returns a result envelope, failures included (401 for a bad
 * token, 413 for a too-large body), so the envelope is returned whatever the HTTP status. A
 * network failure or a body that is not an envelope becomes a 'transport-failed' result.
 */
export async function callStation<C extends Channel>(
  fetchFunction: Fetch,
  token: string | null,
  channel: C,
  request: RequestOf<C>,
): Promise<CallResult<C>> {
  let response: Response;
  try {
    response = await fetchFunction(httpPathOfChannel(channel), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [stationTokenHeader]: token ?? '' },
      body: JSON.stringify(request),
      cache: 'no-store',
    });
  } catch {
    return transportFailure('transport-failed', 'common:errors.stationUnreachable', { channel });
  }

  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  if (!isCallResult(body)) {
    return transportFailure('transport-failed', 'common:errors.badResponse', { channel, status: response.status });
  }
  return body as CallResult<C>;
}

/** Builds the bridge of the browser station: one function per channel over `callStation`. */
export function createHttpBridge(fetchFunction: Fetch, token: string | null): PacktraceBridge {
  const entries = channelNames.map((channel) => [
    channel,
    (request: RequestOf<typeof channel>) => callStation(fetchFunction, token, channel, request),
  ]);
  return Object.freeze(Object.fromEntries(entries)) as PacktraceBridge;
}
