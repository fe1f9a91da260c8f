/**
 * The dealer-risk and network settings of config/risk-weights.json with `--set weights.X=0.1`
 * style overrides applied to a copy, validated like the file: the benches compare variants of the
 * settings without editing the file.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseRiskConfig, type RiskConfig } from '../src/risk/risk-config.js';
import { overrides } from './traffic-rows.js';

const here = path.dirname(fileURLToPath(import.meta.url));

export function configWith(sets: string[] | undefined): RiskConfig {
  const raw = JSON.parse(readFileSync(path.join(here, '..', 'config', 'risk-weights.json'), 'utf8')) as Record<string, unknown>;
  for (const [key, value] of Object.entries(overrides(sets))) {
    const parts = key.split('.');
    let node = raw as Record<string, unknown>;
    for (const p of parts.slice(0, -1)) node = node[p] as Record<string, unknown>;
    node[parts.at(-1)!] = value;
  }
  return parseRiskConfig(raw);
}
