/**
 * Blind evaluation of dealer risk: bad dealers and look-alikes written without the project's
 * generator or scoring (bench/blind-dealers/ by a first author, bench/blind-dealers-second/ by a second
 * who read neither the scoring nor the first) are planted into the generated background of each
 * seed, loaded into a throwaway Neo4j, and scored by the analysis job's own read and scoring
 * (readDealerRiskInputs, scoreDealerRiskInputs, config/risk-weights.json).
 *
 * Options: --seeds a,b (M backgrounds, held-out ranges by default), --dealers N (planted dealers per
 * shape), --blind-seed n (the blind generator's seed), --label x, --split tuning|heldout,
 * --author first|second, --dry-run (generate and check the planted records only, no Neo4j).
 * Writes bench/results/dealer-risk-blind-<label>.md; caches the job's inputs in .data/dealer-blind/.
 */
import 'reflect-metadata';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { freePort, startLocalNeo4j } from '../neo4j/local-neo4j.js';
import { createSeedGeneration, DEFAULT_BATCH_SIZE } from '../seeds/generate.js';
import { loadBatches } from '../seeds/load.js';
import type { RecordBatch } from '../seeds/record-sink.js';
import type { RangeProfile } from '../seeds/typologies/ranges.js';
import { loadCypher } from '../src/db/cypher.registry.js';
import { createDriver, Gateway } from '../src/db/gateway.js';
import { migrate } from '../src/db/migrate.js';
import { scoreDealerRiskInputs, type DealerRiskInputs } from '../src/risk/dealer-risk.job.js';
import { loadRiskConfig, type RiskConfig } from '../src/risk/risk-config.js';
import { readDealerRiskInputs, traceCountParams } from '../src/risk/risk-run.data.js';
import { authorOf, BLIND_DEALER_AUTHORS } from './blind-harness/authors.js';
import { BackdropCollector, type BlindDealerGenerator, type PlantedDealer } from './blind-harness/dealers.contract.js';
import { configWith } from './risk-settings.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const cacheDir = path.join(here, '..', '.data', 'dealer-blind');
/** The background's own planted bad dealers (as bench/dealer-ranks.ts reads them from the manifest). */
const BACKGROUND_BAD = new Set(['CORRUPT_DEALER', 'DEALER_THEFT_LOSS']);

interface Pooled {
  bad: number;
  badTop: number;
  looks: number;
  looksTop2K: number;
  looksTop5: number;
  /** Every planted bad dealer of the graphs (blind and background), and how many of them are in the top 2K of that K. */
  kAll: number;
  allTop: number;
  blindAllTop: number;
  looksAllTop: number;
}

interface Cached {
  inputs: DealerRiskInputs;
  planted: PlantedDealer[];
  backgroundBad: string[];
}

async function loadSeed(
  plantDealers: BlindDealerGenerator,
  seed: number,
  split: RangeProfile,
  blindSeed: number,
  perShape: number,
  dryRun: boolean,
): Promise<Cached | null> {
  const generation = createSeedGeneration('M', seed, DEFAULT_BATCH_SIZE, split);
  const collector = new BackdropCollector();
  let planted: PlantedDealer[] = [];
  const batches = function* (): Generator<RecordBatch> {
    for (const b of generation.batches()) {
      for (const r of b.records) collector.observe(r);
      yield b;
    }
    const p = plantDealers(collector.backdrop(), seed, blindSeed, perShape);
    planted = p.dealers;
    console.log(`[blind] seed ${seed}: ${p.recordCount} planted records for ${p.dealers.length} dealers, all valid`);
    for (const b of p.batches)
      for (let i = 0; i < b.records.length; i += DEFAULT_BATCH_SIZE) yield { type: b.type, records: b.records.slice(i, i + DEFAULT_BATCH_SIZE) };
  };
  if (dryRun) {
    for (const _ of batches());
    for (const d of planted) console.log(d.shape, d.license, JSON.stringify(d.params));
    return null;
  }
  loadCypher();
  const home = mkdtempSync(path.join(os.tmpdir(), 'crimegun-dealer-blind-'));
  const local = await startLocalNeo4j({ home, port: await freePort(), password: 'blind-password-1', heap: '2g', pagecache: '1g' });
  const gateway = new Gateway(createDriver(local.uri, 'neo4j', 'blind-password-1'), { database: 'neo4j', txTimeoutMs: 600_000 });
  try {
    await migrate(gateway);
    await loadBatches(gateway, batches());
    const inputs = await readDealerRiskInputs(gateway, traceCountParams(loadRiskConfig().thresholds, new Date().toISOString()), {
      operation: 'dealer-risk-blind',
    });
    const manifest = generation.manifest();
    const backgroundBad = [...manifest.rogueDealers, ...manifest.typologies.filter((c) => BACKGROUND_BAD.has(c.typology)).flatMap((c) => c.dealerLicenses)];
    return { inputs, planted, backgroundBad };
  } finally {
    await gateway.close();
    await local.stop();
    rmSync(home, { recursive: true, force: true });
  }
}

