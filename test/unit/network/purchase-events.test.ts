import { describe, expect, it } from 'vitest';
import { dayNumber, purchaseEventsOf } from '../../../src/network/purchase-events.js';
import { purchaseEvents } from '../../../src/network/trafficking.evidence.js';

// One buyer's purchases within the multiple-sale window (7 days) of the previous one are one
// purchase event; the three rules that count events all group through purchaseEventsOf.
const gap = 7;
const on = (date: string, id: string) => ({ date, id });
const ids = (events: { items: { id: string }[] }[]) => events.map((e) => e.items.map((x) => x.id));

describe('purchase events', () => {
  it('reads the calendar date of an ISO date or date-time', () => {
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('2024-03-01T23:59:00-05:00')).toBe(dayNumber('2024-03-01'));
  });

  it('starts a new event only after more than the gap, and chains purchases each within it', () => {
    expect(purchaseEvents(['2024-01-01', '2024-01-08'], gap)).toBe(1);
    expect(purchaseEvents(['2024-01-01', '2024-01-09'], gap)).toBe(2);
    expect(purchaseEvents(['2024-01-01', '2024-01-06', '2024-01-11', '2024-01-16'], gap)).toBe(1);
    expect(purchaseEvents([], gap)).toBe(0);
  });

  it('sorts by day, keeps same-day items in input order, and gives each event its first and last day', () => {
    const items = [on('2024-02-20', 'c'), on('2024-01-03', 'b'), on('2024-01-01', 'a'), on('2024-01-03', 'b2')];
    const events = purchaseEventsOf(items, (x) => x.date, gap);
    expect(ids(events)).toEqual([['a', 'b', 'b2'], ['c']]);
    expect(events.map((e) => [e.lastDay - e.firstDay])).toEqual([[2], [0]]);
    expect(events[1]!.firstDay).toBe(dayNumber('2024-02-20'));
    expect(items.map((x) => x.id)).toEqual(['c', 'b', 'a', 'b2']);
  });

  it('counts one day bought on twice as one event', () => {
    expect(purchaseEvents(['2024-05-05', '2024-05-05', '2024-05-05'], gap)).toBe(1);
  });
});
