import { describe, expect, it } from 'vitest';
import { channelGroups, contract } from '../../../main/api/contract';

describe('contract', () => {
  it('joins every channel group once', () => {
    const groupChannels = channelGroups.flatMap((group) => Object.keys(group));

    expect(new Set(groupChannels).size).toBe(groupChannels.length);
    expect(Object.keys(contract).sort()).toEqual([...groupChannels].sort());
  });

  it('names channels area.action', () => {
    for (const channel of Object.keys(contract)) {
      expect(channel).toMatch(/^[a-z]+\.[a-zA-Z]+$/);
    }
  });
});
