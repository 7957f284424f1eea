import type { CallResult, Channel } from '../api/contract';

/**
 * Builds the failure envelope the host returns when a request never reaches a service, in the
 * same shape as a service failure so the screen shows it the same way.
 */
export function transportFailure(
  code: string,
  messageKey: string,
  params: Readonly<Record<string, string | number>> = {},
): CallResult<Channel> {
  return { ok: false, error: { code, message: { key: messageKey, params: { ...params } } } };
}