const shapesOf = (ds: PlantedDealer[]) => [...new Set(ds.map((d) => d.shape))];

function report(seed: number, c: Cached, lines: string[], pooled: Pooled, config: RiskConfig) {
  const scored = scoreDealerRiskInputs(c.inputs, config).scored;
  const rank = new Map(scored.map((s) => [s.license, s.rank]));
  const n = scored.length;
  const bad = c.planted.filter((d) => d.bad);
  const looks = c.planted.filter((d) => !d.bad);
  const k = bad.length;
  const rankOf = (d: PlantedDealer) => rank.get(d.license) ?? Infinity;
  const badTop = bad.filter((d) => rankOf(d) <= 2 * k).length;
  const looksTop2K = looks.filter((d) => rankOf(d) <= 2 * k).length;
  const looksTop5 = looks.filter((d) => rankOf(d) <= Math.ceil(0.05 * n)).length;
  const bgTop = c.backgroundBad.filter((l) => (rank.get(l) ?? Infinity) <= 2 * k).length;
  // The issue's measure counts every planted bad dealer of the graph (K = the number planted): the
  // background's own and the blind ones compete for the same places.
  const kAll = k + c.backgroundBad.length;
  const allTop = bad.filter((d) => rankOf(d) <= 2 * kAll).length;
  const bgAllTop = c.backgroundBad.filter((l) => (rank.get(l) ?? Infinity) <= 2 * kAll).length;
  const looksAllTop = looks.filter((d) => rankOf(d) <= 2 * kAll).length;
  Object.assign(pooled, {
    bad: pooled.bad + k,
    badTop: pooled.badTop + badTop,
    kAll: pooled.kAll + kAll,
    allTop: pooled.allTop + allTop + bgAllTop,
    blindAllTop: pooled.blindAllTop + allTop,
    looksAllTop: pooled.looksAllTop + looksAllTop,
    looks: pooled.looks + looks.length,
    looksTop2K: pooled.looksTop2K + looksTop2K,
    looksTop5: pooled.looksTop5 + looksTop5,
  });
  lines.push(`### Background M ${seed}: ${n} dealers, K = ${k} planted bad, 2K = ${2 * k}, top 5% = ${Math.ceil(0.05 * n)}`, '');
  lines.push(
    `Planted bad dealers in the top 2K: **${badTop}/${k}**; look-alikes in the top 2K: **${looksTop2K}/${looks.length}**, in the top 5%: **${looksTop5}/${looks.length}**.`,
  );
  lines.push(`(The background's own planted bad dealers in the same top 2K: ${bgTop} of ${c.backgroundBad.length}.)`, '');
  lines.push(
    `Every planted bad dealer counted (K = ${kAll}, 2K = ${2 * kAll}): **${allTop + bgAllTop}/${kAll}** in the top 2K (blind ${allTop}/${k}, background ${bgAllTop}/${c.backgroundBad.length}); look-alikes there ${looksAllTop}/${looks.length}.`,
    '',
  );
  lines.push('| Shape | bad? | ranks (of all dealers) |', '|---|---|---|');
  for (const shape of shapesOf(c.planted)) {
    const ds = c.planted.filter((d) => d.shape === shape);
    lines.push(`| ${shape} | ${ds[0]!.bad ? 'bad' : 'look-alike'} | ${ds.map((d) => rankOf(d)).join(', ')} |`);
  }
  lines.push(
    '',
    '<details><summary>Planted dealers and their drawn parameters</summary>',
    '',
    '| Shape | License | Rank | Score | Parameters |',
    '|---|---|---|---|---|',
  );
  const scoreOf = new Map(scored.map((s) => [s.license, s.score]));
  for (const d of c.planted)
    lines.push(
      `| ${d.shape} | ${d.license} | ${rankOf(d)} | ${scoreOf.get(d.license) ?? '–'} | ${Object.entries(d.params)
        .map(([a, b]) => `${a} ${b}`)
        .join(', ')} |`,
    );
  lines.push('', '</details>', '');
}

