import { createWriteStream, statSync } from 'node:fs';
import { once } from 'node:events';
import { createSeedGeneration } from '../seeds/generate.js';
import type { Scale } from '../seeds/manifest.js';

/** Writes the generated seed (scale, seed) as one NDJSON import file: what a user would hand `npm run import`. */
export async function writeSeedFile(scale: Scale, seed: number, file: string): Promise<{ records: number; seconds: number; mebibytes: number }> {
  const started = performance.now();
  const out = createWriteStream(file);
  let records = 0;
  for (const batch of createSeedGeneration(scale, seed).batches()) {
    records += batch.records.length;
    if (!out.write(batch.records.map((r) => JSON.stringify(r)).join('\n') + '\n')) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return { records, seconds: (performance.now() - started) / 1000, mebibytes: Math.round(statSync(file).size / 2 ** 20) };
}
