/**
 * Reading of a recorded blind run (after it is recorded, never before): per shape, the mean value,
 * percentile and contribution of each indicator of the planted dealers, the score needed to reach
 * the top 2K, and the full explanation of one dealer per shape. Reads the inputs cached by
 * bench/dealer-risk.blind.ts and scores them again with the job's own scoring (same ranks).
 *
 * Usage: npx tsx bench/blind-dealers/explain.ts .data/dealer-blind/<file>.json [...]
 */
import { readFileSync } from 'node:fs';
import { scoreDealerRiskInputs, type DealerRiskInputs } from '../../src/risk/dealer-risk.job.js';
import { loadRiskConfig } from '../../src/risk/risk-config.js';
import type { PlantedDealer } from './kit.js';

const r2 = (v: number) => Math.round(v * 100) / 100;

for (const file of process.argv.slice(2)) {
  const c = JSON.parse(readFileSync(file, 'utf8')) as { inputs: DealerRiskInputs; planted: PlantedDealer[] };
  const scored = scoreDealerRiskInputs(c.inputs, loadRiskConfig()).scored;
  const k = c.planted.filter((d) => d.bad).length;
  const by = new Map(scored.map((s) => [s.license, s]));
  console.log(`\n# ${file}: score at rank ${2 * k} (top 2K cut) = ${r2(scored[2 * k - 1]!.score)}, rank 1 = ${r2(scored[0]!.score)}`);
  const top = scored.slice(0, 2 * k);
  const keys = scored[0]!.indicators.map((i) => i.key);
  const mean = (ds: typeof scored, key: string, f: 'value' | 'percentile' | 'contribution') => {
    const xs = ds.map((d) => d.indicators.find((i) => i.key === key)![f]).filter((x): x is number => x !== null);
    return xs.length ? r2(xs.reduce((a, b) => a + b, 0) / xs.length) : '–';
  };
  const shapes = [...new Set(c.planted.map((d) => d.shape))];
  console.log(`| indicator | top 2K (value/pct/contrib) | ${shapes.join(' | ')} |`);
  for (const key of keys) {
    const cells = shapes.map((s) => {
      const ds = c.planted.filter((d) => d.shape === s).map((d) => by.get(d.license)!);
      return `${mean(ds, key, 'value')}/${mean(ds, key, 'percentile')}/${mean(ds, key, 'contribution')}`;
    });
    console.log(`| ${key} | ${mean(top, key, 'value')}/${mean(top, key, 'percentile')}/${mean(top, key, 'contribution')} | ${cells.join(' | ')} |`);
  }
  for (const s of shapes) {
    const d = c.planted.find((x) => x.shape === s)!;
    const sd = by.get(d.license)!;
    console.log(`\n## ${s} ${d.license} rank ${sd.rank} score ${r2(sd.score)} peers ${sd.peerGroup} (${sd.peerCount})`);
    for (const i of sd.indicators)
      console.log(`  ${i.key}: value ${i.value} pct ${r2(i.percentile)} w ${i.weight} contrib ${r2(i.contribution)} — ${i.detail}`);
  }
}
