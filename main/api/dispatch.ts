import { createLogger } from '../core/logger';
import { serviceErrorOfStoreFailure } from '../safety/store-failure';
import { contract, type CallResult, type Channel } from './contract';
import type { ServiceHandler, Services } from './services';

const log = createLogger('api');

function isChannel(name: string): name is Channel {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

/**
 * Parses an untrusted payload against the channel's schema and calls its service. A bad channel
 * or payload is an expected failure ('invalid-request'); a throwing service is a bug, logged here
 * and reported as 'internal-error' so the screen can still say something.
 */
export async function dispatch(services: Services, channel: string, payload: unknown): Promise<CallResult<Channel>> {
  if (!isChannel(channel)) {
    return invalidRequest(`unknown channel ${channel.slice(0, 64)}`);
  }

  const parsed = contract[channel].request.safeParse(payload ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return invalidRequest(`${channel}: ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`.trim());
  }

  try {
    const handler = services[channel] as ServiceHandler<Channel>;
    return (await handler(parsed.data as never)) as CallResult<Channel>;
  } catch (error) {
    // A full disk or a failing disk is an expected condition with its own message, not a bug.
    const storeFailure = serviceErrorOfStoreFailure(error);
    if (storeFailure !== null) {
      log.error('store write failed', { channel, code: storeFailure.code, error: (error as Error).message });
      return { ok: false, error: storeFailure };
    }
    log.error('service failed', { channel, error: (error as Error).stack ?? String(error) });
    return {
      ok: false,
      error: { code: 'internal-error', message: { key: 'common:errors.internal', params: { channel } } },
    };
  }
}

function invalidRequest(detail: string): CallResult<Channel> {
  log.warn('invalid request', { detail });
  return {
    ok: false,
    error: { code: 'invalid-request', message: { key: 'common:errors.invalidRequest', params: { detail } } },
  };
}
