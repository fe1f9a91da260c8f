import { BACKLOG_BUCKETS, emptyAcc, type MetricAcc } from './metric-acc.js';
import { confirmedSeries, lateEntryCosts, type EvidenceCasing } from './late-entry.compute.js';
import { summarize, type MetricSummary } from './metric-summary.js';
import { ENTRY_OUTER_TARGET_HOURS, ENTRY_TARGET_HOURS } from './metric-stats.js';

export interface AgencyRow {
  ori: string;
  name: string | null;
  state: string | null;
  latitude?: number | null;
  longitude?: number | null;
  /** ATF field division (src/model/atf-field-divisions.ts), set by the metrics job. */
  division?: string | null;
}
export interface SceneCasingRow {
  id: string;
  sceneId: string;
  ori: string;
  recoveredMs: number;
  enteredMs: number | null;
  sceneMs: number | null;
}
export interface FirearmCasingRow {
  id: string;
  firearmId: string;
  testFire: boolean;
  recoveredMs: number;
  enteredMs: number | null;
}
export interface TraceRow {
  requestedMs: number | null;
  completedMs: number | null;
  outcome: string | null;
  dealerRequestedMs: number | null;
  dealerRespondedMs: number | null;
  license: string | null;
  /** Where the resolved dealer's premises are (trace coverage's distance decay); absent: unknown. */
  dealerLatitude?: number | null;
  dealerLongitude?: number | null;
}
export interface RecoveryRow {
  id: string;
  ori: string;
  firearmId: string | null;
  recoveredMs: number;
  testFired: boolean;
  traces: TraceRow[];
  /** Where the gun was recovered (trace coverage's distance decay); absent: unknown. */
  latitude?: number | null;
  longitude?: number | null;
}
export interface LeadRow {
  id: string;
  status: string;
  correlatedMs: number;
  reviewedMs: number | null;
  referredMs: number | null;
  casings: Array<{ id: string; ori: string | null; enteredMs: number | null }>;
}
export interface MetricInputs {
  agencies: AgencyRow[];
  casings: SceneCasingRow[];
  firearmCasings: FirearmCasingRow[];
  recoveries: RecoveryRow[];
  leads: LeadRow[];
}

export type MetricScope = 'AGENCY' | 'STATE' | 'FIELD_DIVISION' | 'NATION';
export type PeriodKind = 'MONTH' | 'YEAR' | 'ALL';
export interface MetricCellRow {
  id: string;
  scope: MetricScope;
  key: string;
  period: string;
  periodKind: PeriodKind;
  name: string | null;
  state: string | null;
  /** The agency's field division, or the division's own name; null for states and the nation. */
  division: string | null;
  latitude: number | null;
  longitude: number | null;
  summary: string;
  acc: string | null;
  /** Stored periods only (league-precompute.ts): the agency's peer comparison (JSON) and its league places. */
  peers?: string | null;
  [rank: `rank_${string}`]: number | undefined;
}

export const NATION_KEY = 'US';
export const cellId = (scope: MetricScope, key: string, period: string) => `${scope}:${key}:${period}`;
const DAY = 86_400_000;
const HOUR = 3_600_000;

/** Mutable form of MetricAcc while events are added (id lists as sets). */
class Builder {
  acc = emptyAcc();
  sets = {
    recoveringOris: new Set<string>(),
    enteringOris: new Set<string>(),
    costSceneIds: new Set<string>(),
    costSeries: new Set<string>(),
    crossSeries: new Set<string>(),
    crossOris: new Set<string>(),
  };
  done(): MetricAcc {
    return { ...this.acc, ...Object.fromEntries(Object.entries(this.sets).map(([k, v]) => [k, [...v].sort()])) } as MetricAcc;
  }
}

/**
 * Every measure for every agency, state and the nation, per month, per year and over all the
 * data, from the rows the analysis job reads. Each event (casing, recovered gun, lead, late entry)
 * is added once to each cell it belongs to; state and nation cells are built from the events
 * themselves, not by adding agency cells (a lead between two agencies counts once per state and
 * once per field division).
 * `asOf` is the latest instant in the data: backlog ages and unanswered dealer requests are
 * measured against it, so a re-analysis of the same data gives the same numbers.
 */
