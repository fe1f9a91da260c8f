/**
 * Every missed planted trafficking case, one line each, with what the records show of it and
 * which rule stops it (`npx tsx bench/trafficking.misses.ts --scale M --split heldout --seeds 7`).
 * Same rows and rules as bench/trafficking.memory.ts. Diagnosis only: it prints, it does not score.
 *
 * Classes (descriptive, from the records, not from the rules' outcome):
 * - NOT_DETECTABLE: fewer than 2 of the case's guns recovered (the evaluation's detectability
 *   criterion, `evident` in src/analysis/typology-quality.ts, fixed before these rules).
 * - NO_DIVERSION_SEEN: 2+ recovered, but fewer than 2 show diversion within 3 years (recovered
 *   from the buyer, in the state of sale with no possessor known, after 3 years, or stolen).
 * - FOUND_ELSEWHERE: the buyers are in networks, but merged with other buyers or split.
 * - EVIDENCE_UNUSED: 2+ diverted guns and no network holds the buyers.
 * A missed receiver hub also says how many of its buyers' guns were recovered from its receiver
 * (fewer than 2: the guns never meet in one person's hands on record).
 */
import { parseArgs } from 'node:util';
import { isScale } from '../seeds/scale.js';
import type { RangeProfile } from '../seeds/typologies/ranges.js';
import { evaluateCases, plantedRings } from '../src/analysis/typology-quality.js';
import { groupEvidence } from '../src/network/group-evidence.js';
import { NO_DUPLICATES } from '../src/network/duplicate-records.js';
import { assembleNetworks } from '../src/network/network.assembly.js';
import { flaggedPurchasers } from '../src/network/purchaser-flags.js';
import { purchaserEvidence, repeatedHolder, strawGun } from '../src/network/trafficking.evidence.js';
import { networkSettingsOf } from '../src/network/group-evidence.js';
import { loadRiskConfig } from '../src/risk/risk-config.js';
import { generatedWorld, overrides, tunedSettings } from './traffic-rows.js';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: 'M' },
    split: { type: 'string', default: 'heldout' },
    seeds: { type: 'string' },
    set: { type: 'string', multiple: true },
  },
});
const scale = values.scale!.toUpperCase();
if (!isScale(scale)) throw new Error('--scale must be S, M or L');
const split = values.split as RangeProfile;
const s = { ...networkSettingsOf(loadRiskConfig()), ...overrides(values.set) };

