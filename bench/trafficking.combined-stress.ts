/**
 * Every background shift the generator never writes, at once (`npx tsx
 * bench/trafficking.combined-stress.ts --seeds 4321,8765 --mix moderate`): real data does not
 * change one thing at a time, and each rule's null was checked against one shift alone. Applied in
 * this order, each on its own random stream: crime guns reach crime faster (time-to-crime ×
 * `ttc`), in-state recoveries cross a state line without a possessor (`border`), background buyers
 * merged into lawful repeat buyers (`buyers` of them, `buyerSales` buyers' sales each), background
 * recoveries handed to repeat possessors (`possessors`, about three guns each), possessors not
 * recorded for any recovery, planted ones too (`unrecorded`), and random contact records added
 * among people of no planted case (`contacts` × the generated count). Then the network rules,
 * precision, flags, the false networks by label and the planted cases found with two or more guns
 * recovered (bench/trafficking.stress-eval.ts). `--set key=value` changes one shift of the mix,
 * `--rule key=value` one network setting.
 */
import { parseArgs } from 'node:util';
import { isScale } from '../seeds/scale.js';
import { networkSettingsOf } from '../src/network/group-evidence.js';
import { loadRiskConfig } from '../src/risk/risk-config.js';
import { acrossStateLines, denserContacts, fasterToCrime, withoutPossessors } from './background-shift.transform.js';
import { withRepeatBuyers } from './repeat-buyers.transform.js';
import { withRepeatPossessors } from './repeat-possessors.transform.js';
import { overrides } from './traffic-rows.js';
import { runStress } from './trafficking.stress-eval.js';

/** Strength of each shift: `moderate` is a plausible city, `heavy` every shift at about the strongest its own bench ran. */
const MIXES = {
  moderate: { ttc: 0.75, border: 0.1, buyers: 0.1, buyerSales: 3, possessors: 0.1, unrecorded: 0.2, contacts: 2 },
  heavy: { ttc: 0.5, border: 0.2, buyers: 0.3, buyerSales: 5, possessors: 0.2, unrecorded: 0.4, contacts: 4 },
} as const;
type Mix = { -readonly [K in keyof (typeof MIXES)['moderate']]: number };

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: 'M' },
    seeds: { type: 'string' },
    mix: { type: 'string', default: 'moderate' },
    set: { type: 'string', multiple: true },
    // A network setting changed for the run (`--rule holderTieFalseDiscoveryRate=0.05`), as --set in the other benches.
    rule: { type: 'string', multiple: true },
  },
});
const scale = values.scale!.toUpperCase();
if (!isScale(scale) || !values.seeds) throw new Error('--scale S|M|L and --seeds a,b are required');
if (!(values.mix! in MIXES)) throw new Error(`--mix must be one of ${Object.keys(MIXES).join(', ')}`);
const mix: Mix = { ...MIXES[values.mix as keyof typeof MIXES] };
for (const kv of values.set ?? []) {
  const [key, value] = kv.split('=');
  if (!key || !(key in mix) || Number.isNaN(Number(value))) throw new Error(`--set ${kv}: expected one of ${Object.keys(mix).join(', ')}=number`);
  mix[key as keyof Mix] = Number(value);
}
const settings = { ...networkSettingsOf(loadRiskConfig()), ...overrides(values.rule) };
const label = `combined ${values.mix} (${Object.entries(mix)
  .map(([k, v]) => `${k} ${v}`)
  .join(', ')})`;

runStress(
  label,
  scale,
  values.seeds.split(',').map(Number),
  settings,
  (rows, planted, seed, purchases) => {
    // Distinct streams: each transform seeds its own generator from the number it is given.
    const fast = fasterToCrime(rows, planted, mix.ttc);
    const crossed = acrossStateLines(fast.rows, planted, seed + 101, mix.border);
    const bought = mix.buyers > 0 ? withRepeatBuyers(crossed.rows, planted, seed + 202, purchases, mix.buyers, mix.buyerSales) : { ...crossed, purchases };
    const held = withRepeatPossessors(bought.rows, planted, seed + 303, { share: mix.possessors, meanGuns: 3, newWeight: 1, residences: false });
    const unrecorded = withoutPossessors(held.rows, seed + 404, mix.unrecorded);
    return {
      rows: unrecorded.rows,
      purchases: bought.purchases,
      changed: fast.changed + crossed.changed + bought.changed + held.moved + unrecorded.changed,
    };
  },
  {
    associations: (associations, planted, seed, purchases) => denserContacts(associations, purchases, planted, seed + 505, mix.contacts),
  },
);
