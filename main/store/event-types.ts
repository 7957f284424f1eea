/**
 * Operator management by a supervisor or admin, recorded with that supervisor or admin as the
 * event's operator and the managed operator in the payload. No payload contains a PIN or badge code.
 */
export const operatorEventTypes = [
  'operator-created',
  'operator-role-changed',
  'operator-activated',
  'operator-deactivated',
  'operator-pin-reset',
  'operator-badge-issued',
  'idle-lock-changed',
] as const;

export type OperatorEventType = (typeof operatorEventTypes)[number];

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
  // A supervisor reopening a carton of a finished or short-shipped shipment.
  'shipment-reopened',
  'unit-unshipped',
  // The unit lifecycle (main/tracking/transitions.ts lists which of these change a unit's state).
  'unit-received',
  'unit-put-away',
  'unit-moved',
  'unit-returned',
  'unit-graded',
  'unit-restocked',
  'unit-sent-for-refurbishment',
  'unit-returned-to-vendor',
  'unit-disposed',
  'unit-held',
  'unit-released',
  'unit-marked-missing',
  'unit-found',
  'unit-label-printed',
  'receipt-opened',
  'receipt-closed',
  'recall-issued',
  'cycle-count-started',
  'cycle-count-closed',
  // Print jobs sent again or cancelled by an operator, each with the operator's reason.
  'print-job-reprinted',
  'print-job-voided',
  'print-job-confirmed',
  // The returns desk. A return's unit changes state through 'unit-returned', 'unit-graded' and the
  // disposition's unit event; these record what happens around it.
  'return-opened',
  'return-unit-flagged',
  'return-exception-resolved',
  'return-photo-attached',
  'return-closed',
  'return-config-changed',
  ...operatorEventTypes,
] as const;

export type EventType = (typeof eventTypes)[number];

export function isEventType(value: string): value is EventType {
  return (eventTypes as ReadonlyArray<string>).includes(value);
}
