import { describe, expect, it } from 'vitest';
import { stationTokenStorageKey, takeStationToken } from '../../../../renderer/src/api/station-token';

function memoryStorage(initial: Record<string, string> = {}): Pick<Storage, 'getItem' | 'setItem'> & { items: Map<string, string> } {
  const items = new Map(Object.entries(initial));
  return {
    items,
    getItem: (name) => items.get(name) ?? null,
    setItem: (name, value) => {
      items.set(name, value);
    },
  };
}

describe('takeStationToken', () => {
  it('moves URL token into session storage', () => {
    const storage = memoryStorage();
    const replaced: string[] = [];

    const token = takeStationToken({
      href: 'http://127.0.0.1:4300/?token=abc123&lang=de#pack',
      storage,
      replaceUrl: (url) => replaced.push(url),
    });

    expect(token).toBe('abc123');
    expect(storage.items.get(stationTokenStorageKey)).toBe('abc123');
    expect(replaced).toEqual(['/?lang=de#pack']);
  });

  it('reads the stored token after reload', () => {
    const storage = memoryStorage({ [stationTokenStorageKey]: 'kept' });
    const replaced: string[] = [];

    const token = takeStationToken({ href: 'http://127.0.0.1:4300/', storage, replaceUrl: (url) => replaced.push(url) });

    expect(token).toBe('kept');
    expect(replaced).toEqual([]);
  });

  it('returns null without any token', () => {
    const token = takeStationToken({ href: 'http://127.0.0.1:4300/', storage: memoryStorage(), replaceUrl: () => undefined });

    expect(token).toBeNull();
  });
});
