import { describe, expect, it } from 'vitest';
import { assembleNetworks, type ProjectedNode, type TraffickingPath } from '../../../src/network/network.assembly.js';
import { loadRiskConfig } from '../../../src/risk/risk-config.js';

// The network rule itself, on hand-made GDS output: which groups of people are reported.
const settings = loadRiskConfig().networks;
const person = (id: string): ProjectedNode => ({ kind: 'Person', id, component: 1, community: 1, pagerank: 1, betweenness: 0 });
let gunNo = 0;
const path = (buyer: string, possessor: string, dealerState: string, recoveredState: string): TraffickingPath => ({
  purchaserId: buyer,
  firearmId: `G${++gunNo}`,
  possessorId: possessor,
  dealerLicense: `L-${buyer}`,
  dealerState,
  soldOn: '2025-01-01',
  recoveredOn: '2025-06-01',
  recoveredState,
  timeToCrimeDays: 151,
});
/** A broker who knows three buyers; each buyer's guns end with their own possessor. */
function group(gunsPerBuyer: number[], recoveredState: (buyer: number) => string) {
  const buyers = gunsPerBuyer.map((_, i) => `B${i}`);
  const holders = gunsPerBuyer.map((_, i) => `H${i}`);
  const nodes = ['K', ...buyers, ...holders].map(person);
  const paths = gunsPerBuyer.flatMap((n, i) => Array.from({ length: n }, () => path(buyers[i]!, holders[i]!, 'GA', recoveredState(i))));
  const associations = buyers.map((b) => ({ a: 'K', b }));
  return assembleNetworks(nodes, paths, associations, settings);
}

describe('trafficking network rule (src/network/network.assembly.ts)', () => {
  it('does not report acquaintances who each lost one gun in their own state', () => {
    expect(group([1, 1, 1], () => 'GA')).toEqual([]);
  });

  it('does not report them either when a few of those guns crossed a state line', () => {
    expect(group([1, 1, 1], (i) => (i === 0 ? 'NY' : 'GA'))).toEqual([]);
  });

  it('reports a group with two repeat straw purchasers, in state or not, and counts them', () => {
    const [net] = group([2, 3, 1], () => 'GA');
    expect(net).toBeDefined();
    expect(net!.repeatStrawPurchasers).toBe(2);
    expect(net!.outOfStateShare).toBe(0);
    expect(net!.members.find((m) => m.id === 'K')!.role).toBe('BROKER');
  });

  it('reports one repeat straw purchaser when nearly all the guns went out of state (an interstate corridor)', () => {
    const [net] = group([2, 1, 1], () => 'NY');
    expect(net).toBeDefined();
    expect(net!.repeatStrawPurchasers).toBe(1);
    expect(net!.outOfStateShare).toBe(1);
    expect(group([2, 1, 1], (i) => (i === 2 ? 'GA' : 'NY'))).toEqual([]);
  });
});
