/**
 * Denser contact files than the generator writes (`npx tsx bench/trafficking.stress.ts --seeds
 * 4321,8765 --k 4`): adds k times the generated association count as associations drawn at
 * random among the people in no planted case (a gang or field-contact file records most people
 * police meet, whatever their guns), then runs the network rules with the association-record rule
 * off and on. Prints, per seed and in total, network precision, the planted recruiter crews and
 * linked rings found (cases with two or more guns recovered) and the level the rule chose.
 * Tuning data only: the rows are those of bench/trafficking.memory.ts (held-out ranges).
 */
import { parseArgs } from 'node:util';
import { isScale } from '../seeds/scale.js';
import { evaluateCases, plantedRings } from '../src/analysis/typology-quality.js';
import { NO_DUPLICATES } from '../src/network/duplicate-records.js';
import { assembleNetworks } from '../src/network/network.assembly.js';
import { flaggedPurchasers } from '../src/network/purchaser-flags.js';
import { purchaserEvidence } from '../src/network/trafficking.evidence.js';
import { networkSettingsOf } from '../src/network/group-evidence.js';
import { loadRiskConfig } from '../src/risk/risk-config.js';
import { denserContacts } from './background-shift.transform.js';
import { generatedWorld, overrides, tunedSettings } from './traffic-rows.js';

const { values } = parseArgs({
  options: { scale: { type: 'string', default: 'M' }, seeds: { type: 'string' }, k: { type: 'string', default: '4' }, set: { type: 'string', multiple: true } },
});
const scale = values.scale!.toUpperCase();
if (!isScale(scale) || !values.seeds) throw new Error('--scale S|M|L and --seeds a,b are required');
const base = { ...networkSettingsOf(loadRiskConfig()), ...overrides(values.set) };
const k = Number(values.k);
const total = new Map<string, { networks: number; truePositive: number; recruiters: number; recruiterCases: number; linked: number; linkedCases: number }>();

for (const seed of values.seeds.split(',').map(Number)) {
  const { rows, purchases, associations: generated, manifest: m } = generatedWorld(scale, seed, 'heldout');
  const planted = new Set(m.typologies.flatMap((c) => [...c.purchaserIds, ...c.hubIds, ...c.possessorIds]));
  for (const r of plantedRings(m)) for (const id of r.strawPurchaserIds) planted.add(id);
  const associations = denserContacts(generated, purchases, planted, seed, k);
  const evidence = purchaserEvidence(rows, purchases, base);
  for (const [mode, rate] of [
    ['off', 0],
    ['on', base.recordTieFalseDiscoveryRate || 0.1],
  ] as const) {
    let level = '';
    const settings = tunedSettings({ ...base, recordTieFalseDiscoveryRate: rate }, rows, purchases, evidence);
    const networks = assembleNetworks(evidence, associations, settings, new Map(), NO_DUPLICATES, purchases, (c) => {
      level = [c.plain, c.recruiter]
        .map((t) => `level ${t.level}, found ${t.found.join('/')}, chance ${t.chance.map((x) => x.toFixed(1)).join('/')}`)
        .join('; with a recruiter record: ');
    });
    const flagged = flaggedPurchasers(evidence, networks).map((f) => f.personId);
    const result = evaluateCases(
      m.typologies,
      plantedRings(m),
      networks.map((n) => ({ id: n.id, typology: n.typology, corridor: n.corridor, members: n.members })),
      flagged,
    );
    const t = total.get(mode) ?? { networks: 0, truePositive: 0, recruiters: 0, recruiterCases: 0, linked: 0, linkedCases: 0 };
    t.networks += networks.length;
    t.truePositive += result.truePositiveNetworks;
    for (const c of result.cases.filter((x) => x.trafficking && x.evident)) {
      if (c.typology === 'RECRUITER_ONE_TIME_BUYERS') {
        t.recruiterCases += 1;
        if (c.hit) t.recruiters += 1;
      }
      if (c.typology === 'STRAW_RING_LINKED') {
        t.linkedCases += 1;
        if (c.hit) t.linked += 1;
      }
    }
    total.set(mode, t);
    console.log(
      `seed ${seed}, k ${k}, rule ${mode}: ${associations.length} associations, ${networks.length} networks (${result.truePositiveNetworks} true)${level ? `; ${level}` : ''}`,
    );
  }
}
for (const [mode, t] of total)
  console.log(
    `rule ${mode}: precision ${t.truePositive}/${t.networks} = ${(t.truePositive / t.networks).toFixed(3)}; recruiter crews ${t.recruiters}/${t.recruiterCases}; linked rings ${t.linked}/${t.linkedCases}`,
  );
