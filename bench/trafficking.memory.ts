/**
 * Network and purchaser detection evaluated without a database (`npm run bench:trafficking:memory`):
 * generates each seed's records in memory, builds exactly the rows cypher/network/recovered-purchases,
 * purchases-of and associates-of read (sale → recovery of the same gun, possessor, states,
 * time-to-crime, multiple-sale flag, theft reports between sale and recovery, associations), and runs the same evidence rules and
 * network assembly as the analysis job (src/network/). Cheap enough for scale M on this shared
 * machine; dealer ranks need the database (bench/trafficking.eval.ts).
 *
 * Splits as in bench/trafficking.eval.ts: tuning seeds with tuning ranges, held-out seeds with
 * held-out ranges. Options: --scale S|M, --split tuning|heldout, --seeds a,b,c (or `pool`: every M seed
 * of the held-out sets already run, TUNING_POOL_M), --set key=value (a network
 * setting tried against the config's), --label x (suffix of the output file).
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { isScale } from '../seeds/scale.js';
import type { RangeProfile } from '../seeds/typologies/ranges.js';
import { evaluateCases, plantedRings } from '../src/analysis/typology-quality.js';
import { NO_DUPLICATES } from '../src/network/duplicate-records.js';
import { assembleNetworks } from '../src/network/network.assembly.js';
import { flaggedPurchasers } from '../src/network/purchaser-flags.js';
import { purchaserEvidence } from '../src/network/trafficking.evidence.js';
import { networkSettingsOf } from '../src/network/group-evidence.js';
import { loadRiskConfig } from '../src/risk/risk-config.js';
import { generatedWorld, overrides, tunedSettings } from './traffic-rows.js';
import { loadAverage, summarise, toMarkdown, type SeedRun } from './trafficking.report.js';
import { HELD_OUT_SEEDS, splitNote, TUNING_POOL_M, TUNING_SEEDS } from './trafficking.seeds.js';

const here = path.dirname(fileURLToPath(import.meta.url));

function main() {
  const loadAtStart = loadAverage();
  const { values } = parseArgs({
    options: {
      scale: { type: 'string', default: 'S' },
      split: { type: 'string', default: 'heldout' },
      seeds: { type: 'string' },
      set: { type: 'string', multiple: true },
      label: { type: 'string' },
    },
  });
  const scale = values.scale!.toUpperCase();
  if (!isScale(scale)) throw new Error('--scale must be S, M or L');
  const split = values.split as RangeProfile;
  const seeds = values.seeds === 'pool' ? TUNING_POOL_M : (values.seeds?.split(',').map(Number) ?? (split === 'tuning' ? TUNING_SEEDS : HELD_OUT_SEEDS));
  const settings = { ...networkSettingsOf(loadRiskConfig()), ...overrides(values.set) };
  const runs: SeedRun[] = [];
  const steps: string[] = [];
  for (const seed of seeds) {
    const t0 = Date.now();
    const { rows, purchases, associations, manifest: m } = generatedWorld(scale, seed, split);
    const t1 = Date.now();
    const evidence = purchaserEvidence(rows, purchases, settings);
    const t2 = Date.now();
    const networks = assembleNetworks(evidence, associations, tunedSettings(settings, rows, purchases, evidence), new Map(), NO_DUPLICATES, purchases);
    const t3 = Date.now();
    const flagged = flaggedPurchasers(evidence, networks);
    const ms = Date.now() - t1;
    steps.push(
      `seed ${seed}: evidence ${t2 - t1} ms, networks ${t3 - t2} ms, flags ${Date.now() - t3} ms (${rows.length} recovered purchases, ${purchases.length} purchases)`,
    );
    const cases = evaluateCases(
      m.typologies,
      plantedRings(m),
      networks.map((n) => ({ id: n.id, typology: n.typology, corridor: n.corridor, members: n.members })),
      flagged.map((f) => f.personId),
    );
    runs.push({ split, seed, scale, analysisMs: ms, evaluation: { ...cases, badDealers: [], topConsidered: 0, badInTop2K: 0, badInTopK: 0 } });
    console.log(
      `[memory] ${split} seed ${seed} scale ${scale}: ${networks.length} networks (${cases.truePositiveNetworks} true), ${flagged.length} flagged; rules ${ms} ms; ${Math.round((Date.now() - t0) / 1000)} s`,
    );
  }
  const md = toMarkdown(summarise(runs), {
    scale,
    load: loadAverage(),
    loadAtStart,
    seedsOverridden: values.seeds !== undefined,
    date: new Date().toISOString(),
  })
    .replace('## Trafficking detection', '## Trafficking detection in memory (networks and flags only; no dealer ranks)')
    .replace(/- Planted bad dealers.*\n- Ranks.*\n/g, '')
    .replace(/- Slowest analysis job/g, '- Slowest run of the rules (in memory, without reading the graph)')
    .replace(/(\n### )/, `\n${splitNote(scale, seeds)}\n$1`)
    .concat(`\nRule steps in memory (load ${os.loadavg()[0]!.toFixed(1)} at the end): ${steps.join('; ')}\n`);
  const out = path.join(here, 'results');
  mkdirSync(out, { recursive: true });
  // A long seed list is named by its ends and size: a file name has at most 255 bytes.
  const seedTag = seeds.length > 8 ? `${seeds[0]}-to-${seeds.at(-1)}-${seeds.length}-seeds` : seeds.join('-');
  const tag = `${scale}-${split}${values.seeds ? `-seeds-${seedTag}` : ''}${values.label ? `-${values.label}` : ''}`;
  writeFileSync(path.join(out, `trafficking-memory-${tag}.md`), md);
  console.log(md);
}

main();
