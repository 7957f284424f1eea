/**
 * Every kind of history event. Each change of a unit, carton or shipment writes exactly one of
 * these, in the transaction that updates the unit, carton and shipment rows.
 */
export const eventTypes = [
  'carton-opened',
  'carton-closed',
  'carton-reopened',
  'unit-packed',
  'unit-removed',
  'unit-shipped',
  'shipment-finished',
  'shipment-short-shipped',
] as const;

export type EventType = (typeof eventTypes)[number];

export function isEventType(value: string): value is EventType {
  return (eventTypes as ReadonlyArray<string>).includes(value);
}