export function computeMetricCells(input: MetricInputs): { cells: MetricCellRow[]; asOfMs: number; summaries: Map<MetricCellRow, MetricSummary> } {
  const stateOf = new Map(input.agencies.map((a) => [a.ori, a.state]));
  const nameOf = new Map(input.agencies.map((a) => [a.ori, a.name]));
  const placeOf = new Map(input.agencies.map((a) => [a.ori, a]));
  const divisionOf = new Map(input.agencies.map((a) => [a.ori, a.division ?? null]));
  let asOf = 0;
  for (const c of input.casings) asOf = Math.max(asOf, c.recoveredMs, c.enteredMs ?? 0);
  for (const r of input.recoveries)
    for (const t of r.traces) asOf = Math.max(asOf, r.recoveredMs, t.requestedMs ?? 0, t.completedMs ?? 0, t.dealerRespondedMs ?? 0);
  for (const l of input.leads) asOf = Math.max(asOf, l.correlatedMs, l.reviewedMs ?? 0);

  const builders = new Map<string, Builder>();
  const scopeKeys = (oris: Array<string | null>): Array<[MetricScope, string]> => {
    const out = new Map<string, [MetricScope, string]>();
    for (const ori of oris) {
      if (!ori) continue;
      out.set(`A${ori}`, ['AGENCY', ori]);
      const st = stateOf.get(ori);
      if (st) out.set(`S${st}`, ['STATE', st]);
      const division = divisionOf.get(ori);
      if (division) out.set(`D${division}`, ['FIELD_DIVISION', division]);
    }
    out.set('N', ['NATION', NATION_KEY]);
    return [...out.values()];
  };
  const each = (oris: Array<string | null>, atMs: number, add: (b: Builder, scope: MetricScope, key: string) => void) => {
    const month = new Date(atMs).toISOString().slice(0, 7);
    for (const [scope, key] of scopeKeys(oris)) {
      for (const period of [month, month.slice(0, 4), 'ALL']) {
        const id = cellId(scope, key, period);
        let b = builders.get(id);
        if (!b) builders.set(id, (b = new Builder()));
        add(b, scope, key);
      }
    }
  };

  for (const c of input.casings) {
    const hours = c.enteredMs === null ? null : (c.enteredMs - c.recoveredMs) / HOUR;
    const ageDays = (asOf - c.recoveredMs) / DAY;
    const bucket = BACKLOG_BUCKETS.reduce<number>((found, from, i) => (ageDays >= from ? i : found), 0);
    each([c.ori], c.recoveredMs, (b) => {
      b.acc.casingsRecovered += 1;
      b.sets.recoveringOris.add(c.ori);
      if (hours === null) b.acc.backlog[bucket]! += 1;
      else {
        b.acc.entryHours.push(hours);
        b.sets.enteringOris.add(c.ori);
        if (hours > ENTRY_TARGET_HOURS) b.acc.lateCasings += 1;
      }
    });
  }

  for (const r of input.recoveries) {
    const traces = r.traces.filter((t) => t.requestedMs !== null).sort((x, y) => x.requestedMs! - y.requestedMs!);
    each([r.ori], r.recoveredMs, (b) => {
      b.acc.gunsRecovered += 1;
      b.sets.recoveringOris.add(r.ori);
      if (r.testFired) {
        b.acc.gunsTestFired += 1;
        b.sets.enteringOris.add(r.ori);
      }
      if (!traces.length) return;
      b.acc.gunsTraced += 1;
      b.acc.traceRequestDays.push((traces[0]!.requestedMs! - r.recoveredMs) / DAY);
      for (const t of traces) {
        const outcome = t.outcome ?? 'PENDING';
        b.acc.outcomes[outcome] = (b.acc.outcomes[outcome] ?? 0) + 1;
        if (t.completedMs !== null && outcome !== 'PENDING') b.acc.traceCompletionDays.push((t.completedMs - t.requestedMs!) / DAY);
        if (t.dealerRequestedMs !== null) {
          b.acc.dealerRequests += 1;
          if (t.dealerRespondedMs !== null) b.acc.dealerResponseHours.push((t.dealerRespondedMs - t.dealerRequestedMs) / HOUR);
          else if (asOf - t.dealerRequestedMs > 24 * HOUR) b.acc.dealerUnanswered += 1;
        }
      }
    });
  }

  for (const l of input.leads) {
    const entered = l.casings.map((c) => c.enteredMs);
    const lastEntry = entered.every((e) => e !== null) ? Math.max(...(entered as number[])) : null;
    each(
      l.casings.map((c) => c.ori),
      l.correlatedMs,
      (b) => {
        b.acc.leads += 1;
        if (l.status === 'CONFIRMED') b.acc.confirmedLeads += 1;
        if (lastEntry !== null) b.acc.entryToCorrelationHours.push((l.correlatedMs - lastEntry) / HOUR);
        if (l.reviewedMs !== null) b.acc.correlationToReviewHours.push((l.reviewedMs - l.correlatedMs) / HOUR);
        else if (asOf - l.correlatedMs > ENTRY_OUTER_TARGET_HOURS * HOUR) b.acc.unreviewedOverdue = (b.acc.unreviewedOverdue ?? 0) + 1;
        if (l.referredMs !== null && l.reviewedMs !== null) b.acc.reviewToReferralHours.push((l.referredMs - l.reviewedMs) / HOUR);
      },
    );
  }

  // Confirmed series: confirmed leads, and casings tied to one gun by its test-fire or a confirmed hit.
  const pairs: Array<[string, string]> = [];
  for (const l of input.leads) if (l.status === 'CONFIRMED' && l.casings.length === 2) pairs.push([l.casings[0]!.id, l.casings[1]!.id]);
  const byGun = new Map<string, string[]>();
  for (const c of input.firearmCasings) byGun.set(c.firearmId, [...(byGun.get(c.firearmId) ?? []), c.id]);
  for (const ids of byGun.values()) for (let i = 1; i < ids.length; i++) pairs.push([ids[0]!, ids[i]!]);
  const evidence = new Map<string, EvidenceCasing>();
  for (const c of input.firearmCasings)
    if (c.testFire) evidence.set(c.id, { id: c.id, sceneId: null, ori: null, recoveredMs: c.recoveredMs, enteredMs: c.enteredMs, sceneMs: null });
  for (const c of input.casings)
    evidence.set(c.id, { id: c.id, sceneId: c.sceneId, ori: c.ori, recoveredMs: c.recoveredMs, enteredMs: c.enteredMs, sceneMs: c.sceneMs });
  const series = confirmedSeries(pairs).map((ids) => ids.flatMap((id) => (evidence.has(id) ? [evidence.get(id)!] : [])));
  const seriesKey = new Map<string, string>();
  for (const s of series) for (const c of s) seriesKey.set(c.id, s[0]!.id);

  for (const cost of lateEntryCosts(series)) {
    if (!cost.sceneIds.length) continue;
    each([cost.ori], cost.recoveredMs, (b) => {
      b.acc.costlyCasings += 1;
      for (const s of cost.sceneIds) b.sets.costSceneIds.add(s);
      b.sets.costSeries.add(seriesKey.get(cost.casingId)!);
    });
  }
  for (const s of series) {
    const oris = new Set(s.flatMap((c) => (c.ori ? [c.ori] : [])));
    if (oris.size < 2) continue;
    for (const c of s) {
      if (!c.ori) continue;
      each([c.ori], c.recoveredMs, (b, scope) => {
        b.sets.crossSeries.add(s[0]!.id);
        for (const o of oris) if (scope !== 'AGENCY' || o !== c.ori) b.sets.crossOris.add(o);
      });
    }
  }

  const cells: MetricCellRow[] = [];
  // Each cell's summary as an object too, so the league step need not parse back what was just serialised.
  const summaries = new Map<MetricCellRow, MetricSummary>();
  for (const [id, b] of builders) {
    const [scope, key, period] = id.split(':') as [MetricScope, string, string];
    const acc = b.done();
    const periodKind: PeriodKind = period === 'ALL' ? 'ALL' : period.length === 4 ? 'YEAR' : 'MONTH';
    const summary = summarize(acc);
    const cell: MetricCellRow = {
      id,
      scope,
      key,
      period,
      periodKind,
      name: scope === 'AGENCY' ? (nameOf.get(key) ?? null) : scope === 'NATION' ? 'All agencies' : scope === 'FIELD_DIVISION' ? `${key} Field Division` : key,
      state: scope === 'AGENCY' ? (stateOf.get(key) ?? null) : scope === 'STATE' ? key : null,
      division: scope === 'AGENCY' ? (divisionOf.get(key) ?? null) : scope === 'FIELD_DIVISION' ? key : null,
      latitude: scope === 'AGENCY' ? (placeOf.get(key)?.latitude ?? null) : null,
      longitude: scope === 'AGENCY' ? (placeOf.get(key)?.longitude ?? null) : null,
      summary: JSON.stringify(summary),
      acc: periodKind === 'MONTH' ? JSON.stringify(acc) : null,
    };
    cells.push(cell);
    summaries.set(cell, summary);
  }
  return { cells, asOfMs: asOf, summaries };
}
