import { countAtOrBelow, countBelow } from '../common/sorted-search.js';
import { LEAGUE_MEASURES, leagueOrder, type LeagueMeasure, type PeerRow } from './league.compute.js';
import type { MetricCellRow, MetricScope } from './metric-cells.compute.js';
import type { MetricSummary } from './metric-summary.js';
import type { MetricsResult } from './metrics-result.js';

const MEASURES = Object.keys(LEAGUE_MEASURES) as LeagueMeasure[];

/** The stored property holding a cell's 1-based place in the league on one measure (best first). */
export const rankProperty = (measure: LeagueMeasure): `rank_${LeagueMeasure}` => `rank_${measure}`;

const round4 = (v: number | null) => (v === null ? null : Math.round(v * 10_000) / 10_000);

/**
 * The same comparison as `comparePeers` (the agency's value, the median of the OTHER agencies'
 * values, the share of them it does better than), from the group's values sorted once: the
 * others are the sorted group minus one occurrence of the agency's own value. O(log n) per
 * agency instead of O(n log n), so the analysis job can store it for every agency and period.
 */
export function peerFromSorted(sorted: readonly number[], value: number | null, measure: LeagueMeasure, group: string): PeerRow {
  const better = LEAGUE_MEASURES[measure].better;
  const skip = value === null ? -1 : countBelow(sorted, value);
  const n = sorted.length - (value === null ? 0 : 1);
  const at = (i: number) => sorted[skip >= 0 && i >= skip ? i + 1 : i]!;
  const mid = n >> 1;
  const peerMedian = n ? (n % 2 ? at(mid) : (at(mid - 1) + at(mid)) / 2) : null;
  let share: number | null = null;
  if (value !== null && n) share = (better === 'HIGH' ? countBelow(sorted, value) : sorted.length - countAtOrBelow(sorted, value)) / n;
  return { group, peers: n, measure, value, peerMedian: round4(peerMedian), betterThanShare: round4(share) };
}

/** The peer-group label of an ATF field division (the division cell's own name). */
export const divisionPeerGroup = (division: string) => `${division} Field Division`;

interface Parsed {
  row: MetricCellRow;
  result: MetricsResult;
}

function sortedValues(members: readonly Parsed[], measure: LeagueMeasure): number[] {
  const value = LEAGUE_MEASURES[measure].value;
  return members
    .map((m) => value(m.result.summary))
    .filter((v): v is number => v !== null)
    .sort((a, b) => a - b);
}

/**
 * Adds what the league table and the peer comparison need to the cells of every stored period,
 * so a request reads them instead of every agency's summary: `rank_<MEASURE>` (place in the
 * league of its scope and period, the order `leagueOrder` defines) on agency and state cells, and
 * `peers` (JSON, the rows `comparePeers` gives against the agency's state, its ATF field division
 * when it has one, and all agencies) on agency cells. `summaries`: the cells' summaries as objects
 * when the caller has them (else parsed from the rows). Written in the same run as the cells, so they share `computedAt`.
 */
export function addLeagueAndPeers(cells: MetricCellRow[], summaries?: ReadonlyMap<MetricCellRow, MetricSummary>): MetricCellRow[] {
  const groups = new Map<string, Parsed[]>();
  for (const row of cells) {
    if (row.scope === 'NATION') continue;
    const summary = summaries?.get(row) ?? (JSON.parse(row.summary) as MetricSummary);
    const result = { scope: row.scope, key: row.key, state: row.state, summary } as MetricsResult;
    const k = `${row.scope}|${row.period}`;
    const list = groups.get(k);
    if (list) list.push({ row, result });
    else groups.set(k, [{ row, result }]);
  }
  for (const [k, members] of groups) {
    const rowOf = new Map(members.map((m) => [m.result, m.row]));
    for (const measure of MEASURES) {
      leagueOrder(
        members.map((m) => m.result),
        measure,
      ).forEach((r, i) => (rowOf.get(r)![rankProperty(measure)] = i + 1));
    }
    if ((k.split('|')[0] as MetricScope) !== 'AGENCY') continue;
    const sortedBy = (key: (m: Parsed) => string | null) => {
      const groups = new Map<string | null, Parsed[]>();
      for (const m of members) {
        const list = groups.get(key(m));
        if (list) list.push(m);
        else groups.set(key(m), [m]);
      }
      return new Map([...groups].map(([g, list]) => [g, new Map(MEASURES.map((ms) => [ms, sortedValues(list, ms)]))]));
    };
    const allSorted = new Map(MEASURES.map((ms) => [ms, sortedValues(members, ms)]));
    const stateSorted = sortedBy((m) => m.row.state);
    const divisionSorted = sortedBy((m) => m.row.division);
    for (const m of members) {
      const division = m.row.division;
      const peers = MEASURES.flatMap((ms) => {
        const value = LEAGUE_MEASURES[ms].value(m.result.summary);
        return [
          peerFromSorted(stateSorted.get(m.row.state)!.get(ms)!, value, ms, m.row.state ?? 'state'),
          ...(division ? [peerFromSorted(divisionSorted.get(division)!.get(ms)!, value, ms, divisionPeerGroup(division))] : []),
          peerFromSorted(allSorted.get(ms)!, value, ms, 'all agencies'),
        ];
      });
      m.row.peers = JSON.stringify(peers);
    }
  }
  return cells;
}
