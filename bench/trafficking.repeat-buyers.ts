/**
 * Repeat buyers, a background the generator never writes (`npx tsx bench/trafficking.repeat-buyers.ts
 * --seeds 4321,8765 --share 0.3 --guns 5`): in the generator every background sale goes to a new
 * person, while real purchasers are concentrated (a few people buy many guns over the years:
 * collectors, shooters, families buying for the household). This moves the sales of a share of the
 * background buyers (all of a buyer's sales together, so a multiple sale stays one) to repeat buyers
 * in the dealer's state, each taking the sales of 1 + a geometric number of buyers (`guns` on average); their
 * crime guns keep their possessors, dates and places. Then the network rules, precision, the false
 * networks by label and the planted cases still found (bench/trafficking.stress-eval.ts). A buyer
 * whose many lawful purchases put several guns in crime by chance is what this tests: the rules
 * must not read him as a straw purchaser. Tuning data: the rows of bench/trafficking.memory.ts
 * (held-out ranges, the seeds given).
 */
import { parseArgs } from 'node:util';
import { isScale } from '../seeds/scale.js';
import { networkSettingsOf } from '../src/network/group-evidence.js';
import { loadRiskConfig } from '../src/risk/risk-config.js';
import { withRepeatBuyers } from './repeat-buyers.transform.js';
import { withRepeatPossessors } from './repeat-possessors.transform.js';
import { overrides } from './traffic-rows.js';
import { runStress } from './trafficking.stress-eval.js';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: 'M' },
    seeds: { type: 'string' },
    share: { type: 'string', default: '0.3' },
    guns: { type: 'string', default: '5' },
    // Also hand this share of the background recoveries to repeat possessors (about three guns
    // each; bench/trafficking.repeat-possessors.ts), so both nulls meet data with both patterns.
    possessors: { type: 'string', default: '0' },
    set: { type: 'string', multiple: true },
  },
});
const scale = values.scale!.toUpperCase();
if (!isScale(scale) || !values.seeds) throw new Error('--scale S|M|L and --seeds a,b are required');
const settings = { ...networkSettingsOf(loadRiskConfig()), ...overrides(values.set) };
const share = Number(values.share);
const meanBuyers = Number(values.guns);

const possessorShare = Number(values.possessors);
const label = `repeat buyers share ${share}, ${meanBuyers} buyers' sales each${possessorShare > 0 ? `, repeat possessors share ${possessorShare}` : ''}`;
runStress(label, scale, values.seeds.split(',').map(Number), settings, (rows, planted, seed, purchases) => {
  const bought = share > 0 ? withRepeatBuyers(rows, planted, seed, purchases, share, meanBuyers) : { rows, purchases, changed: 0 };
  if (possessorShare <= 0) return bought;
  const held = withRepeatPossessors(bought.rows, planted, seed, { share: possessorShare, meanGuns: 3, newWeight: 1, residences: false });
  return { rows: held.rows, purchases: bought.purchases, changed: bought.changed + held.moved };
});
