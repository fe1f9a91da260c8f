/**
 * The second blind author's trafficking-case generator: thirteen trafficking shapes and eight
 * lawful look-alikes, written from public accounts of gun trafficking (see README.md), planted
 * into a background world through the contract of bench/blind-harness/trafficking.contract.ts.
 */
import type { Background, BlindGenerator } from '../blind-harness/trafficking.contract.js';
import { CaseBook } from './case-book.js';
import * as look from './lookalike-shapes.js';
import { Places } from './places.js';
import { Random } from './random.js';
import * as straw from './straw-shapes.js';
import * as theft from './theft-shapes.js';
import * as volume from './volume-shapes.js';

type Plant = (book: CaseBook) => void;

/** Trafficking shapes first, then look-alikes: the order the report lists them and the order of each round. */
const SHAPES: ReadonlyArray<{ name: string; trafficking: boolean; plant: Plant }> = [
  { name: 'B2_BROKERED_STRAW_RING', trafficking: true, plant: straw.brokeredStrawRing },
  { name: 'B2_UNTIED_STRAW_RING', trafficking: true, plant: straw.untiedStrawRing },
  { name: 'B2_RECRUITER_ONE_TIMERS', trafficking: true, plant: straw.recruiterOneTimers },
  { name: 'B2_PARTNER_STRAW', trafficking: true, plant: straw.partnerStraw },
  { name: 'B2_FALSE_THEFT_COVER', trafficking: true, plant: straw.falseTheftCover },
  { name: 'B2_LONE_PROLIFIC_BUYER', trafficking: true, plant: volume.loneProlificBuyer },
  { name: 'B2_PIPELINE_COURIER', trafficking: true, plant: volume.pipelineCourier },
  { name: 'B2_CONVERGENT_RECEIVER', trafficking: true, plant: volume.convergentReceiver },
  { name: 'B2_UNLICENSED_RESELLER', trafficking: true, plant: volume.unlicensedReseller },
  { name: 'B2_GUN_SHOW_VENDOR', trafficking: true, plant: volume.gunShowVendor },
  { name: 'B2_CORRUPT_DEALER_BULK', trafficking: true, plant: volume.corruptDealerBulk },
  { name: 'B2_DEALER_BURGLARY', trafficking: true, plant: theft.dealerBurglary },
  { name: 'B2_HOME_BURGLARY_FENCE', trafficking: true, plant: theft.homeBurglaryFence },
  { name: 'B2_LOOKALIKE_COLLECTOR', trafficking: false, plant: look.collector },
  { name: 'B2_LOOKALIKE_FAMILY_HOUSEHOLD', trafficking: false, plant: look.familyHousehold },
  { name: 'B2_LOOKALIKE_SECURITY_COMPANY', trafficking: false, plant: look.securityCompany },
  { name: 'B2_LOOKALIKE_BURGLED_REPORTED', trafficking: false, plant: look.burgledReported },
  { name: 'B2_LOOKALIKE_BURGLED_UNREPORTED', trafficking: false, plant: look.burgledUnreported },
  { name: 'B2_LOOKALIKE_SINGLE_STOLEN_GUN', trafficking: false, plant: look.singleStolenGun },
  { name: 'B2_LOOKALIKE_POLICE_TRADE_IN', trafficking: false, plant: look.policeTradeIn },
  { name: 'B2_LOOKALIKE_GIFT_TO_RELATIVE', trafficking: false, plant: look.giftToRelative },
];

export const SECOND_BLIND: BlindGenerator = {
  prefix: 'B2',
  importChecked: true,
  shapes: SHAPES.map(({ name, trafficking }) => ({ name, trafficking })),
  plant(bg: Background, backgroundSeed: number, blindSeed: number, casesPer: number) {
    const rng = new Random(backgroundSeed, blindSeed);
    const book = new CaseBook(bg, backgroundSeed, rng, new Places(bg));
    // Round by round, every shape once per round, so no shape always gets the first draws.
    for (let round = 0; round < casesPer; round++) for (const shape of SHAPES) shape.plant(book);
    return book.finish();
  },
};
