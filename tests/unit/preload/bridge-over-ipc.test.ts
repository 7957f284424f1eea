import { describe, expect, it } from 'vitest';
import type { Channel } from '../../../main/api/contract';
import { createBridgeOverIpc } from '../../../preload/bridge-over-ipc';
import { channelNames } from '../../../preload/channels';

describe('createBridgeOverIpc', () => {
  it('forwards each channel with its request', async () => {
    const calls: Array<[Channel, unknown]> = [];
    const bridge = createBridgeOverIpc(channelNames, async (channel, request) => {
      calls.push([channel, request]);
      return { ok: true, value: channel };
    });

    const result = await bridge['shipments.open']({ reference: 'ORD-1001' });

    expect(result).toEqual({ ok: true, value: 'shipments.open' });
    expect(calls).toEqual([['shipments.open', { reference: 'ORD-1001' }]]);
  });

  it('exposes only the channel functions', () => {
    const bridge = createBridgeOverIpc(channelNames, async () => undefined);

    expect(Object.keys(bridge).sort()).toEqual([...channelNames].sort());
    for (const channel of channelNames) {
      expect(typeof bridge[channel]).toBe('function');
    }
  });

  it('returns a frozen object', () => {
    const bridge = createBridgeOverIpc(channelNames, async () => undefined);

    expect(Object.isFrozen(bridge)).toBe(true);
  });
});
