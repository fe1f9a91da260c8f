/**
 * Where the planted bad dealers (rogue, corrupt, covering diversions as losses) rank, for the
 * dealer-risk settings in config/risk-weights.json or variants of them, without re-running the
 * analysis job. Each (scale, ranges, seed) is generated and loaded once into a throwaway Neo4j; the
 * job's raw counts per dealer and the planted bad dealers are cached in .data/dealer-inputs/, then
 * scored in memory (the job's own pure scoring, scoreDealerRiskInputs), so settings can be compared
 * in seconds. The ranks equal the analysis job's on the same graph (same inputs, same function).
 *
 * Options: --scale S|M (default M), --split tuning|heldout (the parameter ranges), --seeds a,b,
 * --set weights.KEY=value (repeatable; a dotted path into the settings), --label text, --regime
 * generated|no-dealer-times (see REGIMES).
 * Prints a table and writes bench/results/dealer-ranks-<scale>-<label>.md.
 */
import 'reflect-metadata';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { freePort, startLocalNeo4j } from '../neo4j/local-neo4j.js';
import { isScale } from '../seeds/scale.js';
import { seedGraph } from '../seeds/seed.js';
import type { RangeProfile } from '../seeds/typologies/ranges.js';
import { loadCypher } from '../src/db/cypher.registry.js';
import { createDriver, Gateway } from '../src/db/gateway.js';
import { migrate } from '../src/db/migrate.js';
import { scoreDealerRiskInputs, type DealerRiskInputs } from '../src/risk/dealer-risk.job.js';
import { loadRiskConfig } from '../src/risk/risk-config.js';
import { readDealerRiskInputs, traceCountParams } from '../src/risk/risk-run.data.js';
import type { GraphRecord } from '../src/import/record.types.js';
import { configWith } from './risk-settings.js';
import { splitNote } from './trafficking.seeds.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const cacheDir = path.join(here, '..', '.data', 'dealer-inputs');
const BAD_KINDS: Record<string, string> = { CORRUPT_DEALER: 'C', DEALER_THEFT_LOSS: 'L' };

/**
 * Data shapes the generator never writes, applied to the records before they are loaded:
 * `no-dealer-times`, traces without the times the dealer was asked and answered (a source that
 * records only the request, the outcome, the dealer and the purchaser).
 */
const REGIMES: Record<string, (r: GraphRecord) => GraphRecord> = {
  'no-dealer-times': (r) => (r.type === 'trace' ? { ...r, dealerRequestedAt: null, dealerRespondedAt: null } : r),
};

interface Cached {
  inputs: DealerRiskInputs;
  bad: Array<{ license: string; kind: string }>;
  /** Burgled dealers that reported at once (DECOY_DEALER_BURGLARY): the evaluation counts one in the top 2K as a false positive. */
  victims: string[];
}

/** A cache written before the inputs carried the dealers' reported losses (before and after the trace) and the victims is read again. */
function usable(file: string): boolean {
  if (!existsSync(file)) return false;
  const cached = JSON.parse(readFileSync(file, 'utf8')) as Partial<Cached>;
  return (
    Array.isArray(cached.victims) &&
    (cached.inputs?.years ?? []).every((y) => typeof y.lossAfterTrace === 'number' && typeof y.lossDays === 'number' && Array.isArray(y.repeatPurchaserIds)) &&
    (cached.inputs?.sales ?? []).every((s) => typeof s.stolenBeforeSale === 'number')
  );
}

