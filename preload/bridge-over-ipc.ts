import type { PacktraceBridge } from '../main/api/bridge';
import type { Channel } from '../main/api/contract';

/** Sender of one request over IPC: Electron's `ipcRenderer.invoke`, or a test double. */
export type ChannelInvoker = (channel: Channel, request: unknown) => Promise<unknown>;

/**
 * Builds the bridge: one function per channel that forwards its request over `invoke`.
 * Main parses every request, so nothing is validated here. The object is frozen so page code
 * cannot swap a function after the bridge is exposed.
 */
export function createBridgeOverIpc(channels: ReadonlyArray<Channel>, invoke: ChannelInvoker): PacktraceBridge {
  const bridge: Record<string, (request: unknown) => Promise<unknown>> = {};
  for (const channel of channels) {
    bridge[channel] = (request: unknown) => invoke(channel, request);
  }

  return Object.freeze(bridge) as unknown as PacktraceBridge;
}
