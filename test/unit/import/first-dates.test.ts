import { describe, expect, it } from 'vitest';
import { checkedFirstDates, datedGun, firstDatesHeld, type FirstDates } from '../../../src/import/first-dates.data.js';
import type { GraphRecord } from '../../../src/import/record.types.js';

/**
 * The guns' first dates an import's checks read and its write transaction reads again under the guns'
 * locks (src/import/first-dates.data.ts). The database side: test/import/new-records-race.test.ts.
 */
const sale = (firearmId: string) => ({ type: 'sale', id: `S-${firearmId}`, firearmId }) as unknown as GraphRecord;
const recovery = (firearmId: string) => ({ type: 'recovery', id: `R-${firearmId}`, firearmId }) as unknown as GraphRecord;
const trace = { type: 'trace', id: 'T1', recoveryId: 'R-G1' } as unknown as GraphRecord;
const dates = (soldOn: string | null, recoveredOn: string | null): FirstDates => ({ soldOn, recoveredOn });

describe('first dates held from the checks to the write', () => {
  it("takes the guns of sales and recoveries only: no other record's rules read a date a record written beside it can move", () => {
    expect([sale('G1'), recovery('G2'), trace].map(datedGun)).toEqual(['G1', 'G2', null]);
  });

  it('keeps what the checks read of each dated gun, and neither date for a gun not in the graph', () => {
    const read = new Map([['G1', dates('2024-01-02', null)]]);
    const checked = checkedFirstDates([sale('G1'), recovery('G2'), trace], read);
    expect([...checked]).toEqual([
      ['G1', dates('2024-01-02', null)],
      ['G2', dates(null, null)],
    ]);
  });

  it('holds when the dates read under lock are those checked, a gun still missing counting as neither', () => {
    const checked = new Map([
      ['G1', dates('2024-01-02', '2025-03-04')],
      ['G2', dates(null, null)],
    ]);
    expect(firstDatesHeld(checked, new Map([['G1', dates('2024-01-02', '2025-03-04')]]))).toBe(true);
  });

  it('does not hold when another import moved either date, or created the gun with a sale', () => {
    const checked = new Map([['G1', dates('2024-01-02', null)]]);
    expect(firstDatesHeld(checked, new Map([['G1', dates('2024-01-02', '2024-02-01')]]))).toBe(false);
    expect(firstDatesHeld(checked, new Map([['G1', dates('2023-12-01', null)]]))).toBe(false);
    expect(firstDatesHeld(new Map([['G9', dates(null, null)]]), new Map([['G9', dates('2024-05-06', null)]]))).toBe(false);
  });
});
