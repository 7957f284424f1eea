/**
 * The API object a screen sees: one function per contract channel, keyed by the channel's name.
 * The preload builds it over Electron IPC; the browser station builds the same shape over HTTP.
 * This file must stay free of Node imports because the renderer type-checks against it.
 */
import type { CallResult, Channel, RequestOf } from './contract';

export type PacktraceBridge = {
  readonly [C in Channel]: (request: RequestOf<C>) => Promise<CallResult<C>>;
};

/** The global name under which the preload exposes the bridge in the desktop app. */
export const bridgeGlobalName = 'packtrace';

/** The HTTP path of a channel on the loopback web host. */
export function httpPathOfChannel(channel: Channel): string {
  return `/api/${channel}`;
}

/** Header that carries the per-launch token of the loopback web host. */
export const stationTokenHeader = 'x-packtrace-token';
