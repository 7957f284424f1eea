import { describe, expect, it } from 'vitest';
import { contract } from '../../../main/api/contract';
import { channelNames } from '../../../preload/channels';

describe('channelNames', () => {
  it('lists every contract channel once', () => {
    expect([...channelNames].sort()).toEqual(Object.keys(contract).sort());
    expect(new Set(channelNames).size).toBe(channelNames.length);
  });
});
