/**
 * Operator roles and what each may do. Main checks this table on every request. The renderer
 * reads it too, to decide which screens to offer, so this file must stay free of Node imports.
 */

/** Every role, from the least to the most trusted. */
export const operatorRoles = ['packer', 'prep', 'returns-technician', 'supervisor', 'admin'] as const;

export type OperatorRole = (typeof operatorRoles)[number];

/** The roles that may approve what a bench operator may not do alone. */
const supervisorRoles: ReadonlyArray<OperatorRole> = ['supervisor', 'admin'];

/**
 * Who may call a channel. 'anyone' needs no signed-in operator (station facts and signing in);
 * 'signed-in' needs any active operator; every other permission names the roles that hold it.
 * Permissions without a channel yet (stock, label void, returns) are here so those features
 * only declare them.
 */
export const permissionRoles = {
  anyone: null,
  'signed-in': operatorRoles,
  'pack.override': supervisorRoles,
  'carton.reopenShipped': supervisorRoles,
  'stock.adjust': supervisorRoles,
  'label.void': supervisorRoles,
  'returns.resolveException': supervisorRoles,
  'operators.manage': supervisorRoles,
} as const satisfies Record<string, ReadonlyArray<OperatorRole> | null>;

export type Permission = keyof typeof permissionRoles;

/**
 * Scan refusals a supervisor may override at the bench ('pack.override'): a person can check
 * the unit itself, unlike a duplicate, an over-pack or a unit that was already shipped.
 */
export const overridableRefusals = ['serial-pattern-mismatch', 'unit-on-hold'] as const;

export type OverridableRefusal = (typeof overridableRefusals)[number];

export function isOverridableRefusal(code: string): code is OverridableRefusal {
  return (overridableRefusals as ReadonlyArray<string>).includes(code);
}

export function isOperatorRole(value: string): value is OperatorRole {
  return (operatorRoles as ReadonlyArray<string>).includes(value);
}

/** True when `role` has `permission`. Every role has 'anyone' and 'signed-in'. */
export function roleHasPermission(role: OperatorRole, permission: Permission): boolean {
  const roles: ReadonlyArray<OperatorRole> | null = permissionRoles[permission];
  return roles === null || roles.includes(role);
}

/** True for the roles that may approve a supervisor override. */
export function isSupervisorRole(role: OperatorRole): boolean {
  return supervisorRoles.includes(role);
}

/**
 * True when `actor` may give an operator `role`. Only an admin creates or edits admins, so a
 * supervisor who manages the bench staff cannot raise anyone, themselves included, to admin.
 */
export function mayAssignRole(actor: OperatorRole, role: OperatorRole): boolean {
  if (!roleHasPermission(actor, 'operators.manage')) {
    return false;
  }
  return role !== 'admin' || actor === 'admin';
}
