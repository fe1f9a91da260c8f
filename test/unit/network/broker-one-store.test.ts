import { describe, expect, it } from 'vitest';
import { assembleNetworks } from '../../../src/network/network.assembly.js';
import { evidenceOf, networkSettings, recoveredRowMaker } from './recovered-rows.js';

// Two buyers a recruiter on record sends to one store, each buying once, both guns recovered from
// others within 1 year: judged as one purchaser with two such purchases would be (two events
// suffice when every gun is within ATF's strong 1-year indicator). Two stores, a slower gun, or no
// broker on record (an association between the two only) still need three purchase events.
const settings = networkSettings();
const buyersOf = (nets: ReturnType<typeof assembleNetworks>) =>
  nets.map((n) =>
    n.members
      .filter((m) => m.role === 'STRAW_PURCHASER')
      .map((m) => m.id)
      .sort(),
  );
const broker = [
  { a: 'A1', b: 'BRK' },
  { a: 'A2', b: 'BRK' },
];

describe('two recorded buyers of one recruiter at one store', () => {
  it('are a network when both guns were recovered within a year, as config ships it', () => {
    expect(settings.brokerOneStoreStrongIndicator).toBe(true);
    const make = recoveredRowMaker();
    const rows = [make('A1', 'S1', 100, 150), make('A2', 'S1', 130, 300)];
    const [net, ...rest] = assembleNetworks(evidenceOf(rows, settings), broker, settings);
    expect(rest).toEqual([]);
    expect(buyersOf([net!])).toEqual([['A1', 'A2']]);
    expect(net!.members.find((m) => m.id === 'BRK')?.role).toBe('BROKER');
    const off = { ...settings, brokerOneStoreStrongIndicator: false };
    expect(assembleNetworks(evidenceOf(rows, off), broker, off)).toEqual([]);
  });

  it('are not when they bought at two stores, a gun took over a year, or only an association ties them', () => {
    const m1 = recoveredRowMaker();
    expect(assembleNetworks(evidenceOf([m1('A1', 'S1', 100, 150), m1('A2', 'S2', 130, 300)], settings), broker, settings)).toEqual([]);
    const m2 = recoveredRowMaker();
    expect(assembleNetworks(evidenceOf([m2('A1', 'S1', 100, 150), m2('A2', 'S1', 130, 400)], settings), broker, settings)).toEqual([]);
    const m3 = recoveredRowMaker();
    expect(assembleNetworks(evidenceOf([m3('A1', 'S1', 100, 150), m3('A2', 'S1', 130, 300)], settings), [{ a: 'A1', b: 'A2' }], settings)).toEqual([]);
  });
});
