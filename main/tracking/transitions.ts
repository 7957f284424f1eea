import type { EventType } from '../store/event-types';
import type { UnitStatus } from './unit-states';

/**
 * The event types that change a unit's state, a subset of the store's event types. Each
 * transition of the table below is recorded as exactly one event of its type.
 */
export const unitTransitionEvents = [
  'unit-received',
  'unit-put-away',
  'unit-moved',
  'unit-packed',
  'unit-removed',
  'unit-shipped',
  'unit-unshipped',
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
] as const satisfies ReadonlyArray<EventType>;

export type UnitTransitionEvent = (typeof unitTransitionEvents)[number];

/** The state before a unit exists: only a receipt, or packing an unknown serial, creates one. */
export type FromState = UnitStatus | 'new';

/** The target of a transition: a fixed state, or 'held-status' for the state the unit was held from. */
export type TargetState = UnitStatus | 'held-status';

export interface TransitionRule {
  readonly event: UnitTransitionEvent;
  readonly from: ReadonlyArray<FromState>;
  readonly to: TargetState;
}

/**
 * The unit state machine: the only table of which change is allowed from which state.
 *
 * A unit unknown before packing is created packed, because the packing bench books serials it
 * has never seen (the catalog has no receipt for them). Hold is reachable from every state in
 * which the unit is in the warehouse; a held unit is released to the state it was held from,
 * or leaves for good (returned to vendor, disposed).
 */
export const transitionTable: ReadonlyArray<TransitionRule> = [
  { event: 'unit-received', from: ['new'], to: 'received' },
  { event: 'unit-put-away', from: ['received'], to: 'in-stock' },
  { event: 'unit-moved', from: ['in-stock'], to: 'in-stock' },
  { event: 'unit-packed', from: ['new', 'in-stock'], to: 'packed' },
  { event: 'unit-removed', from: ['packed'], to: 'in-stock' },
  { event: 'unit-shipped', from: ['packed'], to: 'shipped' },
  { event: 'unit-returned', from: ['shipped'], to: 'returned' },
  // A supervisor reopens a carton of a finished shipment: its units go back into packing.
  { event: 'unit-unshipped', from: ['shipped'], to: 'packed' },
  { event: 'unit-graded', from: ['returned'], to: 'graded' },
  { event: 'unit-restocked', from: ['graded', 'in-refurbishment'], to: 'in-stock' },
  { event: 'unit-sent-for-refurbishment', from: ['graded'], to: 'in-refurbishment' },
  { event: 'unit-returned-to-vendor', from: ['graded', 'hold'], to: 'returned-to-vendor' },
  { event: 'unit-disposed', from: ['graded', 'hold'], to: 'disposed' },
  { event: 'unit-held', from: ['received', 'in-stock', 'packed', 'returned', 'graded'], to: 'hold' },
  { event: 'unit-released', from: ['hold'], to: 'held-status' },
  { event: 'unit-marked-missing', from: ['in-stock'], to: 'missing' },
  { event: 'unit-found', from: ['missing'], to: 'in-stock' },
];

/** Why a transition is refused: the event does not apply to the unit's current state. */
export interface TransitionRefusal {
  readonly code: 'illegal-transition';
  readonly event: UnitTransitionEvent;
  readonly from: FromState;
  /** The events that the current state does allow, for the operator's next step. */
  readonly allowed: ReadonlyArray<UnitTransitionEvent>;
}

export type TransitionCheck = { readonly ok: true; readonly to: TargetState } | { readonly ok: false; readonly refusal: TransitionRefusal };

/** Looks up `event` from state `from` in the transition table; refuses with the allowed events when absent. */
export function checkTransition(from: FromState, event: UnitTransitionEvent): TransitionCheck {
  const rule = transitionTable.find((candidate) => candidate.event === event && candidate.from.includes(from));
  if (rule === undefined) {
    return { ok: false, refusal: { code: 'illegal-transition', event, from, allowed: allowedEvents(from) } };
  }
  return { ok: true, to: rule.to };
}

/** Lists the events allowed from a state, in table order. */
export function allowedEvents(from: FromState): ReadonlyArray<UnitTransitionEvent> {
  return transitionTable.filter((rule) => rule.from.includes(from)).map((rule) => rule.event);
}
