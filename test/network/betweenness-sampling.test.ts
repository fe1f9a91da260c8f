import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { analysisMeta } from '../../src/db/analysis-meta.js';
import { cypher } from '../../src/db/cypher.registry.js';
import { betweennessSampling, EXACT_BETWEENNESS_NODES, networkRunData } from '../../src/network/network-run.data.js';
import { startTestApp, type TestApp } from '../support/app.js';

const pageRank = cypher('network/pagerank-mutate');
const betweenness = cypher('network/betweenness-mutate');
const streamNodes = cypher('network/stream-node-properties');

/**
 * Betweenness on the trafficking projection is exact on small projections and estimated from a
 * seeded sample of sources on large ones: both forms run on the real GDS, and the estimate
 * repeats from run to run (an analyst comparing two runs sees the same brokers).
 */
describe('betweenness on the trafficking projection (scale S, seed 42)', () => {
  let app: TestApp;
  const meta = analysisMeta('test-betweenness');
  const names: string[] = [];

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    for (const graphName of names) await networkRunData(app.gateway, meta).dropProjection(graphName);
    await app?.close();
  });

  /** A fresh projection (GDS never overwrites a mutated property), ranked with the given sampling. */
  const run = async (samplingSize: number | null) => {
    const graphName = `test-betweenness-${randomUUID()}`;
    names.push(graphName);
    const projection = await networkRunData(app.gateway, meta).project(graphName, 3 * 365);
    // The read-back statement streams PageRank beside betweenness.
    await app.gateway.read(pageRank, { graphName }, meta);
    await app.gateway.read(betweenness, { graphName, samplingSize }, meta);
    const rows = await app.gateway.read<{ id: string; betweenness: number }>(streamNodes, { graphName }, meta);
    return { nodeCount: projection?.nodeCount ?? 0, scores: new Map(rows.map((r) => [r.id, r.betweenness])) };
  };

  it('estimates from a sample of sources on large projections only, the same on every run, never above the exact value', async () => {
    const exact = await run(null);
    expect(betweennessSampling(EXACT_BETWEENNESS_NODES)).toBeNull();
    expect(betweennessSampling(EXACT_BETWEENNESS_NODES + 1)).toBe(EXACT_BETWEENNESS_NODES);
    // Scale S stays exact: its projection is far under the limit.
    expect(exact.nodeCount).toBeGreaterThan(0);
    expect(betweennessSampling(exact.nodeCount)).toBeNull();

    const sample = Math.max(2, Math.floor(exact.nodeCount / 4));
    const first = (await run(sample)).scores;
    const second = (await run(sample)).scores;
    expect([...first.keys()].sort()).toEqual([...exact.scores.keys()].sort());
    expect([...second]).toEqual([...first]);
    // Brokers found exactly have some estimated betweenness too, and a sample of sources can only
    // count fewer shortest paths through a node than all sources do.
    expect([...exact.scores.values()].some((v) => v > 0)).toBe(true);
    expect([...first.values()].some((v) => v > 0)).toBe(true);
    for (const [id, v] of first) expect(v).toBeLessThanOrEqual((exact.scores.get(id) ?? 0) + 1e-6);
    expect([...first].some(([id, v]) => v < (exact.scores.get(id) ?? 0) - 1e-6)).toBe(true);
  });
});
