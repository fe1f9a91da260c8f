import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createSeedGeneration } from '../seeds/generate.js';
import type { Scale, SeedManifest } from '../seeds/manifest.js';
import type { RangeProfile } from '../seeds/typologies/ranges.js';
import type { GraphRecord } from '../src/import/record.types.js';
import { theftStanding, type TheftReportDates } from '../src/network/theft-standing.js';
import type { Purchase, PurchaserEvidence, RecoveredPurchase } from '../src/network/trafficking.evidence.js';
import { monthlySales, withDealerSales } from '../src/network/dealer-sales.js';
import type { Settings } from '../src/network/group-evidence.js';
import { withHolderTies } from '../src/network/holder-null.js';

const day = (iso: string) => Math.floor(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / 86_400_000);

/**
 * The rows the network job reads from the graph (cypher/network/recovered-purchases, purchases-of,
 * associates-of), built from generated records without a database: sale → recovery of the same
 * gun, possessor, states, time-to-crime, multiple-sale flag, theft reports between sale and
 * recovery, associations. Feed every record to `add`, then read `rows()`.
 */
export class TrafficRows {
  private readonly personState = new Map<string, string>();
  private readonly residence = new Map<string, string>();
  private readonly dealerState = new Map<string, string>();
  private readonly saleOf = new Map<string, { purchaserId: string; fflLicense: string; soldOn: string; multipleSale: boolean }>();
  private readonly recoveries: Array<{ firearmId: string; recoveredOn: string; address: string; state: string; city: string; possessorId: string | null }> = [];
  private readonly associations: Array<{ a: string; b: string }> = [];
  private readonly thefts = new Map<string, TheftReportDates[]>();

  add(r: GraphRecord): void {
    if (r.type === 'person') {
      this.personState.set(r.id, r.state);
      this.residence.set(r.id, `${r.address}, ${r.city}, ${r.state}`);
    } else if (r.type === 'ffl') this.dealerState.set(r.license, r.state);
    else if (r.type === 'sale') this.saleOf.set(r.firearmId, r);
    else if (r.type === 'recovery') this.recoveries.push(r);
    else if (r.type === 'association') this.associations.push({ a: r.fromPersonId, b: r.toPersonId });
    else if (r.type === 'theft')
      this.thefts.set(r.firearmId, [...(this.thefts.get(r.firearmId) ?? []), { occurredOn: r.occurredOn, reportedOn: r.reportedAt.slice(0, 10) }]);
  }

  rows(): { rows: RecoveredPurchase[]; purchases: Purchase[]; associations: Array<{ a: string; b: string }> } {
    const rows: RecoveredPurchase[] = [];
    for (const r of this.recoveries) {
      const s = this.saleOf.get(r.firearmId);
      if (!s || s.soldOn > r.recoveredOn) continue;
      rows.push({
        purchaserId: s.purchaserId,
        purchaserState: this.personState.get(s.purchaserId) ?? null,
        firearmId: r.firearmId,
        dealerLicense: s.fflLicense,
        dealerState: this.dealerState.get(s.fflLicense) ?? null,
        soldOn: s.soldOn,
        multipleSale: s.multipleSale,
        recoveredOn: r.recoveredOn,
        recoveredState: r.state,
        recoveredCity: r.city,
        possessorId: r.possessorId,
        possessorResidence: r.possessorId ? (this.residence.get(r.possessorId) ?? null) : null,
        purchaserResidence: this.residence.get(s.purchaserId) ?? null,
        recoverySite: `${r.address}, ${r.city}, ${r.state}`,
        timeToCrimeDays: day(r.recoveredOn) - day(s.soldOn),
        ...theftStanding(this.thefts.get(r.firearmId) ?? [], s.soldOn, r.recoveredOn),
      });
    }
    const purchases: Purchase[] = [...this.saleOf.values()].map((s) => ({
      purchaserId: s.purchaserId,
      soldOn: s.soldOn,
      dealerLicense: s.fflLicense,
      multipleSale: s.multipleSale,
    }));
    return { rows, purchases, associations: this.associations };
  }
}

/** `--set key=value` options of the trafficking benches: network settings tried against the config's (A/B on tuning data). */
export function overrides(sets: string[] | undefined): Record<string, unknown> {
  return Object.fromEntries(
    (sets ?? []).map((kv) => {
      const [k, v] = kv.split('=') as [string, string];
      return [k, v === 'true' ? true : v === 'false' ? false : Number.isNaN(Number(v)) ? v : Number(v)];
    }),
  );
}

/** What the trafficking benches read of one generated world: the job's rows and the planted truth. */
export interface GeneratedWorld {
  rows: RecoveredPurchase[];
  purchases: Purchase[];
  associations: Array<{ a: string; b: string }>;
  manifest: Pick<SeedManifest, 'typologies' | 'rings' | 'splitRings'>;
  generateMs: number;
}

/**
 * Generates one seed's world and builds the rows, or reads them from `.data/traffic-rows/` when a
 * run of the same generator code already built them (the cache key includes a hash of seeds/).
 * Generating scale M takes minutes on a shared machine; the rules take seconds.
 */
export function generatedWorld(scale: Scale, seed: number, split: RangeProfile): GeneratedWorld {
  const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '.data', 'traffic-rows');
  const file = path.join(dir, `${scale}-${seed}-${split}-${generatorHash()}.json`);
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as GeneratedWorld;
  const t0 = Date.now();
  const g = createSeedGeneration(scale, seed, 5_000, split);
  const collector = new TrafficRows();
  for (const batch of g.batches()) for (const r of batch.records) collector.add(r);
  const m = g.manifest();
  const world: GeneratedWorld = {
    ...collector.rows(),
    manifest: { typologies: m.typologies, rings: m.rings, splitRings: m.splitRings },
    generateMs: Date.now() - t0,
  };
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, JSON.stringify(world));
  return world;
}

let hash: string | undefined;
function generatorHash(): string {
  if (hash) return hash;
  const h = createHash('sha1');
  const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'seeds');
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (p.endsWith('.ts')) h.update(p).update(readFileSync(p));
    }
  };
  walk(root);
  h.update(readFileSync(fileURLToPath(import.meta.url)));
  return (hash = h.digest('hex').slice(0, 10));
}

/**
 * The network settings as the analysis job tunes them on one run's data: every dealer's sales as
 * the counter scan's population (when configured) and receiver ties measured against repeat possession.
 */
export function tunedSettings<S extends Settings>(settings: S, rows: RecoveredPurchase[], purchases: Purchase[], evidence: Map<string, PurchaserEvidence>) {
  return withHolderTies(
    withDealerSales(settings, () => monthlySales(purchases)),
    rows,
    evidence,
  );
}
