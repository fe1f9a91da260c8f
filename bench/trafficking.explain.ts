/**
 * Why a planted trafficking case is missed (`npx tsx bench/trafficking.explain.ts --split heldout --scale S`):
 * builds the same rows as bench/trafficking.memory.ts, runs the rules, and prints, for every case
 * of the chosen typologies that no network found, what a trace-based method could see of it: each
 * purchaser's recovered guns (time-to-crime, possessor, states), whether they count as straw
 * evidence and why not, ties on record to the case's hubs, shared possessors, and the network (if
 * any) each purchaser ended in. Diagnosis only: it prints, it does not score.
 *
 * Options: --scale S|M, --split tuning|heldout, --seeds a,b,c, --typologies A,B, --all (found cases too).
 */
import { parseArgs } from 'node:util';
import { isScale } from '../seeds/scale.js';
import type { RangeProfile } from '../seeds/typologies/ranges.js';
import { evaluateCases, plantedRings } from '../src/analysis/typology-quality.js';
import { NO_DUPLICATES } from '../src/network/duplicate-records.js';
import { assembleNetworks } from '../src/network/network.assembly.js';
import { flaggedPurchasers } from '../src/network/purchaser-flags.js';
import { purchaserEvidence, strawGun } from '../src/network/trafficking.evidence.js';
import { networkSettingsOf } from '../src/network/group-evidence.js';
import { loadRiskConfig } from '../src/risk/risk-config.js';
import { generatedWorld, tunedSettings } from './traffic-rows.js';
import { HELD_OUT_SEEDS, TUNING_SEEDS } from './trafficking.seeds.js';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: 'S' },
    split: { type: 'string', default: 'heldout' },
    seeds: { type: 'string' },
    typologies: { type: 'string', default: 'RECRUITER_ONE_TIME_BUYERS,RECEIVER_HUB,STRAW_RING_LINKED' },
    all: { type: 'boolean', default: false },
  },
});
const scale = values.scale!.toUpperCase();
if (!isScale(scale)) throw new Error('--scale must be S, M or L');
const split = values.split as RangeProfile;
const seeds = values.seeds?.split(',').map(Number) ?? (split === 'tuning' ? TUNING_SEEDS : HELD_OUT_SEEDS);
const wanted = new Set(values.typologies!.split(','));
const settings = networkSettingsOf(loadRiskConfig());

for (const seed of seeds) {
  const { rows, purchases, associations, manifest: m } = generatedWorld(scale, seed, split);
  const evidence = purchaserEvidence(rows, purchases, settings);
  const networks = assembleNetworks(evidence, associations, tunedSettings(settings, rows, purchases, evidence), new Map(), NO_DUPLICATES, purchases);
  const flagged = new Set(flaggedPurchasers(evidence, networks).map((f) => f.personId));
  const result = evaluateCases(
    m.typologies,
    plantedRings(m),
    networks.map((n) => ({ id: n.id, typology: n.typology, corridor: n.corridor, members: n.members })),
    [...flagged],
  );
  const networkOf = new Map<string, string>();
  for (const n of networks) for (const x of n.members) networkOf.set(x.id, `${n.id}/${n.typology}/${x.role}(${n.strawPurchasers} buyers)`);
  const assoc = (id: string) => associations.filter((a) => a.a === id || a.b === id).map((a) => (a.a === id ? a.b : a.a));
  for (const outcome of result.cases) {
    if (!wanted.has(outcome.typology) || (outcome.hit && !values.all)) continue;
    const c = m.typologies.find((x) => x.id === outcome.id)!;
    console.log(`\n=== ${split} ${scale} seed ${seed} ${c.id} ${outcome.hit ? 'FOUND' : 'MISSED'} params ${JSON.stringify(c.params)}`);
    console.log(
      `    hubs ${c.hubIds.join(', ')}; dealers ${c.dealerLicenses.join(', ')}; ${c.recoveredFirearmIds.length}/${c.firearmIds.length} guns recovered`,
    );
    for (const p of c.purchaserIds) {
      const mine = rows.filter((r) => r.purchaserId === p);
      const e = evidence.get(p);
      const ties = assoc(p).map((x) => (c.hubIds.includes(x) ? `${x}(hub)` : x));
      console.log(
        `  buyer ${p}: ${purchases.filter((x) => x.purchaserId === p).length} purchases, ${mine.length} recovered, straw ${e?.strawGuns.length ?? 0}, events ${e?.strawEvents ?? 0}, prolific ${e?.prolific ?? false}, flagged ${flagged.has(p)}; ties [${ties.join(', ')}]; network ${networkOf.get(p) ?? '-'}`,
      );
      for (const r of mine) {
        const sg = strawGun(r, settings);
        const why = sg
          ? 'STRAW'
          : r.reportedStolen
            ? 'stolen'
            : r.timeToCrimeDays > settings.shortTimeToCrimeDays
              ? 'ttc>3y'
              : 'not diverted (no possessor, in state)';
        const holder = r.possessorId
          ? `${r.possessorId}${c.hubIds.includes(r.possessorId) ? '(hub)' : ''} holds ${rows.filter((x) => x.possessorId === r.possessorId).length}`
          : 'no possessor';
        console.log(
          `      ${r.firearmId} sold ${r.soldOn} at ${r.dealerLicense} (${r.dealerState}) → ${r.recoveredOn} ${r.recoveredState}, ttc ${r.timeToCrimeDays} d, ${holder}: ${why}`,
        );
      }
    }
  }
  console.log(`\n[seed ${seed}] ${networks.length} networks, ${result.truePositiveNetworks} true`);
}
