import { describe, expect, it } from 'vitest';
import type { AssembledNetwork, MemberRole } from '../../../src/network/network.assembly.js';
import { explainResolvedMembers, linkNetworksByOpenPairs } from '../../../src/network/resolution-evidence.js';
import { SameAsClusters } from '../../../src/network/same-as-clusters.js';

function network(id: string, members: Array<[string, MemberRole]>): AssembledNetwork {
  return {
    id,
    evidence: ['guns bought and recovered'],
    members: members.map(([m, role]) => ({ id: m, role, centrality: 0, betweenness: 0, evidence: [] })),
  } as unknown as AssembledNetwork;
}

describe('resolution evidence in trafficking networks', () => {
  it('names the records counted as one person and the confirmed candidate behind it', () => {
    const links = [{ a: 'P-1', b: 'P-9', candidateId: 'DC-abc', score: 0.913, confirmedAt: '2026-12-02T01:00:00Z' }];
    const people = new SameAsClusters(links);
    const n = network('NET-1', [
      ['P-1', 'BROKER'],
      ['P-2', 'STRAW_PURCHASER'],
    ]);
    explainResolvedMembers([n], people, links);
    expect(n.evidence).toContain('person records P-1 and P-9 are counted as one broker (duplicate candidate DC-abc, score 0.91, confirmed on 2026-12-02)');
    expect(n.members[0]!.evidence).toEqual(['also recorded as P-9 (resolved as one person)']);
    expect(n.members[1]!.evidence).toEqual([]);
  });

  it('leaves networks without resolved people as they were', () => {
    const n = network('NET-1', [['P-1', 'STRAW_PURCHASER']]);
    explainResolvedMembers([n], new SameAsClusters([]), []);
    expect(n.evidence).toEqual(['guns bought and recovered']);
  });

  it('tells two networks that an undecided candidate may join them, both ways, and ignores pairs inside one network', () => {
    const a = network('NET-A', [
      ['P-1', 'BROKER'],
      ['P-2', 'STRAW_PURCHASER'],
    ]);
    const b = network('NET-B', [
      ['P-7', 'BROKER'],
      ['P-8', 'STRAW_PURCHASER'],
    ]);
    linkNetworksByOpenPairs([a, b], new SameAsClusters([]), [
      { candidateId: 'DC-1', a: 'P-1', b: 'P-7', score: 0.88 },
      { candidateId: 'DC-2', a: 'P-1', b: 'P-2', score: 0.8 },
      { candidateId: 'DC-3', a: 'P-1', b: 'P-99', score: 0.95 },
    ]);
    expect(a.evidence.slice(1)).toEqual([
      'may be one network with NET-B: member P-1 and its member P-7 may be one person (duplicate candidate DC-1, score 0.88 awaits review)',
      // A candidate duplicate in no network: its records may still belong to this one.
      "member P-1 may be one person with P-99, who is in no network: P-99's records may belong to this network (duplicate candidate DC-3, score 0.95 awaits review)",
    ]);
    expect(b.evidence.slice(1)).toEqual([
      'may be one network with NET-A: member P-7 and its member P-1 may be one person (duplicate candidate DC-1, score 0.88 awaits review)',
    ]);
  });

  it('compares records already resolved by their cluster', () => {
    const people = new SameAsClusters([{ a: 'P-1', b: 'P-5' }]);
    const a = network('NET-A', [['P-1', 'BROKER']]);
    const b = network('NET-B', [['P-7', 'BROKER']]);
    linkNetworksByOpenPairs([a, b], people, [{ candidateId: 'DC-1', a: 'P-5', b: 'P-7', score: 0.9 }]);
    expect(a.evidence[1]).toMatch(/^may be one network with NET-B: member P-1 and its member P-7/);
  });
});
