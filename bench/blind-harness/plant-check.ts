/**
 * Plants one blind author's cases into one background world and says what it planted, without
 * running any detection: per shape, cases, people, guns bought and guns police recovered, and
 * every record the importer would refuse. For writing a blind generator without seeing how the
 * rules judge it.
 *
 *   npx tsx bench/blind-harness/plant-check.ts --author second --scale M --seed 5397 --cases 3
 *
 * Scale M is the scale the evaluation runs at (a small world has too few dealers for many cases); a
 * world generated once is cached in .data/traffic-rows/, so the seeds already used load in seconds.
 */
import { parseArgs } from 'node:util';
import { isScale } from '../../seeds/scale.js';
import { generatedWorld } from '../traffic-rows.js';
import { authorOf, BLIND_AUTHORS } from './authors.js';
import { refusedRecords, withPlanting } from './plant-into.js';
import { backgroundOf } from './trafficking.contract.js';

const { values } = parseArgs({
  options: {
    author: { type: 'string', default: 'second' },
    scale: { type: 'string', default: 'M' },
    seed: { type: 'string', default: '5397' },
    cases: { type: 'string', default: '3' },
    'blind-seed': { type: 'string', default: '1' },
  },
});
const scale = values.scale!.toUpperCase();
if (!isScale(scale)) throw new Error('--scale must be S, M or L');
const generator = authorOf(BLIND_AUTHORS, values.author!);
const seed = Number(values.seed);
const world = generatedWorld(scale, seed, 'heldout');
const bg = backgroundOf(world);
console.log(
  `background ${scale} ${seed}: ${[...bg.allDealersByState.values()].flat().length} dealers (${[...bg.dealersByState.values()].flat().length} busy) in ${bg.allDealersByState.size} states, ` +
    `recoveries from day ${bg.firstRecovery} to ${bg.lastRecovery}`,
);
const planting = generator.plant(bg, seed, Number(values['blind-seed']), Number(values.cases));
const { records, cases } = planting;
const refused = refusedRecords(records, generator.prefix);
console.log(`${records.length} records, ${cases.length} cases; refused by the importer's rules: ${refused.length}`);
for (const p of refused.slice(0, 40)) console.log(`  ${p}`);
for (const { name, trafficking } of generator.shapes) {
  const cs = cases.filter((c) => c.typology === name);
  const sum = (f: (c: (typeof cs)[number]) => number) => cs.reduce((a, c) => a + f(c), 0);
  console.log(
    `${trafficking ? 'trafficking' : 'look-alike '} ${name}: ${cs.length} cases, ${sum((c) => c.buyerIds.length)} buyers, ${sum((c) => c.hubIds.length)} hubs, ` +
      `${sum((c) => c.firearmIds.length)} guns, ${sum((c) => c.recoveredFirearmIds.length)} recovered`,
  );
}
const planted = withPlanting(world, planting);
console.log(
  `rows the job would read: ${planted.blindRows.length} recovered purchases of planted guns, ${planted.purchases.length - world.purchases.length} planted purchases`,
);
