import type { GraphRecord } from '../src/import/record.types.js';
import { confirmedSeries, lateEntryCosts, type EvidenceCasing } from '../src/metrics/late-entry.compute.js';
import { ENTRY_OUTER_TARGET_HOURS, ENTRY_TARGET_HOURS, median } from '../src/metrics/metric-stats.js';
import type { AgencyInfo } from './world.js';

/** What the manifest plants per agency: the intended behaviour and, exactly, what came out of it. */
export interface AgencyTruth {
  ori: string;
  state: string;
  division: string;
  profile: string;
  /** Planted median recovery -> entry delay (hours); null when the agency enters nothing. */
  plantedEntryMedianHours: number | null;
  /** Planted trace rate (share of recovered guns traced). */
  plantedTraceRate: number;
  casingsRecovered: number;
  casingsEntered: number;
  enteredWithin24h: number;
  enteredWithin48h: number;
  /** Exact median of the realised delays (hours), as src/metrics/metric-stats.ts defines it. */
  medianEntryHours: number | null;
  gunsRecovered: number;
  gunsTestFired: number;
  gunsTraced: number;
  /** Distinct shootings of confirmed series that late entries by this agency kept from being linked earlier. */
  lateEntryShootings: number;
}

/** Per dealer: every recovered crime gun it first sold (traced or not) and the traces that resolved to it. */
export interface DealerTraceTruth {
  license: string;
  recoveredCrimeGuns: number;
  resolvedTraces: number;
}

interface CasingFacts {
  sceneId: string | null;
  recoveredMs: number;
  enteredMs: number | null;
  testFireOf: string | null;
}

/**
 * Watches every generated record (in write order) and derives the agency and dealer truth the
 * metrics are checked against. Kept at scales S and M only: it holds a map entry per casing,
 * scene and sale, which would break scale L's bounded-memory streaming.
 */
export class AgencyTruthTally {
  private readonly scenes = new Map<string, { ori: string; ms: number }>();
  private readonly casings = new Map<string, CasingFacts>();
  private readonly saleDealer = new Map<string, string>();
  private readonly recoveryInfo = new Map<string, { ori: string; dealer: string | null; firearmId: string }>();
  private readonly testFired = new Set<string>();
  private readonly traced = new Set<string>();
  private readonly resolved = new Map<string, number>();
  private readonly confirmedPairs: Array<[string, string]> = [];
  private readonly firedFrom = new Map<string, string[]>();

  observe(r: GraphRecord): void {
    switch (r.type) {
      case 'scene':
        this.scenes.set(r.id, { ori: r.agencyOri, ms: Date.parse(r.occurredAt) });
        break;
      case 'casing': {
        const entered = r.submittedToNibinAt ? Date.parse(r.submittedToNibinAt) : null;
        this.casings.set(r.evidenceId, { sceneId: r.sceneId, recoveredMs: Date.parse(r.recoveredAt), enteredMs: entered, testFireOf: r.testFireOfFirearmId });
        if (r.testFireOfFirearmId && entered !== null) {
          this.testFired.add(r.testFireOfFirearmId);
          this.link(r.testFireOfFirearmId, r.evidenceId);
        }
        if (r.firedFromFirearmId) this.link(r.firedFromFirearmId, r.evidenceId);
        break;
      }
      case 'sale':
        this.saleDealer.set(r.firearmId, r.fflLicense);
        break;
      case 'recovery':
        this.recoveryInfo.set(r.id, { ori: r.agencyOri, dealer: this.saleDealer.get(r.firearmId) ?? null, firearmId: r.firearmId });
        break;
      case 'trace':
        this.traced.add(r.recoveryId);
        if (r.resolvedDealerLicense) this.resolved.set(r.resolvedDealerLicense, (this.resolved.get(r.resolvedDealerLicense) ?? 0) + 1);
        break;
      case 'lead':
        if (r.status === 'CONFIRMED') this.confirmedPairs.push([r.casingA, r.casingB]);
        break;
      default:
    }
  }

  private link(firearmId: string, casingId: string): void {
    const list = this.firedFrom.get(firearmId) ?? [];
    list.push(casingId);
    this.firedFrom.set(firearmId, list);
  }

  agencies(agencies: readonly AgencyInfo[]): AgencyTruth[] {
    const by = new Map(
      agencies.map((a) => [a.record.ori, { delays: [] as number[], recovered: 0, guns: 0, testFired: 0, traced: 0, cost: new Set<string>() }]),
    );
    for (const c of this.casings.values()) {
      if (!c.sceneId) continue;
      const t = by.get(this.scenes.get(c.sceneId)!.ori)!;
      t.recovered += 1;
      if (c.enteredMs !== null) t.delays.push((c.enteredMs - c.recoveredMs) / 3_600_000);
    }
    for (const [id, r] of this.recoveryInfo) {
      const t = by.get(r.ori)!;
      t.guns += 1;
      if (this.testFired.has(r.firearmId)) t.testFired += 1;
      if (this.traced.has(id)) t.traced += 1;
    }
    for (const cost of lateEntryCosts(this.series())) for (const s of cost.sceneIds) by.get(cost.ori)!.cost.add(s);
    return agencies.map((a) => {
      const t = by.get(a.record.ori)!;
      const b = a.behaviour;
      return {
        ori: a.record.ori,
        state: a.record.state,
        division: b.division,
        profile: b.profile,
        plantedEntryMedianHours: b.entryMedianHours,
        plantedTraceRate: b.traceRate,
        casingsRecovered: t.recovered,
        casingsEntered: t.delays.length,
        enteredWithin24h: t.delays.filter((d) => d <= ENTRY_TARGET_HOURS).length,
        enteredWithin48h: t.delays.filter((d) => d <= ENTRY_OUTER_TARGET_HOURS).length,
        medianEntryHours: median(t.delays),
        gunsRecovered: t.guns,
        gunsTestFired: t.testFired,
        gunsTraced: t.traced,
        lateEntryShootings: t.cost.size,
      };
    });
  }

  /** Confirmed series as the late-entry measure takes them. */
  private series(): EvidenceCasing[][] {
    const pairs: Array<[string, string]> = [...this.confirmedPairs];
    for (const ids of this.firedFrom.values()) for (let i = 1; i < ids.length; i++) pairs.push([ids[0]!, ids[i]!]);
    return confirmedSeries(pairs).map((ids) =>
      ids.flatMap((id) => {
        const c = this.casings.get(id);
        if (!c) return [];
        const scene = c.sceneId ? this.scenes.get(c.sceneId)! : null;
        return [{ id, sceneId: c.sceneId, ori: scene?.ori ?? null, recoveredMs: c.recoveredMs, enteredMs: c.enteredMs, sceneMs: scene?.ms ?? null }];
      }),
    );
  }

  dealers(): DealerTraceTruth[] {
    const recovered = new Map<string, number>();
    for (const r of this.recoveryInfo.values()) if (r.dealer) recovered.set(r.dealer, (recovered.get(r.dealer) ?? 0) + 1);
    return [...recovered.entries()]
      .map(([license, n]) => ({ license, recoveredCrimeGuns: n, resolvedTraces: this.resolved.get(license) ?? 0 }))
      .sort((a, b) => b.recoveredCrimeGuns - a.recoveredCrimeGuns || a.license.localeCompare(b.license));
  }
}
