/**
 * Backgrounds the generator never writes (`npx tsx bench/trafficking.background-shift.ts --seeds
 * 4321,8765 --mode ttc --factor 0.5`), then the network rules and their precision
 * (bench/trafficking.stress-eval.ts). Tuning data only (held-out ranges, tuning seeds).
 * - `ttc`: every background crime gun reaches crime `factor` times as fast (0.5: half the
 *   time-to-crime), so far more of them fall inside ATF's 3-year indicator: a market where crime
 *   guns are new, as in cities supplied mostly by recent out-of-state purchases.
 * - `border`: a share `factor` of the background recoveries made in the state of sale move across a
 *   state line and lose their possessor (metro areas spanning states, agencies that record no
 *   possessor): each such gun becomes straw evidence by the out-of-state rule.
 */
import { parseArgs } from 'node:util';
import { isScale } from '../seeds/scale.js';
import { seededRandom } from '../src/network/association-null.js';
import { networkSettingsOf } from '../src/network/group-evidence.js';
import type { RecoveredPurchase } from '../src/network/trafficking.evidence.js';
import { loadRiskConfig } from '../src/risk/risk-config.js';
import { overrides } from './traffic-rows.js';
import { runStress, type BackgroundTransform } from './trafficking.stress-eval.js';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: 'M' },
    seeds: { type: 'string' },
    mode: { type: 'string', default: 'ttc' },
    factor: { type: 'string', default: '0.5' },
    set: { type: 'string', multiple: true },
  },
});
const scale = values.scale!.toUpperCase();
if (!isScale(scale) || !values.seeds) throw new Error('--scale S|M|L and --seeds a,b are required');
const settings = { ...networkSettingsOf(loadRiskConfig()), ...overrides(values.set) };
const factor = Number(values.factor);
const DAY_MS = 86_400_000;
const plusDays = (iso: string, days: number) => new Date(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

const faster: BackgroundTransform = (rows, planted) => {
  let changed = 0;
  const out = rows.map((r): RecoveredPurchase => {
    if (planted.has(r.purchaserId) || (r.possessorId !== null && planted.has(r.possessorId))) return r;
    changed += 1;
    const ttc = Math.round(r.timeToCrimeDays * factor);
    return { ...r, timeToCrimeDays: ttc, recoveredOn: plusDays(r.soldOn, ttc) };
  });
  return { rows: out, changed };
};

const acrossStateLines: BackgroundTransform = (rows, planted, seed) => {
  const random = seededRandom(seed * 13 + 5);
  const states = [...new Set(rows.map((r) => r.recoveredState).filter((s): s is string => s !== null))].sort();
  let changed = 0;
  const out = rows.map((r): RecoveredPurchase => {
    const background = !planted.has(r.purchaserId) && (r.possessorId === null || !planted.has(r.possessorId));
    if (!background || r.recoveredState !== r.dealerState || random() >= factor) return r;
    const others = states.filter((s) => s !== r.recoveredState);
    changed += 1;
    return { ...r, recoveredState: others[Math.floor(random() * others.length)] ?? r.recoveredState, possessorId: null, possessorResidence: null };
  });
  return { rows: out, changed };
};

const transform = values.mode === 'border' ? acrossStateLines : faster;
runStress(`${values.mode} ${factor}`, scale, values.seeds.split(',').map(Number), settings, transform);
