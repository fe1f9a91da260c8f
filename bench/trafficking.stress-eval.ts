/**
 * The evaluation loop of the benches that change the generated background in a way the generator
 * never does (bench/trafficking.repeat-possessors.ts, bench/trafficking.background-shift.ts): per
 * seed, the rows of bench/trafficking.memory.ts (held-out ranges), a transform of the background
 * rows (never a planted case's), the network rules as the analysis job runs them, and network
 * precision, flags' precision, the false networks by label and the planted cases found (those with
 * two or more guns recovered). `DEBUG_FALSE=1` also prints each false network's label, size and
 * evidence sentences.
 */
import type { Scale } from '../seeds/manifest.js';
import { evaluateCases, plantedRings } from '../src/analysis/typology-quality.js';
import { NO_DUPLICATES } from '../src/network/duplicate-records.js';
import type { networkSettingsOf } from '../src/network/group-evidence.js';
import { assembleNetworks } from '../src/network/network.assembly.js';
import { flaggedPurchasers } from '../src/network/purchaser-flags.js';
import { purchaserEvidence, type Purchase, type RecoveredPurchase } from '../src/network/trafficking.evidence.js';
import { generatedWorld, tunedSettings } from './traffic-rows.js';

/**
 * Changes the background rows of one seed; `planted`: every person of a planted case, never to be
 * touched. A transform that moves background sales to other buyers also returns the sale records
 * (`purchases`), changed the same way.
 */
export type BackgroundTransform = (
  rows: RecoveredPurchase[],
  planted: Set<string>,
  seed: number,
  purchases: Purchase[],
) => { rows: RecoveredPurchase[]; changed: number; purchases?: Purchase[] };

/** Which records the data holds (every person's, planted or not): a data regime, not a background. */
export interface DataRegime {
  purchases?: (purchases: Purchase[], rows: RecoveredPurchase[]) => Purchase[];
  /** `planted`, `seed` and `purchases` as the transform gets them (after it). */
  associations?: (associations: Array<{ a: string; b: string }>, planted: Set<string>, seed: number, purchases: Purchase[]) => Array<{ a: string; b: string }>;
}

const levels = (c: { level: number; windowDays?: number; found: number[]; chance: number[]; controlPairs: number }) =>
  `level ${c.level}${c.windowDays ? ` (${c.windowDays}-day window)` : ''} (straw pairs ${c.found.join('/')}, chance ${c.chance.map((x) => x.toFixed(1)).join('/')}, control pairs ${c.controlPairs})`;

export function runStress(
  label: string,
  scale: Scale,
  seeds: number[],
  settings: ReturnType<typeof networkSettingsOf>,
  transform: BackgroundTransform,
  regime: DataRegime = {},
): void {
  const total = { networks: 0, truePositive: 0, hits: 0, evident: 0, flags: 0, trueFlags: 0 };
  const falseLabels = new Map<string, number>();
  for (const seed of seeds) {
    const world = generatedWorld(scale, seed, 'heldout');
    const m = world.manifest;
    const planted = new Set(m.typologies.flatMap((c) => [...c.purchaserIds, ...c.hubIds, ...c.possessorIds]));
    for (const r of plantedRings(m)) for (const id of r.strawPurchaserIds) planted.add(id);
    const moved = transform(world.rows, planted, seed, world.purchases);
    const { rows, changed } = moved;
    const purchases = regime.purchases?.(moved.purchases ?? world.purchases, rows) ?? moved.purchases ?? world.purchases;
    const associations = regime.associations?.(world.associations, planted, seed, purchases) ?? world.associations;
    let buyerTies = 'off';
    const evidence = purchaserEvidence(
      rows,
      purchases,
      settings,
      (c) =>
        (buyerTies = `level ${c.level} (buyers ${c.found.join('/')}, chance ${c.chance.map((x) => x.toFixed(1)).join('/')}, seen with a control gun ${c.controlled.size})`),
    );
    const tuned = tunedSettings(settings, rows, purchases, evidence);
    const networks = assembleNetworks(evidence, associations, tuned, new Map(), NO_DUPLICATES, purchases);
    const flagged = flaggedPurchasers(evidence, networks).map((f) => f.personId);
    const stored = networks.map((n) => ({ id: n.id, typology: n.typology, corridor: n.corridor, members: n.members }));
    const result = evaluateCases(m.typologies, plantedRings(m), stored, flagged);
    const truthBuyers = new Set([
      ...m.typologies.filter((c) => c.trafficking).flatMap((c) => c.purchaserIds),
      ...plantedRings(m).flatMap((r) => r.strawPurchaserIds),
    ]);
    for (const n of networks) {
      const buyers = n.members.filter((x) => x.role === 'STRAW_PURCHASER').map((x) => x.id);
      if (buyers.filter((b) => truthBuyers.has(b)).length * 2 < buyers.length) {
        falseLabels.set(n.typology, (falseLabels.get(n.typology) ?? 0) + 1);
        if (process.env.DEBUG_FALSE) console.log(n.typology, buyers.length, JSON.stringify(n.evidence).slice(0, 900));
      }
    }
    const evident = result.cases.filter((c) => c.trafficking && c.evident);
    total.networks += networks.length;
    total.truePositive += result.truePositiveNetworks;
    total.evident += evident.length;
    total.hits += evident.filter((c) => c.hit).length;
    total.flags += result.flaggedPurchasers;
    total.trueFlags += result.truePositiveFlags;
    console.log(
      `seed ${seed}, ${label}: ${changed} background recoveries changed, ${purchases.length} of ${world.purchases.length} sale records (${new Set(purchases.map((p) => p.purchaserId)).size} buyers) and ${associations.length} of ${world.associations.length} associations kept; receivers ${levels(tuned.holderTies)}, households ${levels(tuned.householdTies)}, repeat buyers ${buyerTies}; ${networks.length} networks (${result.truePositiveNetworks} true), flags ${result.truePositiveFlags}/${result.flaggedPurchasers}, evident cases found ${evident.filter((c) => c.hit).length}/${evident.length}`,
    );
  }
  console.log(
    `${label}: precision ${total.truePositive}/${total.networks} = ${(total.truePositive / total.networks).toFixed(3)}; flags ${total.trueFlags}/${total.flags} = ${(total.trueFlags / total.flags).toFixed(3)}; evident cases found ${total.hits}/${total.evident}; false networks by label: ${[...falseLabels].map(([k, v]) => `${k} ${v}`).join(', ') || 'none'}`,
  );
}