async function main() {
  const { values } = parseArgs({
    options: {
      seeds: { type: 'string', default: '4321,8765' },
      dealers: { type: 'string', default: '4' },
      'blind-seed': { type: 'string', default: '20261205' },
      label: { type: 'string', default: 'run' },
      split: { type: 'string', default: 'heldout' },
      'dry-run': { type: 'boolean', default: false },
      author: { type: 'string', default: 'first' },
      set: { type: 'string', multiple: true },
    },
  });
  const author = values.author!;
  const plantDealers = authorOf(BLIND_DEALER_AUTHORS, author);
  const seeds = values.seeds!.split(',').filter(Boolean).map(Number);
  const perShape = Number(values.dealers);
  const blindSeed = Number(values['blind-seed']);
  const split = values.split as RangeProfile;
  const config = configWith(values.set);
  const started = new Date().toISOString().slice(0, 16);
  const lines = [`## Dealer risk, blind evaluation ${values.label} (${started}Z)`, ''];
  lines.push(
    `Backgrounds: M ${seeds.join('/')} (${split} ranges); blind dealers of the ${author} author, blind seed ${blindSeed}; ${perShape} dealers per shape; settings config/risk-weights.json${values.set?.length ? ` with ${values.set.join(', ')}` : ''}.`,
    '',
  );
  const pooled: Pooled = { bad: 0, badTop: 0, looks: 0, looksTop2K: 0, looksTop5: 0, kAll: 0, allTop: 0, blindAllTop: 0, looksAllTop: 0 };
  for (const seed of seeds) {
    const file = path.join(cacheDir, `M-${split}-${seed}-b${blindSeed}-n${perShape}${author === 'first' ? '' : `-${author}`}.json`);
    let cached: Cached | null = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Cached) : null;
    // A cache written before the inputs carried the repeat-purchaser and stolen-sale counts is read again.
    const current = (c: Cached) =>
      c.inputs.years.every((y) => Array.isArray(y.repeatPurchaserIds)) && c.inputs.sales.every((s) => typeof s.stolenBeforeSale === 'number');
    if (cached && !current(cached)) cached = null;
    if (!cached) {
      cached = await loadSeed(plantDealers, seed, split, blindSeed, perShape, values['dry-run']!);
      if (!cached) continue;
      mkdirSync(cacheDir, { recursive: true });
      writeFileSync(file, JSON.stringify(cached));
    }
    report(seed, cached, lines, pooled, config);
  }
  if (values['dry-run']) return;
  lines.push(
    `**Pooled**: planted bad dealers in the top 2K ${pooled.badTop}/${pooled.bad}; look-alikes in the top 2K ${pooled.looksTop2K}/${pooled.looks}, in the top 5% ${pooled.looksTop5}/${pooled.looks}.`,
    '',
    `**Pooled, every planted bad dealer counted** (K = blind + background): ${pooled.allTop}/${pooled.kAll} in the top 2K (blind ${pooled.blindAllTop}/${pooled.bad}); look-alikes there ${pooled.looksAllTop}/${pooled.looks}.`,
  );
  const md = `${lines.join('\n')}\n`;
  console.log(md);
  mkdirSync(path.join(here, 'results'), { recursive: true });
  writeFileSync(path.join(here, 'results', `dealer-risk-blind-${values.label}.md`), md);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
