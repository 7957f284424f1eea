import type { CartonRow } from '../store/cartons';
import type { ShipmentLineRow } from '../store/shipments';
import { remainingQuantity } from '../packing/unit-rules';
import { checkTransition } from './transitions';
import type { UnitStatus } from './unit-states';

/**
 * The two business terms of packing, each defined here and nowhere else ("in stock" lives in
 * unit-states.ts).
 *
 * A unit is *packable* into a shipment's carton when the state machine allows 'unit-packed' from
 * its state, which means it is in stock. Every refusal names where the unit is, so the operator
 * can act.
 *
 * A shipment is *shippable* when it is open, no carton is still open (every carton is weighed
 * and labelled), no unit in its cartons is on hold, and every line is packed to its expected
 * quantity. A short shipment skips the quantity rule but still needs every carton closed and at
 * least one unit packed.
 */
export type Packability =
  | { readonly packable: true }
  | {
      readonly packable: false;
      readonly reason: 'in-this-carton' | 'in-other-carton' | 'on-other-shipment' | 'shipped' | 'hold' | 'not-in-stock';
    };

/** The part of a unit that decides whether it can be packed. */
export interface PackableUnit {
  readonly status: UnitStatus;
  readonly cartonId: number | null;
  readonly shipmentId: number | null;
}

export function unitPackability(unit: PackableUnit, target: { readonly shipmentId: number; readonly cartonId: number | null }): Packability {
  if (checkTransition(unit.status, 'unit-packed').ok) {
    return { packable: true };
  }

  if (unit.status === 'hold') {
    return { packable: false, reason: 'hold' };
  }
  if (unit.status === 'shipped') {
    return { packable: false, reason: 'shipped' };
  }
  if (unit.status !== 'packed') {
    return { packable: false, reason: 'not-in-stock' };
  }
  if (unit.shipmentId !== target.shipmentId) {
    return { packable: false, reason: 'on-other-shipment' };
  }
  return { packable: false, reason: unit.cartonId === target.cartonId ? 'in-this-carton' : 'in-other-carton' };
}

export type Shippability =
  | { readonly shippable: true }
  | { readonly shippable: false; readonly reason: 'shipment-not-open' }
  | { readonly shippable: false; readonly reason: 'carton-still-open'; readonly cartonNumber: number }
  | { readonly shippable: false; readonly reason: 'unit-on-hold'; readonly serial: string }
  | { readonly shippable: false; readonly reason: 'lines-incomplete'; readonly missingUnits: number; readonly incompleteLines: number }
  | { readonly shippable: false; readonly reason: 'nothing-packed' }
  | { readonly shippable: false; readonly reason: 'shipment-complete' };

/** The current contents of a shipment that decide whether it can ship. */
export interface ShipmentContents {
  readonly lines: ReadonlyArray<ShipmentLineRow>;
  readonly openCarton: CartonRow | undefined;
  /** Serials of units in the shipment's cartons that are on hold. */
  readonly heldSerials: ReadonlyArray<string>;
}

/**
 * Decides whether a shipment can be finished (`mode` 'complete', every line packed in full) or shipped
 * short (`mode` 'short', at least one unit packed and at least one missing).
 */
export function shipmentShippability(shipment: { readonly status: string }, contents: ShipmentContents, mode: 'complete' | 'short'): Shippability {
  if (shipment.status !== 'open') {
    return { shippable: false, reason: 'shipment-not-open' };
  }
  if (contents.openCarton !== undefined) {
    return { shippable: false, reason: 'carton-still-open', cartonNumber: contents.openCarton.number };
  }
  const firstHeld = contents.heldSerials[0];
  if (firstHeld !== undefined) {
    return { shippable: false, reason: 'unit-on-hold', serial: firstHeld };
  }

  const { lines } = contents;
  const missingUnits = lines.reduce((sum, line) => sum + Math.max(0, remainingQuantity(line)), 0);
  const packedUnits = lines.reduce((sum, line) => sum + line.quantityPacked, 0);
  if (mode === 'complete' && missingUnits > 0) {
    const incompleteLines = lines.filter((line) => remainingQuantity(line) > 0).length;
    return { shippable: false, reason: 'lines-incomplete', missingUnits, incompleteLines };
  }
  if (mode === 'short' && packedUnits === 0) {
    return { shippable: false, reason: 'nothing-packed' };
  }
  if (mode === 'short' && missingUnits === 0) {
    // Nothing is missing, so this is a complete shipment and must be finished as one.
    return { shippable: false, reason: 'shipment-complete' };
  }
  return { shippable: true };
}
