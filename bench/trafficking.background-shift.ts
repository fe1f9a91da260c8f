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
 * - `metro`: as `border`, but each dealer's crossing guns all go to one city of one other state (a
 *   store on a metro area's state line): a steady stream to one distant market, which the scan per
 *   destination (src/network/market-clusters.ts) must not read as a campaign.
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
import { networkSettingsOf } from '../src/network/group-evidence.js';
import { loadRiskConfig } from '../src/risk/risk-config.js';
import { overrides } from './traffic-rows.js';
import { acrossStateLines, fasterToCrime, tracedOnly, withoutPossessors } from './background-shift.transform.js';
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
const seeds = values.seeds.split(',').map(Number);
const unchanged: BackgroundTransform = (rows) => ({ rows, changed: 0 });
const faster: BackgroundTransform = (rows, planted) => fasterToCrime(rows, planted, factor);
const border: BackgroundTransform = (rows, planted, seed) => acrossStateLines(rows, planted, seed, factor);
const metro: BackgroundTransform = (rows, planted, seed) => acrossStateLines(rows, planted, seed, factor, true);
const unrecorded: BackgroundTransform = (rows, _planted, seed) => withoutPossessors(rows, seed, factor);
if (values.mode === 'traced-only') runStress('traced-only', scale, seeds, settings, unchanged, { purchases: tracedOnly });
else if (values.mode === 'no-associations') runStress('no-associations', scale, seeds, settings, unchanged, { associations: () => [] });
else if (values.mode === 'no-possessors') runStress(`no-possessors ${factor}`, scale, seeds, settings, unrecorded);
else runStress(`${values.mode} ${factor}`, scale, seeds, settings, values.mode === 'border' ? border : values.mode === 'metro' ? metro : faster);
