import { describe, expect, it } from 'vitest';
import { mayAssignRole, operatorRoles, permissionRoles, roleHasPermission, type Permission } from '../../../main/operators/roles';

const supervisorPermissions: ReadonlyArray<Permission> = [
  'pack.override',
  'carton.reopenShipped',
  'stock.adjust',
  'label.void',
  'returns.resolveException',
  'operators.manage',
];

describe('roles', () => {
  it('lists the five roles', () => {
    expect(operatorRoles).toEqual(['packer', 'prep', 'returns-technician', 'supervisor', 'admin']);
  });

  it.each(supervisorPermissions)('grants %s to supervisors only', (permission) => {
    expect(operatorRoles.filter((role) => roleHasPermission(role, permission))).toEqual(['supervisor', 'admin']);
  });

  it('grants sign-in permissions to everyone', () => {
    for (const role of operatorRoles) {
      expect(roleHasPermission(role, 'anyone')).toBe(true);
      expect(roleHasPermission(role, 'signed-in')).toBe(true);
    }
  });

  it('covers every permission in tests', () => {
    expect(Object.keys(permissionRoles).sort()).toEqual(['anyone', 'signed-in', ...supervisorPermissions].sort());
  });

  it('lets only admins assign admin', () => {
    expect(mayAssignRole('admin', 'admin')).toBe(true);
    expect(mayAssignRole('supervisor', 'admin')).toBe(false);
    expect(mayAssignRole('supervisor', 'supervisor')).toBe(true);
    expect(mayAssignRole('supervisor', 'packer')).toBe(true);
    expect(mayAssignRole('packer', 'packer')).toBe(false);
    expect(mayAssignRole('returns-technician', 'prep')).toBe(false);
  });
});
