/**
 * The second blind dealer generator: plants `perShape` dealers of every shape, interleaved (each
 * shape once, then each again), from one random stream seeded by both seeds, and returns their
 * records grouped by type in the import's write order after the contract's importer check.
 */
import { RECORD_TYPES, type GraphRecord, type RecordType } from '../../src/import/record.types.js';
import { type BlindDealerGenerator, type PlantedDealer, checkRecords } from '../blind-harness/dealers.contract.js';
import { bigStoreInsider, freshLicenseFront, ironPipelineSource, offBookSeller, phantomLossDealer, strawRingDealer, traceStonewaller } from './bad-dealers.js';
import { Atlas } from './geography.js';
import { Ledger } from './ledger.js';
import { bigBoxRetailer, borderTownDealer, burglaryVictim, collectorsShop, highCrimeCityShop, newHonestDealer, pawnBroker } from './lawful-dealers.js';
import { Rng } from './random.js';
import type { Shape } from './shape.js';

/** Bad shapes and their look-alikes side by side. */
export const SECOND_AUTHOR_SHAPES: readonly Shape[] = [
  strawRingDealer,
  collectorsShop,
  offBookSeller,
  burglaryVictim,
  phantomLossDealer,
  pawnBroker,
  traceStonewaller,
  highCrimeCityShop,
  bigStoreInsider,
  bigBoxRetailer,
  ironPipelineSource,
  borderTownDealer,
  freshLicenseFront,
  newHonestDealer,
];

export const plantSecondBlindDealers: BlindDealerGenerator = (backdrop, backgroundSeed, blindSeed, perShape) => {
  const ledger = new Ledger(new Rng(backgroundSeed, blindSeed), new Atlas(backdrop.agencies), backdrop);
  const dealers: PlantedDealer[] = [];
  for (let round = 0; round < perShape; round++) for (const shape of SECOND_AUTHOR_SHAPES) dealers.push(shape.plant(ledger));
  ledger.finish();
  const byType = new Map<RecordType, GraphRecord[]>(RECORD_TYPES.map((t) => [t, []]));
  for (const r of ledger.records) byType.get(r.type)!.push(r);
  const batches = RECORD_TYPES.filter((t) => byType.get(t)!.length > 0).map((type) => ({ type, records: byType.get(type)! }));
  const all = batches.flatMap((b) => b.records);
  checkRecords(all, backdrop);
  return { dealers, batches, recordCount: all.length };
};
