import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cypher } from '../../src/db/cypher.registry.js';
import type { Gateway } from '../../src/db/gateway.js';
import { withFieldDivisions } from '../../src/metrics/agency-division.js';
import { addLeagueAndPeers } from '../../src/metrics/league-precompute.js';
import { computeMetricCells, type MetricCellRow } from '../../src/metrics/metric-cells.compute.js';
import { readCells, readMetricInputs } from '../../src/metrics/metrics.data.js';
import { runAgencyMetrics } from '../../src/metrics/metrics.job.js';
import { testGateway } from '../support/app.js';
import { importRecords } from '../search/people.fixtures.js';

/**
 * The metrics job rewrites only the cells whose content changed and marks the others as the
 * run's. Against the real database: after a change, every stored cell must equal what a full
 * rewrite would store (the cells computed afresh from the graph), carry this run's computedAt,
 * and no cell of an earlier run may be left.
 */
let gateway: Gateway;
const TAG = `MCS${Date.now().toString(36).toUpperCase()}`;
const allCells = cypher('metrics/cell-hashes');

async function expectedCells(): Promise<MetricCellRow[]> {
  const read = await readMetricInputs(gateway);
  const { cells } = computeMetricCells({ ...read, agencies: withFieldDivisions(read.agencies) });
  addLeagueAndPeers(cells);
  return cells;
}

// The test's own agency: a recovery added to a seeded agency would change that agency's
// metrics for every test that checks them against the manifest. The letter T never ends a
// seeded ORI (seeds/world.ts), so this one cannot be a seeded agency.
const ori = `NJ${String(Date.now() % 100_000).padStart(5, '0')}T7`;
let first: { cells: number };
beforeAll(async () => {
  gateway = testGateway();
  first = await runAgencyMetrics(gateway, new Date().toISOString());
}, 300_000);
afterAll(async () => {
  await gateway.close();
});

describe('metric cells stored incrementally', () => {
  it('after a new recovery, stores exactly the cells a full rewrite would, all of this run', async () => {
    await importRecords(gateway, [
      { type: 'agency', ori, name: `${TAG} Police Department`, state: 'NJ', city: 'Trenton', nibinPartner: true },
      { type: 'manufacturer', name: `${TAG} Arms`, kind: 'MANUFACTURER', country: 'US' },
      {
        type: 'firearm',
        id: `${TAG}-G1`,
        serial: `${TAG}1`,
        serialObliterated: false,
        make: 'Tag',
        model: 'T1',
        caliber: '9mm Luger',
        kind: 'PISTOL',
        manufacturer: `${TAG} Arms`,
      },
      {
        type: 'recovery',
        id: `${TAG}-R1`,
        firearmId: `${TAG}-G1`,
        recoveredOn: '2025-05-05',
        address: '1 Test St',
        city: 'Testville',
        state: 'NJ',
        latitude: 40,
        longitude: -75,
        agencyOri: ori,
        sceneId: null,
        possessorId: null,
      },
    ]);
    const computedAt = new Date(Date.now() + 1000).toISOString();
    const second = await runAgencyMetrics(gateway, computedAt);
    const expected = await expectedCells();
    expect(second.cells).toBe(expected.length);
    expect(second.cells).toBeGreaterThanOrEqual(first.cells);
    const stored = await readCells(
      gateway,
      expected.map((c) => c.id),
      true,
      {},
    );
    const byId = new Map(stored.map((s) => [s.id, s]));
    for (const cell of expected) {
      const s = byId.get(cell.id);
      expect(s, cell.id).toBeDefined();
      expect({ summary: s!.summary, acc: s!.acc, peers: s!.peers ?? null }, cell.id).toEqual({
        summary: cell.summary,
        acc: cell.acc,
        peers: cell.peers ?? null,
      });
      expect(s!.computedAtMs, cell.id).toBe(Date.parse(computedAt));
    }
    const ids = (await gateway.read<{ id: string }>(allCells, {}, {})).map((r) => r.id);
    expect(ids.sort()).toEqual(expected.map((c) => c.id).sort());
    // The new agency and its peers changed; most cells did not and were only marked.
    expect(second.stored.written).toBeGreaterThan(0);
    expect(second.stored.unchanged).toBeGreaterThan(second.stored.written);
  });
});
