/**
 * The first blind author's cases: every typology and decoy `casesPer` times, from a PRNG seeded by
 * the blind seed and the background seed (never by the background's own generator).
 */
import type { GraphRecord } from '../../src/import/record.types.js';
import type { BlindGenerator } from '../blind-harness/trafficking.contract.js';
import { collector, dealerTheft, family, lawfulOneStolen, rangeOrSecurity, residenceBurglary } from './decoys.js';
import { Planter, Rng } from './kit.js';
import { familyRing, loneProlificBuyer, prohibitedPartner, receiverHub, stashHouse, unlicensedDealer } from './solo-and-hubs.js';
import { recruiterOneTimeBuyers, slowMultiYearRing, storeHoppers, strawRingNoTies, strawRingWithBroker } from './straw-rings.js';

/** Every shape, trafficking first; the name is the case's typology label. */
export const SHAPES: Array<[string, (p: Planter) => void]> = [
  ['BLIND_STRAW_RING_BROKER', strawRingWithBroker],
  ['BLIND_STRAW_RING_NO_TIES', strawRingNoTies],
  ['BLIND_RECRUITER_ONE_TIME', recruiterOneTimeBuyers],
  ['BLIND_LONE_PROLIFIC', loneProlificBuyer],
  ['BLIND_RECEIVER_HUB', receiverHub],
  ['BLIND_UNLICENSED_DEALER', unlicensedDealer],
  ['BLIND_STORE_HOPPERS', storeHoppers],
  ['BLIND_SLOW_MULTIYEAR_RING', slowMultiYearRing],
  ['BLIND_STASH_HOUSE', stashHouse],
  ['BLIND_FAMILY_RING', familyRing],
  ['BLIND_PROHIBITED_PARTNER', prohibitedPartner],
  ['DECOY_COLLECTOR', collector],
  ['DECOY_FAMILY', family],
  ['DECOY_RESIDENCE_BURGLARY', residenceBurglary],
  ['DECOY_DEALER_THEFT', dealerTheft],
  ['DECOY_RANGE_SECURITY', rangeOrSecurity],
  ['DECOY_LAWFUL_ONE_STOLEN', lawfulOneStolen],
];

export const PREFIX = 'BL';

/** The first blind author's generator (bench/blind-harness/trafficking.contract.ts). */
export const FIRST_BLIND: BlindGenerator = {
  prefix: PREFIX,
  // Its own consistency check below, not the importer's: four of its theft reports fall after the
  // day the bench runs, which the importer refuses and the in-memory rows never read.
  importChecked: false,
  shapes: SHAPES.map(([name]) => ({ name, trafficking: !name.startsWith('DECOY_') })),
  plant(bg, backgroundSeed, blindSeed, casesPer) {
    // Shapes interleaved so no shape always gets the first draws of the stream.
    const p = new Planter(new Rng(blindSeed, `blind/${backgroundSeed}`), bg, `${PREFIX}-${backgroundSeed}`);
    for (let i = 0; i < casesPer; i++) for (const [, shape] of SHAPES) shape(p);
    const records = p.finish();
    check(records);
    return { records, cases: p.cases };
  },
};

/** The generator's own consistency: sale ≤ recovery, buyers 21+ at each handgun sale, theft reported after it happened. */
function check(records: GraphRecord[]): void {
  const born = new Map<string, string>();
  const sold = new Map<string, string>();
  for (const r of records) {
    if (r.type === 'person') born.set(r.id, r.dateOfBirth);
    if (r.type === 'sale') sold.set(r.firearmId, r.soldOn);
  }
  for (const r of records) {
    if (r.type === 'sale') {
      const dob = born.get(r.purchaserId)!;
      const age = (Date.parse(r.soldOn) - Date.parse(dob)) / (365.25 * 86_400_000);
      if (age < 21) throw new Error(`blind generator: buyer ${r.purchaserId} is ${age.toFixed(1)} at sale ${r.id}`);
    }
    if (r.type === 'recovery' && sold.has(r.firearmId) && sold.get(r.firearmId)! > r.recoveredOn)
      throw new Error(`blind generator: recovery ${r.id} before its sale`);
    if (r.type === 'theft' && r.reportedAt.slice(0, 10) < r.occurredOn) throw new Error(`blind generator: theft ${r.id} reported before it happened`);
  }
}
