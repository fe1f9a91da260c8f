import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comparePeers, LEAGUE_MEASURES, leagueOrder, type LeagueMeasure } from '../../../src/metrics/league.compute.js';
import { addLeagueAndPeers, divisionPeerGroup, peerFromSorted, rankProperty } from '../../../src/metrics/league-precompute.js';
import { emptyAcc } from '../../../src/metrics/metric-acc.js';
import type { MetricCellRow } from '../../../src/metrics/metric-cells.compute.js';
import { summarize, type MetricSummary } from '../../../src/metrics/metric-summary.js';
import type { MetricsResult } from '../../../src/metrics/metrics.service.js';

const MEASURES = Object.keys(LEAGUE_MEASURES) as LeagueMeasure[];

/** An agency whose entry delays and trace counts make every league measure vary (some null). */
function agency(key: string, state: string, division: string | null, hours: number[], traced: number, guns: number): MetricsResult {
  const acc = { ...emptyAcc(), casingsRecovered: hours.length + 1, entryHours: hours, gunsRecovered: guns, gunsTraced: Math.min(traced, guns) };
  return {
    scope: 'AGENCY',
    key,
    name: key,
    state,
    division,
    latitude: null,
    longitude: null,
    period: 'ALL',
    computedAt: null,
    summary: summarize(acc),
    peers: [],
  };
}

const agencies = fc
  .array(
    fc.record({
      state: fc.constantFrom('NY', 'NJ', 'PA'),
      // Divisions cut across states (and some agencies have none), as split states make them.
      division: fc.constantFrom('New York', 'Newark', 'Philadelphia', null),
      // Few distinct delays, so ties (and equal medians) are common.
      hours: fc.array(fc.constantFrom(2, 12, 24, 30, 48, 200, 900), { maxLength: 6 }),
      traced: fc.nat(5),
      guns: fc.nat(5),
    }),
    { minLength: 1, maxLength: 25 },
  )
  .map((list) => list.map((a, i) => agency(`X${String(i).padStart(7, '0')}`, a.state, a.division, a.hours, a.traced, a.guns)));

const toRow = (r: MetricsResult): MetricCellRow => ({
  id: `AGENCY:${r.key}:ALL`,
  scope: 'AGENCY',
  key: r.key,
  period: 'ALL',
  periodKind: 'ALL',
  name: r.name,
  state: r.state,
  division: r.division,
  latitude: null,
  longitude: null,
  summary: JSON.stringify(r.summary),
  acc: null,
});

describe('precomputed peer comparison and league places', () => {
  it('peerFromSorted gives exactly what comparePeers gives, for every agency and measure', () => {
    fc.assert(
      fc.property(agencies, (list) => {
        for (const measure of MEASURES) {
          const value = (s: MetricSummary) => LEAGUE_MEASURES[measure].value(s);
          const sorted = list
            .map((a) => value(a.summary))
            .filter((v): v is number => v !== null)
            .sort((a, b) => a - b);
          for (const self of list) expect(peerFromSorted(sorted, value(self.summary), measure, 'g')).toEqual(comparePeers(self, list, measure, 'g'));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('stores per agency the comparisons against its state, its field division and all agencies, and league places that order any state as leagueOrder does', () => {
    fc.assert(
      fc.property(agencies, (list) => {
        const rows = addLeagueAndPeers(list.map(toRow));
        for (const [i, self] of list.entries()) {
          const inState = list.filter((a) => a.state === self.state);
          const inDivision = list.filter((a) => a.division === self.division);
          const expected = MEASURES.flatMap((m) => [
            comparePeers(self, inState, m, self.state!),
            ...(self.division ? [comparePeers(self, inDivision, m, divisionPeerGroup(self.division))] : []),
            comparePeers(self, list, m, 'all agencies'),
          ]);
          expect(JSON.parse(rows[i]!.peers!)).toEqual(expected);
        }
        for (const measure of MEASURES) {
          const byRank = (state: string | null) =>
            rows
              .filter((r) => state === null || r.state === state)
              .sort((a, b) => a[rankProperty(measure)]! - b[rankProperty(measure)]!)
              .map((r) => r.key);
          expect(byRank(null)).toEqual(leagueOrder(list, measure).map((r) => r.key));
          expect(byRank('NJ')).toEqual(
            leagueOrder(
              list.filter((a) => a.state === 'NJ'),
              measure,
            ).map((r) => r.key),
          );
        }
      }),
      { numRuns: 100 },
    );
  });
});