async function loadSeeds(scale: 'S' | 'M' | 'L', split: RangeProfile, seeds: number[], regime: string): Promise<void> {
  const missing = seeds.filter((s) => !usable(cacheFile(scale, split, s, regime)));
  if (!missing.length) return;
  loadCypher();
  for (const seed of missing) {
    const home = mkdtempSync(path.join(os.tmpdir(), 'crimegun-dealer-ranks-'));
    const local = await startLocalNeo4j({ home, port: await freePort(), password: 'ranks-password-1', heap: '2g', pagecache: '1g' });
    const gateway = new Gateway(createDriver(local.uri, 'neo4j', 'ranks-password-1'), { database: 'neo4j', txTimeoutMs: 600_000 });
    try {
      await migrate(gateway);
      const { manifest } = await seedGraph(gateway, { scale, seed, ranges: split, mapRecord: REGIMES[regime] });
      const inputs = await readDealerRiskInputs(gateway, traceCountParams(loadRiskConfig().thresholds, new Date().toISOString()), {
        operation: 'dealer-ranks',
      });
      const bad = [
        ...manifest.rogueDealers.map((license) => ({ license, kind: 'R' })),
        ...manifest.typologies.flatMap((c) => (BAD_KINDS[c.typology] ? c.dealerLicenses.map((license) => ({ license, kind: BAD_KINDS[c.typology]! })) : [])),
      ];
      const victims = manifest.typologies.filter((c) => c.typology === 'DECOY_DEALER_BURGLARY').flatMap((c) => c.dealerLicenses);
      mkdirSync(cacheDir, { recursive: true });
      writeFileSync(cacheFile(scale, split, seed, regime), JSON.stringify({ inputs, bad, victims } satisfies Cached));
      console.log(`[ranks] ${scale} ${split} seed ${seed}: ${inputs.dealers.length} dealers, ${bad.length} planted bad dealers cached`);
    } finally {
      await gateway.close();
      await local.stop();
      rmSync(home, { recursive: true, force: true });
    }
  }
}

function cacheFile(scale: string, split: string, seed: number, regime: string): string {
  return path.join(cacheDir, `${scale}-${split}-${seed}${regime === 'generated' ? '' : `-${regime}`}.json`);
}

async function main() {
  const { values } = parseArgs({
    options: {
      scale: { type: 'string', default: 'M' },
      split: { type: 'string', default: 'heldout' },
      seeds: { type: 'string' },
      set: { type: 'string', multiple: true },
      label: { type: 'string', default: 'current' },
      // generated (as the generator writes it) or one of REGIMES.
      regime: { type: 'string', default: 'generated' },
    },
  });
  const scale = values.scale!.toUpperCase();
  if (!isScale(scale)) throw new Error('--scale must be S, M or L');
  const split = values.split as RangeProfile;
  const seeds = (values.seeds ?? '').split(',').filter(Boolean).map(Number);
  if (!seeds.length) throw new Error('--seeds a,b is required');
  const regime = values.regime!;
  if (regime !== 'generated' && !REGIMES[regime]) throw new Error(`--regime must be generated or one of ${Object.keys(REGIMES).join(', ')}`);
  await loadSeeds(scale, split, seeds, regime);
  const config = configWith(values.set);
  const lines = [`## Planted bad dealers' ranks, scale ${scale}, ${split} ranges, seeds ${seeds.join('/')} (${new Date().toISOString().slice(0, 16)}Z)`, ''];
  lines.push(
    splitNote(scale, seeds),
    '',
    `Settings: config/risk-weights.json${values.set?.length ? ` with ${values.set.join(', ')}` : ''}. Data: ${regime}.`,
    '',
  );
  lines.push(
    '| Seed | K | in top 2K | in top K | ranks (R rogue, C corrupt, L losses covering sales) | burgled dealers (victims) in the top 2K |',
    '|---|---|---|---|---|---|',
  );
  let inTop2K = 0;
  let inTopK = 0;
  let all = 0;
  for (const seed of seeds) {
    const cached = JSON.parse(readFileSync(cacheFile(scale, split, seed, regime), 'utf8')) as Cached;
    const rankOf = new Map(scoreDealerRiskInputs(cached.inputs, config).scored.map((s) => [s.license, s.rank]));
    const k = cached.bad.length;
    const ranks = cached.bad.map((b) => ({ ...b, rank: rankOf.get(b.license) ?? Infinity }));
    const top2K = ranks.filter((r) => r.rank <= 2 * k).length;
    const topK = ranks.filter((r) => r.rank <= k).length;
    inTop2K += top2K;
    inTopK += topK;
    all += k;
    const victims =
      cached.victims
        .map((l) => rankOf.get(l) ?? Infinity)
        .filter((r) => r <= 2 * k)
        .join(' ') || 'none';
    lines.push(`| ${seed} | ${k} | ${top2K} | ${topK} | ${ranks.map((r) => `${r.kind}${r.rank}`).join(' ')} | ${victims} |`);
  }
  lines.push('', `In the top 2K: **${inTop2K}/${all} = ${(inTop2K / all).toFixed(3)}** (goal ≥ 0.9); in the top K: ${inTopK}/${all}.`);
  const md = `${lines.join('\n')}\n`;
  console.log(md);
  mkdirSync(path.join(here, 'results'), { recursive: true });
  writeFileSync(path.join(here, 'results', `dealer-ranks-${scale}-${values.label}.md`), md);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
