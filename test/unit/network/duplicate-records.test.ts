import { describe, expect, it } from 'vitest';
import { DuplicateRecords } from '../../../src/network/duplicate-records.js';
import { assembleNetworks } from '../../../src/network/network.assembly.js';
import { residenceHubs } from '../../../src/network/residence-hubs.js';
import { evidenceOf, networkSettings, recoveredRowMaker, steadyBackground } from './recovered-rows.js';

// Ties between people need different people: two records that may be one person (an undecided
// duplicate candidate, or SAME_AS while records are kept apart) count once in every tie.
const settings = networkSettings();
const buyersOf = (nets: ReturnType<typeof assembleNetworks>) =>
  nets.map((n) => n.members.filter((m) => m.role === 'STRAW_PURCHASER').map((m) => m.id)).map((ids) => ids.sort());

describe('records that may be one person', () => {
  it('count once, through chains of candidates, and only between their own records', () => {
    const d = new DuplicateRecords([
      { a: 'B', b: 'A' },
      { a: 'C', b: 'B' },
    ]);
    expect(d.people(['A', 'B', 'C', 'D'])).toBe(2);
    expect(d.maybeSame('A', 'C')).toBe(true);
    expect(d.maybeSame('A', 'D')).toBe(false);
    expect(new DuplicateRecords().people(['A', 'B', 'A'])).toBe(2);
  });

  it('are no receiving household: one buyer entered twice, his guns at one address', () => {
    const make = recoveredRowMaker();
    const at = (buyer: string, day: number, holder: string) =>
      make(buyer, 'D1', day, 500, holder, { possessorResidence: '9 Bay St, Newark, NJ', purchaserResidence: '7 Mill St, Columbia, SC' });
    const rows = [at('S1', 10, 'H1'), at('S1', 100, 'H2'), at('S2', 200, 'H3')];
    const relaxed = { ...settings, recordedTieMinVeryShortGuns: 0 };
    const ev = evidenceOf(rows, relaxed);
    // Two different buyers: a household, reported on the 3-year indicator alone.
    expect(residenceHubs(ev, 2)).toHaveLength(1);
    expect(buyersOf(assembleNetworks(ev, [], relaxed))).toEqual([['S1', 'S2']]);
    // The same two records proposed as one person: nothing.
    const dup = new DuplicateRecords([{ a: 'S1', b: 'S2' }]);
    expect(residenceHubs(ev, 2, dup)).toEqual([]);
    expect(assembleNetworks(ev, [], relaxed, new Map(), dup)).toEqual([]);
  });

  it('are no household either when the two holders at the address may be one person', () => {
    const make = recoveredRowMaker();
    const at = (buyer: string, day: number, holder: string) =>
      make(buyer, 'D1', day, 500, holder, { possessorResidence: '9 Bay St, Newark, NJ', purchaserResidence: '7 Mill St, Columbia, SC' });
    const ev = evidenceOf([at('S1', 10, 'H1'), at('S2', 200, 'H2')], settings);
    expect(residenceHubs(ev, 2)).toHaveLength(1);
    // One holder entered twice is one person, not two people of a household (an undecided candidate adds no tie either).
    expect(residenceHubs(ev, 2, new DuplicateRecords([{ a: 'H1', b: 'H2' }]))).toEqual([]);
  });

  it('are no receiver, broker or association tie, and a receiver who may be the buyer holds his own guns', () => {
    const make = recoveredRowMaker();
    // S1 alone is not prolific (two guns, neither within a year); S2's gun is the group's 1-year gun.
    const rows = [make('S1', 'D1', 10, 500, 'R'), make('S1', 'D1', 100, 500, 'H-x'), make('S2', 'D2', 200, 200, 'R')];
    const ev = evidenceOf(rows, settings);
    expect(buyersOf(assembleNetworks(ev, [], settings))).toEqual([['S1', 'S2']]);
    const dup = new DuplicateRecords([{ a: 'S1', b: 'S2' }]);
    expect(assembleNetworks(ev, [], settings, new Map(), dup)).toEqual([]);
    // A broker of the two records, or an association between them, is no tie either.
    const m2 = recoveredRowMaker();
    const loose = [m2('S1', 'D1', 10, 500), m2('S1', 'D1', 100, 500), m2('S2', 'D2', 200, 200)];
    const ev2 = evidenceOf(loose, settings);
    const broker = [
      { a: 'S1', b: 'BK' },
      { a: 'S2', b: 'BK' },
    ];
    expect(buyersOf(assembleNetworks(ev2, broker, settings))).toEqual([['S1', 'S2']]);
    expect(assembleNetworks(ev2, broker, settings, new Map(), dup)).toEqual([]);
    expect(assembleNetworks(ev2, [{ a: 'S1', b: 'S2' }], settings, new Map(), dup)).toEqual([]);
    // The receiver is a candidate duplicate of one buyer: it holds one other buyer's gun only.
    const own = new DuplicateRecords([{ a: 'R', b: 'S1' }]);
    expect(assembleNetworks(ev, [], settings, new Map(), own)).toEqual([]);
  });

  it('count once in a purchase cluster at one counter', () => {
    const make = recoveredRowMaker(2020);
    const burst = ['C1', 'C2', 'C3', 'C4'].map((b, i) => make(b, 'D0', 400 + i * 2, 150));
    const rows = [...steadyBackground(make), ...burst];
    const ev = evidenceOf(rows, settings);
    const clustered = buyersOf(assembleNetworks(ev, [], settings)).find((ids) => ids.includes('C1'));
    expect(clustered).toEqual(expect.arrayContaining(['C1', 'C2', 'C3', 'C4']));
    // The burst's four records proposed as one person: with the background buyer in the window, two people.
    const dup = new DuplicateRecords([
      { a: 'C1', b: 'C2' },
      { a: 'C2', b: 'C3' },
      { a: 'C3', b: 'C4' },
    ]);
    expect(buyersOf(assembleNetworks(ev, [], settings, new Map(), dup)).find((ids) => ids.includes('C1'))).toBeUndefined();
  });
});
