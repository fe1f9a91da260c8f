/**
 * Blind evaluation of the trafficking detection: trafficking shapes and look-alikes written
 * without the project's typology generator or rules (bench/blind/ by a first author,
 * bench/blind-second/ by a second who read neither the rules nor the first), planted into the background
 * world of each seed, detected in memory with the same rules as the analysis job
 * (as bench/trafficking.memory.ts does), scored per shape.
 *
 * Options: --scale S|M, --seeds a,b (background seeds, held-out ranges by default), --cases N (per
 * shape per seed), --blind-seed n (the blind generator's own seed), --author first|second, --split,
 * --label x.
 * Writes bench/results/trafficking-blind-<label>.md and its misses next to it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { isScale } from '../seeds/scale.js';
import type { RangeProfile } from '../seeds/typologies/ranges.js';
import { NO_DUPLICATES } from '../src/network/duplicate-records.js';
import { networkSettingsOf } from '../src/network/group-evidence.js';
import { assembleNetworks } from '../src/network/network.assembly.js';
import { flaggedPurchasers } from '../src/network/purchaser-flags.js';
import { purchaserEvidence } from '../src/network/trafficking.evidence.js';
import { loadRiskConfig } from '../src/risk/risk-config.js';
import { authorOf, BLIND_AUTHORS } from './blind-harness/authors.js';
import { plantInto } from './blind-harness/plant-into.js';
import type { BlindGenerator } from './blind-harness/trafficking.contract.js';
import { score, type Detection, type SeedResult } from './blind/evaluate.js';
import { generatedWorld, tunedSettings } from './traffic-rows.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const r3 = (n: number, d: number) => (d ? (Math.round((n / d) * 1000) / 1000).toString() : '–');

function main() {
  const { values } = parseArgs({
    options: {
      scale: { type: 'string', default: 'M' },
      split: { type: 'string', default: 'heldout' },
      seeds: { type: 'string', default: '4321,8765' },
      cases: { type: 'string', default: '10' },
      'blind-seed': { type: 'string', default: '20261205' },
      label: { type: 'string', default: 'run' },
      author: { type: 'string', default: 'first' },
    },
  });
  const scale = values.scale!.toUpperCase();
  if (!isScale(scale)) throw new Error('--scale must be S, M or L');
  const split = values.split as RangeProfile;
  const seeds = values.seeds!.split(',').map(Number);
  const casesPer = Number(values.cases);
  const blindSeed = Number(values['blind-seed']);
  const generator = authorOf(BLIND_AUTHORS, values.author!);
  const settings = networkSettingsOf(loadRiskConfig());
  const results: SeedResult[] = [];
  for (const seed of seeds) {
    const t0 = Date.now();
    const world = generatedWorld(scale, seed, split);
    const planted = plantInto(world, generator, seed, blindSeed, casesPer);
    const evidence = purchaserEvidence(planted.rows, planted.purchases, settings);
    const tuned = tunedSettings(settings, planted.rows, planted.purchases, evidence);
    const networks = assembleNetworks(evidence, planted.associations, tuned, new Map(), NO_DUPLICATES, planted.purchases);
    const flagged = flaggedPurchasers(evidence, networks);
    const detection = { networks, flagged, evidence } as unknown as Detection;
    const r = score(seed, world, planted.blindRows, planted.cases, detection, generator.prefix);
    results.push(r);
    console.log(
      `[blind] seed ${seed} scale ${scale}: ${planted.cases.length} cases, ${planted.records.length} records, ${planted.blindRows.length} blind recovered purchases; ${networks.length} networks, ${flagged.length} flagged; ${Math.round((Date.now() - t0) / 1000)} s`,
    );
  }
  const md = report(results, generator, { scale, split, seeds, casesPer, blindSeed, author: values.author! });
  const out = path.join(here, 'results');
  mkdirSync(out, { recursive: true });
  writeFileSync(path.join(out, `trafficking-blind-${values.label}.md`), md);
  writeFileSync(
    path.join(out, `trafficking-blind-${values.label}-misses.md`),
    [
      `# Blind evaluation ${values.label}: missed cases and flagged decoys`,
      '',
      ...results.flatMap((r) => [`## Background seed ${r.seed}`, '', ...r.misses]),
    ].join('\n'),
  );
  console.log(md);
}

function report(
  results: SeedResult[],
  generator: BlindGenerator,
  m: { scale: string; split: string; seeds: number[]; casesPer: number; blindSeed: number; author: string },
): string {
  const all = results.flatMap((r) => r.cases);
  const lines = [
    `## Blind trafficking evaluation, scale ${m.scale} (${new Date().toISOString().slice(0, 16)}Z)`,
    '',
    `Background seeds ${m.seeds.join(', ')} (${m.split} ranges); blind generator of the ${m.author} author (${m.author === 'first' ? 'bench/blind/' : 'bench/blind-second/'}) with its own seed ${m.blindSeed}; ${m.casesPer} cases per shape per seed. ` +
      `Detection: the analysis job's rules in memory (config as committed). Load average ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(', ')}.`,
    '',
    'Recall: a network holds at least half of the case’s buyers with a recovered gun, and they are at least half of its buyers (src/analysis/typology-quality.ts). ' +
      'Detectable: 2+ of the case’s guns recovered within 3 years of sale and not reported stolen first. Buyers flagged: buyers with a recovered gun who are flagged or in any network.',
    '',
    '| Shape | Kind | Cases | Recall (all) | Detectable | Recall (detectable) | Buyers flagged | Network labels of hits |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const { name } of generator.shapes) {
    const cs = all.filter((c) => c.truth.typology === name);
    if (cs[0]?.truth.trafficking === false) {
      lines.push(
        `| ${name} | decoy: flagged | ${cs.length} | ${cs.filter((c) => c.hit).length}/${cs.length} = ${r3(cs.filter((c) => c.hit).length, cs.length)} | – | – | – | – |`,
      );
      continue;
    }
    const hits = cs.filter((c) => c.hit).length;
    const det = cs.filter((c) => c.detectable);
    const labels = new Map<string, number>();
    for (const c of cs) if (c.networkTypology) labels.set(c.networkTypology, (labels.get(c.networkTypology) ?? 0) + 1);
    const flagged = cs.reduce((a, c) => a + c.buyersFlagged, 0);
    const evident = cs.reduce((a, c) => a + c.evidentBuyers, 0);
    lines.push(
      `| ${name} | trafficking | ${cs.length} | ${hits}/${cs.length} = ${r3(hits, cs.length)} | ${det.length} | ${det.filter((c) => c.hit).length}/${det.length} = ${r3(det.filter((c) => c.hit).length, det.length)} | ${flagged}/${evident} | ${[...labels].map(([l, n]) => `${l} ${n}`).join(', ') || '–'} |`,
    );
  }
  const traffic = all.filter((c) => c.truth.trafficking);
  const det = traffic.filter((c) => c.detectable);
  const decoys = all.filter((c) => !c.truth.trafficking);
  const touching = results.reduce((a, r) => a + r.touching, 0);
  const touchingTrue = results.reduce((a, r) => a + r.touchingTrue, 0);
  lines.push(
    '',
    `- All trafficking shapes: recall ${traffic.filter((c) => c.hit).length}/${traffic.length} = ${r3(traffic.filter((c) => c.hit).length, traffic.length)}; detectable ${det.filter((c) => c.hit).length}/${det.length} = ${r3(det.filter((c) => c.hit).length, det.length)}`,
    `- Decoys flagged (a buyer, hub or possessor of the decoy flagged or in a network): ${decoys.filter((c) => c.hit).length}/${decoys.length}`,
    `- Network precision over networks with a blind person: ${touchingTrue}/${touching} = ${r3(touchingTrue, touching)} (true: most of its buyers belong to one trafficking case, blind or background)`,
    `- Blind people flagged as purchasers: ${results.reduce((a, r) => a + r.blindFlagged, 0)}`,
    `- Background in the planted world (its own planted cases, for a check that planting did not upset it): ${results
      .map(
        (r) =>
          `seed ${r.seed}: ${r.background.hits}/${r.background.cases} trafficking cases found, networks ${r.background.truePositive}/${r.background.networks} true to the background truth alone`,
      )
      .join('; ')}`,
    '',
  );
  return `${lines.join('\n')}\n`;
}

main();
