import { describe, expect, it } from 'vitest';
import { dayNumber, purchaseEventsOf } from '../../../src/network/purchase-events.js';
import { purchaseEvents } from '../../../src/network/trafficking.evidence.js';

// One buyer's purchases at one licensee within the multiple-sale window (7 days) of the previous
// one are one purchase event (27 CFR 478.126a: one licensee's report); the three rules that count
// events all group through purchaseEventsOf.
const gap = 7;
const on = (soldOn: string, id: string, dealerLicense = 'D1') => ({ soldOn, id, dealerLicense });
const at = (store: string) => (soldOn: string) => ({ soldOn, dealerLicense: store });
const d1 = (...days: string[]) => days.map(at('D1'));
const ids = (events: { items: { id: string }[] }[]) => events.map((e) => e.items.map((x) => x.id));

describe('purchase events', () => {
  it('reads the calendar date of an ISO date or date-time', () => {
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('2024-03-01T23:59:00-05:00')).toBe(dayNumber('2024-03-01'));
  });

  it('starts a new event more than the gap after the event’s first purchase: an event never spans more than one report window', () => {
    expect(purchaseEvents(d1('2024-01-01', '2024-01-08'), gap)).toBe(1);
    expect(purchaseEvents(d1('2024-01-01', '2024-01-09'), gap)).toBe(2);
    // Back every five days for 15 days: two report windows, each cut from its first purchase.
    expect(purchaseEvents(d1('2024-01-01', '2024-01-06', '2024-01-11', '2024-01-16'), gap)).toBe(2);
    expect(
      purchaseEventsOf(d1('2024-01-01', '2024-01-06', '2024-01-11', '2024-01-16'), gap).map((e) =>
        [e.firstDay, e.lastDay].map((d) => d - dayNumber('2024-01-01')),
      ),
    ).toEqual([
      [0, 5],
      [10, 15],
    ]);
    // Every week for a year: two purchases a window (7 days apart is within it), never one event.
    const weekly = Array.from({ length: 52 }, (_, w) => new Date(Date.UTC(2024, 0, 1 + 7 * w)).toISOString().slice(0, 10));
    expect(purchaseEvents(d1(...weekly), gap)).toBe(26);
    expect(purchaseEventsOf(d1(...weekly), gap, 'SPREE')).toHaveLength(1);
    expect(purchaseEvents([], gap)).toBe(0);
  });

  it('chains purchases each within the gap of the previous one into one spree when asked (the one-event rule)', () => {
    expect(purchaseEventsOf(d1('2024-01-01', '2024-01-06', '2024-01-11', '2024-01-16'), gap, 'SPREE')).toHaveLength(1);
    expect(purchaseEventsOf(d1('2024-01-01', '2024-01-06', '2024-01-14'), gap, 'SPREE')).toHaveLength(2);
  });

  it('sorts by day, keeps same-day items in input order, and gives each event its first and last day', () => {
    const items = [on('2024-02-20', 'c'), on('2024-01-03', 'b'), on('2024-01-01', 'a'), on('2024-01-03', 'b2')];
    const events = purchaseEventsOf(items, gap);
    expect(ids(events)).toEqual([['a', 'b', 'b2'], ['c']]);
    expect(events.map((e) => [e.lastDay - e.firstDay])).toEqual([[2], [0]]);
    expect(events[1]!.firstDay).toBe(dayNumber('2024-02-20'));
    expect(items.map((x) => x.id)).toEqual(['c', 'b', 'a', 'b2']);
  });

  it('counts one day bought on twice as one event', () => {
    expect(purchaseEvents(d1('2024-05-05', '2024-05-05', '2024-05-05'), gap)).toBe(1);
  });

  it('keeps purchases at different licensees apart however close: each store sees one sale and files no report', () => {
    // A buyer visiting a new store every few days: one event per store, not one chain.
    const hopper = ['2024-03-01', '2024-03-05', '2024-03-09', '2024-03-13'].map((d, i) => at(`S${i}`)(d));
    expect(purchaseEvents(hopper, gap)).toBe(4);
    // Two stores visited alternately: each store's chain is its own event.
    const alternating = [at('A')('2024-03-01'), at('B')('2024-03-03'), at('A')('2024-03-06'), at('B')('2024-03-08')];
    expect(purchaseEvents(alternating, gap)).toBe(2);
    const events = purchaseEventsOf([on('2024-03-03', 'b1', 'B'), on('2024-03-01', 'a1', 'A'), on('2024-03-06', 'a2', 'A'), on('2024-03-01', 'b0', 'B')], gap);
    // Ordered by first day, then licensee.
    expect(ids(events)).toEqual([
      ['a1', 'a2'],
      ['b0', 'b1'],
    ]);
  });
});
