import fc from 'fast-check';
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { toPlain } from '../../../src/db/values.js';

/** What the text path makes of a DateTime: the driver's own ISO text, parsed by JavaScript. */
const viaText = (d: { toString(): string }) => new Date(Date.parse(d.toString().replace(/\[.*\]$/, ''))).toISOString();

describe('toPlain: DateTimes', () => {
  it('a DateTime with an offset gives the same UTC instant as its text, to the millisecond', () => {
    fc.assert(
      fc.property(
        fc.record({
          year: fc.integer({ min: 100, max: 9998 }),
          month: fc.integer({ min: 1, max: 12 }),
          day: fc.integer({ min: 1, max: 28 }),
          hour: fc.integer({ min: 0, max: 23 }),
          minute: fc.integer({ min: 0, max: 59 }),
          second: fc.integer({ min: 0, max: 59 }),
          nanosecond: fc.integer({ min: 0, max: 999_999_999 }),
          // Whole minutes: the text of an offset with seconds (-00:00:01) is not one JavaScript parses.
          offset: fc.integer({ min: -18 * 60, max: 18 * 60 }).map((m) => m * 60),
          lossless: fc.boolean(),
        }),
        (t) => {
          const n = (x: number) => (t.lossless ? neo4j.int(x) : x);
          const d = new neo4j.types.DateTime(n(t.year), n(t.month), n(t.day), n(t.hour), n(t.minute), n(t.second), n(t.nanosecond), n(t.offset));
          expect(toPlain(d)).toBe(viaText(d));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('a DateTime with a zone id and no offset, and a year before 100, still go through the text', () => {
    const zoned = new neo4j.types.DateTime(2026, 3, 29, 1, 30, 0, 0, undefined, 'Europe/Berlin');
    expect(() => toPlain(zoned)).not.toThrow();
    const early = new neo4j.types.DateTime(42, 1, 2, 3, 4, 5, 6_000_000, 0);
    expect(toPlain(early)).toBe(viaText(early));
  });

  it('nodes, lists and integers as before', () => {
    expect(toPlain([neo4j.int(7), { a: neo4j.int(2 ** 40) }])).toEqual([7, { a: 2 ** 40 }]);
  });
});
