import type { WarrantyStatus } from './return-terms';

export interface Warranty {
  readonly status: WarrantyStatus;
  readonly daysSinceShipment: number | null;
  readonly warrantyDays: number | null;
}

const millisecondsPerDay = 86_400_000;

/**
 * Compares the whole days since the unit's shipment with its warranty period. The unit is in
 * warranty up to and including day `warrantyDays`; without a period or a shipment date the
 * status is unknown. The period comes from the product, else its category in the client's
 * returns configuration, else the configuration's default.
 */
export function assessWarranty(shippedAt: string | null, warrantyDays: number | null, now: Date): Warranty {
  const shipped = shippedAt === null ? Number.NaN : Date.parse(shippedAt);
  const daysSinceShipment = Number.isNaN(shipped) ? null : Math.max(0, Math.floor((now.getTime() - shipped) / millisecondsPerDay));
  if (daysSinceShipment === null || warrantyDays === null) {
    return { status: 'unknown', daysSinceShipment, warrantyDays };
  }
  return { status: daysSinceShipment <= warrantyDays ? 'in-warranty' : 'expired', daysSinceShipment, warrantyDays };
}
