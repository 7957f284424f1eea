import { describe, expect, it } from 'vitest';
import { channelPermissions } from '../../../main/api/channel-permissions';
import { contract } from '../../../main/api/contract';
import { permissionRoles } from '../../../main/operators/roles';

describe('channel permissions', () => {
  it('names every contract channel', () => {
    expect(Object.keys(channelPermissions).sort()).toEqual(Object.keys(contract).sort());
  });

  it('uses only known permissions', () => {
    for (const [channel, permission] of Object.entries(channelPermissions)) {
      expect(Object.keys(permissionRoles), channel).toContain(permission);
    }
  });

  it('leaves only sign-in channels open', () => {
    const open = Object.entries(channelPermissions)
      .filter(([, permission]) => permission === 'anyone')
      .map(([channel]) => channel)
      .sort();

    expect(open).toEqual(['operator.createFirstAdmin', 'operator.names', 'operator.session', 'operator.signIn', 'operator.signOut', 'station.info']);
  });

  it('puts operator management behind supervisors', () => {
    const managed = Object.keys(channelPermissions).filter((channel) => channel.startsWith('operators.'));

    expect(managed.length).toBeGreaterThan(0);
    for (const channel of managed) {
      expect(channelPermissions[channel as keyof typeof channelPermissions], channel).toBe('operators.manage');
    }
  });
});
