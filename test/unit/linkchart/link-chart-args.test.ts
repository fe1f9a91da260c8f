import { describe, expect, it } from 'vitest';
import { CentralityMeasure } from '../../../src/linkchart/centrality.service.js';
import { ExpandArgs, LinkChartArgs, MostConnectedArgs, ShortestPathsArgs } from '../../../src/linkchart/link-chart.args.js';
import { RelationshipKind } from '../../../src/linkchart/relationship-kind.enum.js';
import { SeedFilter, SeedFilterKind } from '../../../src/linkchart/seed-filter.input.js';
import { argFailure, faultOf } from '../support/arg-failure.js';

const dealer = 'Ffl:1-23-456-01-2B-01234';
const person = 'Person:P-1';
const filter = (v: Partial<SeedFilter>) => Object.assign(new SeedFilter(), { state: 'GA', kind: SeedFilterKind.FFL, maxSeeds: 10, ...v });

describe('link-chart arguments (declared on the args types)', () => {
  it.each([
    [{ depth: 5 }, 'depth'],
    [{ depth: 0 }, 'depth'],
    [{ limit: 1001 }, 'limit'],
    [{ limit: 0 }, 'limit'],
    [{ seeds: [] }, 'seeds'],
    [{ seeds: ['not-a-node-id'] }, 'seeds'],
    [{ seeds: ['Spaceship:1'] }, 'seeds'],
    [{ seeds: Array.from({ length: 51 }, (_, i) => `Person:P-${i}`) }, 'seeds'],
    [{ seeds: [dealer, person], limit: 1 }, 'seeds'],
    [{ include: [] }, 'include'],
    [{ from: new Date('2025-01-01'), to: new Date('2024-01-01') }, 'from'],
  ] as Array<[Partial<LinkChartArgs>, string]>)('linkChart refuses %j naming %s', (args, field) => {
    expect(argFailure(LinkChartArgs, { seeds: [dealer], ...args })).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('linkChart accepts the bounds themselves, and counts seeds once each', () => {
    expect(faultOf(LinkChartArgs, { seeds: [dealer], depth: 4, limit: 1000, include: [RelationshipKind.SOLD] })).toBeNull();
    expect(faultOf(LinkChartArgs, { seeds: [dealer, ` ${dealer} `], limit: 1 })).toBeNull();
    expect(faultOf(LinkChartArgs, { seeds: Array.from({ length: 60 }, () => person) })).toBeNull();
  });

  it('expand: a node id, at most 1000 known ids, each a node id', () => {
    expect(faultOf(ExpandArgs, { nodeId: person, known: [dealer] })).toBeNull();
    expect(faultOf(ExpandArgs, { nodeId: 'P-1' })).toBe('nodeId');
    expect(faultOf(ExpandArgs, { nodeId: person, limit: -1 })).toBe('limit');
    expect(faultOf(ExpandArgs, { nodeId: person, known: [dealer, 'nope'] })).toBe('known[1]');
    expect(faultOf(ExpandArgs, { nodeId: person, known: Array.from({ length: 1001 }, (_, i) => `Person:P-${i}`) })).toBe('known');
  });

  it('shortestPaths: two different nodes, hops and paths bounded', () => {
    const paths = (v: Partial<ShortestPathsArgs>) => faultOf(ShortestPathsArgs, { from: person, to: dealer, timeOrdered: false, ...v });
    expect(paths({})).toBeNull();
    expect(paths({ to: 'person:P-1' })).toBe('to');
    expect(paths({ from: 'Widget:1' })).toBe('from');
    expect(paths({ maxHops: 9 })).toBe('maxHops');
    expect(paths({ limit: 101 })).toBe('limit');
  });

  it('mostConnected: seeds or a filter (not both, not neither), the filter within the chart', () => {
    const central = (v: Partial<MostConnectedArgs>) => faultOf(MostConnectedArgs, { orderBy: CentralityMeasure.DEGREE, ...v });
    expect(central({ seeds: [person] })).toBeNull();
    expect(central({ filter: filter({}) })).toBeNull();
    expect(central({ seeds: [person], filter: filter({}) })).toBe('seeds');
    expect(central({})).toBe('seeds');
    expect(central({ seeds: [person], first: 101 })).toBe('first');
    expect(central({ filter: filter({ state: 'Georgia' }) })).toBe('filter.state');
    expect(central({ filter: filter({ maxSeeds: 51 }), limit: 1000 })).toBe('filter.maxSeeds');
    expect(central({ filter: filter({ maxSeeds: 20 }), limit: 5 })).toBe('filter.maxSeeds');
  });
});