for (const seed of values.seeds!.split(',').map(Number)) {
  const { rows, purchases, associations, manifest: m } = generatedWorld(scale, seed, split);
  const evidence = purchaserEvidence(rows, purchases, s);
  const networks = assembleNetworks(evidence, associations, tunedSettings(s, rows, purchases, evidence), new Map(), NO_DUPLICATES, purchases);
  const flagged = new Set(flaggedPurchasers(evidence, networks).map((f) => f.personId));
  const result = evaluateCases(
    m.typologies,
    plantedRings(m),
    networks.map((n) => ({ id: n.id, typology: n.typology, corridor: n.corridor, members: n.members })),
    [...flagged],
  );
  const netOf = new Map<string, (typeof networks)[number]>();
  for (const n of networks) for (const x of n.members) if (x.role === 'STRAW_PURCHASER') netOf.set(x.id, n);
  const rowOf = new Map(rows.map((r) => [r.firearmId, r]));
  console.log(`\n### ${split} ${scale} seed ${seed}: missed cases\n`);
  console.log('| Case | Class | Recovered | Diverted (≤3 y) | Why not diverted | Buyers (with diverted) | What stops it |');
  console.log('|---|---|---|---|---|---|---|');
  for (const o of result.cases) {
    if (!o.trafficking || o.hit || o.typology === 'CORRUPT_DEALER' || o.typology === 'DEALER_THEFT_LOSS') continue;
    const c = m.typologies.find((x) => x.id === o.id)!;
    const recovered = c.recoveredFirearmIds.map((f) => rowOf.get(f)).filter((r) => r !== undefined);
    const why = new Map<string, number>();
    for (const r of recovered) {
      if (strawGun(r, s)) continue;
      const k = r.reportedStolen
        ? 'stolen'
        : r.timeToCrimeDays > s.shortTimeToCrimeDays
          ? 'ttc>3y'
          : r.possessorId === r.purchaserId
            ? 'from buyer'
            : 'in state, no possessor';
      why.set(k, (why.get(k) ?? 0) + 1);
    }
    const suspects = c.purchaserIds.map((p) => evidence.get(p)).filter((e) => e !== undefined && e.strawGuns.length > 0);
    const diverted = suspects.reduce((a, e) => a + e!.strawGuns.length, 0);
    const nets = new Set(suspects.map((e) => netOf.get(e!.personId)).filter((n) => n !== undefined));
    const cls =
      c.recoveredFirearmIds.length < 2 ? 'NOT_DETECTABLE' : diverted < 2 ? 'NO_DIVERSION_SEEN' : nets.size > 0 ? 'FOUND_ELSEWHERE' : 'EVIDENCE_UNUSED';
    let stop = '';
    if (cls === 'FOUND_ELSEWHERE') {
      stop = [...nets]
        .map((n) => `${n!.typology} with ${n!.strawPurchasers} buyers, ${suspects.filter((e) => netOf.get(e!.personId) === n).length} of this case`)
        .join('; ');
    } else if (cls === 'EVIDENCE_UNUSED' && suspects.length === 1) {
      const e = suspects[0]!;
      stop = `alone, not prolific: ${e.strawGuns.length} guns, ${e.strawEvents} events, ${e.veryShortGuns} ≤1 y, ${e.possessors} holders, repeated holder ${repeatedHolder(e.strawGuns, s.purchaseEventGapDays) ? 'yes' : 'no'}`;
    } else if (cls === 'EVIDENCE_UNUSED') {
      const ids = new Set(suspects.map((e) => e!.personId));
      const tied = c.hubIds.map((h) => associations.filter((a) => (a.a === h && ids.has(a.b)) || (a.b === h && ids.has(a.a))).length);
      const holders = new Map<string, Set<string>>();
      for (const e of suspects)
        for (const gun of e!.strawGuns) if (gun.possessorId) holders.set(gun.possessorId, (holders.get(gun.possessorId) ?? new Set()).add(e!.personId));
      const shared = [...holders.values()].filter((x) => x.size >= 2).length;
      const veryShort = suspects.reduce((a, e) => a + e!.veryShortGuns, 0);
      const broker = tied.some((n) => n >= s.hubMinPurchasers);
      const group = groupEvidence(suspects as NonNullable<(typeof suspects)[number]>[], veryShort, s, {
        sharedReceiver: shared > 0,
        recordedTie: true,
        broker,
      });
      const dealers = new Set(suspects.flatMap((e) => e!.strawGuns.map((x) => x.dealerLicense))).size;
      stop = `suspects tied to a hub on record: ${tied.join('/') || 'no hub'}; shared holders ${shared}; group evidence ${group ? 'enough' : 'short'} (${suspects.map((e) => e!.strawEvents).join('+')} events, ${veryShort} ≤1 y); ${dealers} dealer(s); prolific ${suspects.filter((e) => e!.prolific).length}`;
    }
    // Whether the guns meet anywhere on record: a receiver hub is only visible when its receiver holds guns of 2+ buyers.
    const hubs = new Set(c.hubIds);
    const atHub = new Set(suspects.filter((e) => e!.strawGuns.some((g) => g.possessorId !== null && hubs.has(g.possessorId))).map((e) => e!.personId)).size;
    if (c.typology === 'RECEIVER_HUB' && cls !== 'NOT_DETECTABLE')
      stop = [stop, `the receiver holds guns of ${atHub} of the buyers`].filter(Boolean).join('; ');
    const whyText = [...why].map(([k, n]) => `${n} ${k}`).join(', ') || '–';
    console.log(
      `| ${c.id} (${JSON.stringify(c.params).replace(/"/g, '').replace(/\|/g, '/')}) | ${cls} | ${c.recoveredFirearmIds.length}/${c.firearmIds.length} | ${diverted} | ${whyText} | ${c.purchaserIds.length} (${suspects.length}) | ${stop} |`,
    );
  }
}
