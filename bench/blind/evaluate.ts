/**
 * Scores the project's detection (run in memory, as bench/trafficking.memory.ts runs it) against
 * the blind cases: recall per shape (all cases, and cases with 2+ guns recovered within 3 years),
 * precision of the networks that touch a blind person, decoys flagged; and the records and
 * evidence of missed cases and flagged decoys, for reading.
 */
import { evaluateCases, plantedRings, type PlantedCaseTruth } from '../../src/analysis/typology-quality.js';
import type { RecoveredPurchase } from '../../src/network/trafficking.evidence.js';
import type { GeneratedWorld } from '../traffic-rows.js';
import type { CaseTruth } from '../blind-harness/trafficking.contract.js';

export interface Detection {
  networks: Array<{ id: string; typology: string; corridor: string; members: Array<{ id: string; role: string }> } & Record<string, unknown>>;
  flagged: Array<{ personId: string } & Record<string, unknown>>;
  evidence: Map<string, { evidence: string[]; prolific: boolean; strawGuns: unknown[] }>;
}

export interface CaseResult {
  truth: CaseTruth;
  hit: boolean;
  detectable: boolean;
  evidentBuyers: number;
  buyersFlagged: number;
  networkTypology: string | null;
}

export interface SeedResult {
  seed: number;
  cases: CaseResult[];
  touching: number;
  touchingTrue: number;
  blindFlagged: number;
  background: { cases: number; hits: number; networks: number; truePositive: number };
  misses: string[];
}

const THREE_YEARS = 3 * 365;

export function score(seed: number, world: GeneratedWorld, blindRows: RecoveredPurchase[], cases: CaseTruth[], d: Detection, prefix: string): SeedResult {
  const rowsOf = new Map<string, RecoveredPurchase[]>();
  for (const r of blindRows) (rowsOf.get(r.purchaserId) ?? rowsOf.set(r.purchaserId, []).get(r.purchaserId)!).push(r);
  const truths: PlantedCaseTruth[] = cases.map((c) => ({
    id: c.id,
    typology: c.typology,
    trafficking: c.trafficking,
    purchaserIds: c.buyerIds,
    hubIds: c.hubIds,
    possessorIds: c.possessorIds,
    firearmIds: c.firearmIds,
    recoveredFirearmIds: c.recoveredFirearmIds,
    evidentPurchaserIds: c.buyerIds.filter((b) => rowsOf.has(b)),
    dealerLicenses: [],
  }));
  const stored = d.networks.map((n) => ({ id: n.id, typology: n.typology, corridor: n.corridor, members: n.members }));
  const flaggedIds = d.flagged.map((f) => f.personId);
  const blind = evaluateCases(truths, [], stored, flaggedIds);
  const results: CaseResult[] = blind.cases.map((o, i) => {
    const c = cases[i]!;
    const rows = c.buyerIds.flatMap((b) => rowsOf.get(b) ?? []);
    return {
      truth: c,
      hit: o.hit,
      detectable: c.trafficking && rows.filter((r) => r.timeToCrimeDays <= THREE_YEARS && !r.reportedStolen).length >= 2,
      evidentBuyers: o.evidentPurchasers ?? 0,
      buyersFlagged: o.purchasersFlagged ?? 0,
      networkTypology: o.networkTypology,
    };
  });
  // Networks touching a blind person: true when their buyers are mostly one trafficking case's (blind or background).
  const truthSets = [
    ...cases.filter((c) => c.trafficking).map((c) => new Set(c.buyerIds)),
    ...world.manifest.typologies.filter((c) => c.trafficking).map((c) => new Set(c.purchaserIds)),
    ...plantedRings(world.manifest).map((r) => new Set(r.strawPurchaserIds)),
  ];
  const isBlind = (id: string) => id.startsWith(`${prefix}-`);
  const touching = d.networks.filter((n) => n.members.some((m) => isBlind(m.id)));
  const touchingTrue = touching.filter((n) => {
    const buyers = n.members.filter((m) => m.role === 'STRAW_PURCHASER').map((m) => m.id);
    return buyers.length > 0 && truthSets.some((t) => buyers.filter((b) => t.has(b)).length * 2 >= buyers.length);
  }).length;
  const bg = evaluateCases(world.manifest.typologies, plantedRings(world.manifest), stored, flaggedIds);
  const bgTraffic = bg.cases.filter((c) => c.trafficking);
  return {
    seed,
    cases: results,
    touching: touching.length,
    touchingTrue,
    blindFlagged: flaggedIds.filter(isBlind).length,
    background: { cases: bgTraffic.length, hits: bgTraffic.filter((c) => c.hit).length, networks: bg.networks, truePositive: bg.truePositiveNetworks },
    misses: describeMisses(results, rowsOf, d),
  };
}

/** Misses (trafficking not found, up to 5 per shape) and flagged decoys: their rows and what the rules said. */
function describeMisses(results: CaseResult[], rowsOf: Map<string, RecoveredPurchase[]>, d: Detection): string[] {
  const out: string[] = [];
  const shown = new Map<string, number>();
  for (const r of results) {
    const wrong = r.truth.trafficking ? !r.hit : r.hit;
    if (!wrong) continue;
    const n = shown.get(r.truth.typology) ?? 0;
    if (r.truth.trafficking && n >= 5) continue;
    shown.set(r.truth.typology, n + 1);
    const c = r.truth;
    const people = new Set([...c.buyerIds, ...c.hubIds, ...c.possessorIds]);
    out.push(
      `#### ${c.typology} ${c.id} (${c.trafficking ? 'missed' : 'decoy flagged'}; detectable ${r.detectable}; buyers flagged ${r.buyersFlagged}/${r.evidentBuyers})`,
      '',
      `Parameters: ${JSON.stringify(c.params)}`,
      '',
    );
    for (const b of c.buyerIds) {
      const rows = rowsOf.get(b) ?? [];
      if (rows.length === 0) continue;
      const ev = d.evidence.get(b);
      out.push(
        `- buyer ${b}: ${rows.length} recovered — ${rows
          .map(
            (x) =>
              `${x.soldOn}@${x.dealerLicense.slice(-5)}${x.multipleSale ? '(MS)' : ''}→${x.recoveredOn} ${x.recoveredCity}, ${x.recoveredState} ttc ${x.timeToCrimeDays} ${x.possessorId ? `held by ${x.possessorId}` : 'no possessor'}${x.reportedStolen ? ' STOLEN-REPORTED' : ''}`,
          )
          .join('; ')}`,
        `  - rules: ${ev ? `${ev.prolific ? 'PROLIFIC; ' : ''}straw guns ${ev.strawGuns.length}; ${ev.evidence.join(' | ') || '(no evidence strings)'}` : 'no evidence record'}`,
      );
    }
    for (const n of d.networks.filter((x) => x.members.some((m) => people.has(m.id)))) {
      const { members, ...rest } = n;
      out.push(`- network ${n.id} (${members.length} members: ${members.map((m) => `${m.id}:${m.role}`).join(', ')}): ${JSON.stringify(rest).slice(0, 700)}`);
    }
    for (const f of d.flagged.filter((x) => people.has(x.personId))) out.push(`- flagged ${JSON.stringify(f).slice(0, 500)}`);
    out.push('');
  }
  return out;
}
