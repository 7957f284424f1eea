import { describe, expect, it } from 'vitest';
import { allowedEvents, checkTransition, transitionTable, unitTransitionEvents, type FromState, type UnitTransitionEvent } from '../../../main/tracking/transitions';
import { unitStatuses } from '../../../main/tracking/unit-states';

/** Every allowed (from, event) pair and where it leads; anything not listed must be refused. */
const allowed: ReadonlyArray<readonly [FromState, UnitTransitionEvent, string]> = [
  ['new', 'unit-received', 'received'],
  ['new', 'unit-packed', 'packed'],
  ['received', 'unit-put-away', 'in-stock'],
  ['received', 'unit-held', 'hold'],
  ['in-stock', 'unit-moved', 'in-stock'],
  ['in-stock', 'unit-packed', 'packed'],
  ['in-stock', 'unit-held', 'hold'],
  ['in-stock', 'unit-marked-missing', 'missing'],
  ['packed', 'unit-removed', 'in-stock'],
  ['packed', 'unit-shipped', 'shipped'],
  ['packed', 'unit-held', 'hold'],
  ['shipped', 'unit-returned', 'returned'],
  ['shipped', 'unit-unshipped', 'packed'],
  ['returned', 'unit-graded', 'graded'],
  ['returned', 'unit-held', 'hold'],
  ['graded', 'unit-restocked', 'in-stock'],
  ['graded', 'unit-sent-for-refurbishment', 'in-refurbishment'],
  ['graded', 'unit-returned-to-vendor', 'returned-to-vendor'],
  ['graded', 'unit-disposed', 'disposed'],
  ['graded', 'unit-held', 'hold'],
  ['in-refurbishment', 'unit-restocked', 'in-stock'],
  ['hold', 'unit-released', 'held-status'],
  ['hold', 'unit-returned-to-vendor', 'returned-to-vendor'],
  ['hold', 'unit-disposed', 'disposed'],
  ['missing', 'unit-found', 'in-stock'],
];

const fromStates: ReadonlyArray<FromState> = ['new', ...unitStatuses];

describe('unit transition table', () => {
  it.each(allowed)('allows %s --%s--> %s', (from, event, to) => {
    const check = checkTransition(from, event);

    expect(check).toEqual({ ok: true, to });
  });

  const refused = fromStates.flatMap((from) =>
    unitTransitionEvents
      .filter((event) => !allowed.some(([allowedFrom, allowedEvent]) => allowedFrom === from && allowedEvent === event))
      .map((event) => [from, event] as const),
  );

  it.each(refused)('refuses %s --%s', (from, event) => {
    const check = checkTransition(from, event);

    expect(check.ok).toBe(false);
    expect(check.ok ? null : check.refusal).toEqual({ code: 'illegal-transition', event, from, allowed: allowedEvents(from) });
  });

  it('leaves terminal states without exits', () => {
    expect(allowedEvents('returned-to-vendor')).toEqual([]);
    expect(allowedEvents('disposed')).toEqual([]);
  });

  it('lists each event in one rule', () => {
    const events = transitionTable.map((rule) => rule.event);

    expect(new Set(events).size).toBe(events.length);
    expect([...events].sort()).toEqual([...unitTransitionEvents].sort());
  });

  it('reaches every state from new', () => {
    const reached = new Set<string>(['new']);
    let grew = true;
    while (grew) {
      grew = false;
      for (const rule of transitionTable) {
        if (rule.to !== 'held-status' && !reached.has(rule.to) && rule.from.some((from) => reached.has(from))) {
          reached.add(rule.to);
          grew = true;
        }
      }
    }

    expect([...unitStatuses].filter((status) => !reached.has(status))).toEqual([]);
  });
});
