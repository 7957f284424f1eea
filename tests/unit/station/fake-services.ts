import { contract, type Channel } from '../../../main/api/contract';
import type { Services } from '../../../main/api/services';

/** A call the fake services received, after `dispatch` parsed it. */
export interface ReceivedCall {
  readonly channel: Channel;
  readonly request: unknown;
}

/**
 * Services for transport tests: every channel records its parsed request and returns it as the
 * value, so a test gets exactly what crossed the transport. The domain is tested elsewhere.
 */
export function createRecordingServices(): { services: Services; calls: ReceivedCall[] } {
  const calls: ReceivedCall[] = [];
  const handlers: Record<string, (request: unknown) => unknown> = {};
  for (const channel of Object.keys(contract) as Channel[]) {
    handlers[channel] = (request: unknown) => {
      calls.push({ channel, request });
      return { ok: true, value: { echoed: request } };
    };
  }
  return { services: handlers as unknown as Services, calls };
}
