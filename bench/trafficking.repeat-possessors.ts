/**
 * Repeat possessors, a pattern the generator never writes (`npx tsx
 * bench/trafficking.repeat-possessors.ts --seeds 4321,8765 --share 0.1`): in the generator every
 * background crime gun is recovered from a new person, while in real recoveries a few people are
 * found with guns again and again (prohibited persons, gang members, one seizure of several guns).
 * This reassigns a share of the background recoveries that have a possessor other than the buyer
 * to repeat possessors (drawn in the recovering state, Zipf-weighted so a few hold many), then runs
 * the network rules and prints network precision, the false networks by label and the planted
 * cases still found. Tuning data only: the rows are those of bench/trafficking.memory.ts
 * (held-out ranges, tuning seeds).
 */
import { parseArgs } from 'node:util';
import { isScale } from '../seeds/scale.js';
import { networkSettingsOf } from '../src/network/group-evidence.js';
import { loadRiskConfig } from '../src/risk/risk-config.js';
import { withRepeatPossessors } from './repeat-possessors.transform.js';
import { overrides } from './traffic-rows.js';
import { runStress } from './trafficking.stress-eval.js';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: 'M' },
    seeds: { type: 'string' },
    share: { type: 'string', default: '0.1' },
    guns: { type: 'string', default: '3' },
    'new-weight': { type: 'string', default: '1' },
    // possessors: the guns go to repeat possessors; residences: each gun keeps its own possessor,
    // but the possessor is recorded at a shared building (an apartment block without unit numbers).
    mode: { type: 'string', default: 'possessors' },
    set: { type: 'string', multiple: true },
  },
});
const scale = values.scale!.toUpperCase();
if (!isScale(scale) || !values.seeds) throw new Error('--scale S|M|L and --seeds a,b are required');
const settings = { ...networkSettingsOf(loadRiskConfig()), ...overrides(values.set) };
const share = Number(values.share);
const meanGuns = Number(values.guns);
// How much likelier a gun recovered within 3 years of its sale is to go to a repeat possessor than
// an older one (1: no difference, the null's assumption; larger: repeat possessors carry newer guns).
const newWeight = Number(values['new-weight']);

runStress(`${values.mode} share ${share}`, scale, values.seeds.split(',').map(Number), settings, (rows, planted, seed) => {
  const { rows: moved, moved: changed } =
    share > 0 ? withRepeatPossessors(rows, planted, seed, { share, meanGuns, newWeight, residences: values.mode === 'residences' }) : { rows, moved: 0 };
  return { rows: moved, changed };
});
