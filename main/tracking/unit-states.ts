/**
 * The lifecycle states of a unit, as stored in `units.status`.
 *
 * - received: booked in on a receipt, not yet put away.
 * - in-stock: available in the warehouse, in a location when it was put away (`location_id`).
 * - packed: in a carton (`carton_id`) of an outbound shipment.
 * - shipped: left with its carton; the unit keeps carton and shipment as the record.
 * - returned: came back from a customer and waits for grading.
 * - graded: graded by the returns desk; the next step is a disposition.
 * - in-refurbishment: sent for refurbishment; it comes back through a restock.
 * - returned-to-vendor, disposed: left the warehouse for good.
 * - hold: blocked from packing and shipping (quarantine or recall); `held_status` keeps the
 *   state it returns to on release.
 * - missing: not found in its location by a cycle count; found again through another count.
 */
export const unitStatuses = [
  'received',
  'in-stock',
  'packed',
  'shipped',
  'returned',
  'graded',
  'in-refurbishment',
  'returned-to-vendor',
  'disposed',
  'hold',
  'missing',
] as const;

export type UnitStatus = (typeof unitStatuses)[number];

export function isUnitStatus(value: string): value is UnitStatus {
  return (unitStatuses as ReadonlyArray<string>).includes(value);
}

/** Why a unit is on hold: a quarantine by a supervisor, or a recall of its product or lot. */
export const holdReasons = ['quarantine', 'recall'] as const;

export type HoldReason = (typeof holdReasons)[number];

/** The states a unit can be put on hold from: every state in which it is physically in the warehouse. */
export const inWarehouseStatuses: ReadonlyArray<UnitStatus> = ['received', 'in-stock', 'packed', 'returned', 'graded'];

/** True when the unit is physically in the warehouse, on hold or not. */
export function isInWarehouse(status: UnitStatus): boolean {
  return status === 'hold' || inWarehouseStatuses.includes(status);
}

/**
 * True when a unit is *in stock*: put away or returned to stock, available to pack. The one
 * definition of the term; packing, searches and counts use it.
 */
export function isInStock(status: UnitStatus): boolean {
  return status === 'in-stock';
}
