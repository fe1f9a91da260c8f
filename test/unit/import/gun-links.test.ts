import { describe, expect, it } from 'vitest';
import { datedGun, gunsHeld, gunsToHold, type StoredGun } from '../../../src/import/gun-links.data.js';
import type { GraphRecord } from '../../../src/import/record.types.js';

/**
 * The guns an import's write transaction locks and counts the records of again, as its checks read them
 * (src/import/gun-links.data.ts). The database side: test/import/new-records-race.test.ts.
 */
const sale = (firearmId: string) => ({ type: 'sale', id: `S-${firearmId}`, firearmId }) as unknown as GraphRecord;
const recovery = (firearmId: string) => ({ type: 'recovery', id: `R-${firearmId}`, firearmId }) as unknown as GraphRecord;
const trace = { type: 'trace', id: 'T1', recoveryId: 'R-G1' } as unknown as GraphRecord;
const gun = (soldOn: string | null, recoveredOn: string | null, links: number): StoredGun => ({ soldOn, recoveredOn, links });

describe('guns held from the checks to the write', () => {
  it("takes the guns of sales and recoveries only: no other record's rules read a date a record written beside it can move", () => {
    expect([sale('G1'), recovery('G2'), trace].map(datedGun)).toEqual(['G1', 'G2', null]);
  });

  it("holds a sale's gun with no recovery stored, and a recovery's with no sale stored or traced in the batch, at the count read; a gun not in the graph at 0", () => {
    const read = new Map([
      ['G1', gun('2024-01-02', null, 1)],
      ['G3', gun('2024-01-02', null, 1)],
      ['G5', gun('2024-01-02', null, 1)],
    ]);
    const traceOf = (recoveryId: string) => ({ type: 'trace', id: `T-${recoveryId}`, recoveryId }) as unknown as GraphRecord;
    // G3 has a sale: a sale beside its recovery leaves the first sale before it. G5's recovery is traced in the batch:
    // an earlier sale beside it would move the trace's time-to-crime.
    const held = gunsToHold([sale('G1'), recovery('G2'), recovery('G3'), recovery('G5'), traceOf('R-G5'), trace], read);
    expect([...held]).toEqual([
      ['G1', 1],
      ['G2', 0],
      ['G5', 1],
    ]);
  });

  it('holds nothing of a sale of a gun already recovered: a correction, checked again under the exclusive lock', () => {
    expect(gunsToHold([sale('G1')], new Map([['G1', gun('2024-01-02', '2025-03-04', 2)]])).size).toBe(0);
  });

  it('holds when the counts read under lock are those held, a gun still missing counting none', () => {
    expect(
      gunsHeld(
        new Map([
          ['G1', 2],
          ['G2', 0],
        ]),
        new Map([['G1', 2]]),
      ),
    ).toBe(true);
  });

  it('does not hold when another import wrote a record of a gun held, or created the gun with one', () => {
    expect(gunsHeld(new Map([['G1', 1]]), new Map([['G1', 2]]))).toBe(false);
    expect(gunsHeld(new Map([['G9', 0]]), new Map([['G9', 1]]))).toBe(false);
  });
});
