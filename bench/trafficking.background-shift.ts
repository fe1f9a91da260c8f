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
 * - `traced-only`: the data holds a sale record only for guns that were recovered and traced (as
 *   when a centre's sales come from eTrace results alone, with no multiple-sale reports or dealer
 *   records of guns never recovered); recoveries unchanged. `factor` is unused.
 * - `no-associations`: no association record at all (a centre without gang or field-contact files):
 *   every linked ring must be found from its guns alone. `factor` is unused.
 * - `no-possessors`: a share `factor` of ALL recoveries (planted ones too) lose their possessor
 *   and its residence (agencies that record none).
 */
import { parseArgs } from 'node:util';
import { isScale } from '../seeds/scale.js';
import { seededRandom } from '../src/network/association-null.js';
import { networkSettingsOf } from '../src/network/group-evidence.js';
import type { RecoveredPurchase } from '../src/network/trafficking.evidence.js';
import { loadRiskConfig } from '../src/risk/risk-config.js';
import { overrides } from './traffic-rows.js';
import { runStress, type BackgroundTransform, type DataRegime } from './trafficking.stress-eval.js';

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

/** Keeps, for each buyer, dealer and day, as many sale records as recovered guns. */
const tracedOnly: DataRegime['purchases'] = (purchases, rows) => {
  const key = (x: { purchaserId: string; dealerLicense: string; soldOn: string }) => `${x.purchaserId}|${x.dealerLicense}|${x.soldOn.slice(0, 10)}`;
  const left = new Map<string, number>();
  for (const r of rows) left.set(key(r), (left.get(key(r)) ?? 0) + 1);
  return purchases.filter((p) => {
    const n = left.get(key(p)) ?? 0;
    if (n > 0) left.set(key(p), n - 1);
    return n > 0;
  });
};

const seeds = values.seeds.split(',').map(Number);
const unchanged: BackgroundTransform = (rows) => ({ rows, changed: 0 });
const withoutPossessors: BackgroundTransform = (rows, _planted, seed) => {
  const random = seededRandom(seed * 17 + 3);
  let changed = 0;
  const out = rows.map((r): RecoveredPurchase => {
    if (r.possessorId === null || random() >= factor) return r;
    changed += 1;
    return { ...r, possessorId: null, possessorResidence: null };
  });
  return { rows: out, changed };
};
if (values.mode === 'traced-only') runStress('traced-only', scale, seeds, settings, unchanged, { purchases: tracedOnly });
else if (values.mode === 'no-associations') runStress('no-associations', scale, seeds, settings, unchanged, { associations: () => [] });
else if (values.mode === 'no-possessors') runStress(`no-possessors ${factor}`, scale, seeds, settings, withoutPossessors);
else runStress(`${values.mode} ${factor}`, scale, seeds, settings, values.mode === 'border' ? acrossStateLines : faster);
