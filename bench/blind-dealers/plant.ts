/**
 * Plants the blind dealers into one background world: `perShape` dealers of every bad shape and
 * every look-alike, on a stream seeded by (background seed, blind seed). Every record is checked
 * as an import checks it (field rules, rules across fields, chronology, references to the planted
 * records or to the background's agencies, manufacturers and dealers); one problem stops the run.
 */
import { RECORD_TYPES } from '../../src/import/record.types.js';
import { checkRecords, type BlindDealerGenerator, type PlantedDealers } from '../blind-harness/dealers.contract.js';
import { BAD_SHAPES } from './bad-dealers.js';
import { BlindSink, Rng } from './kit.js';
import { LOOK_ALIKES } from './look-alikes.js';

export const plantBlindDealers: BlindDealerGenerator = (backdrop, backgroundSeed, blindSeed, perShape): PlantedDealers => {
  const sink = new BlindSink(new Rng('blind-dealers', backgroundSeed, blindSeed), backdrop);
  // Shapes interleaved, so no shape always draws first from the stream.
  for (let i = 0; i < perShape; i++) {
    for (const make of Object.values(BAD_SHAPES)) make(sink);
    for (const make of Object.values(LOOK_ALIKES)) make(sink);
  }
  checkRecords(sink.records, backdrop);
  return { dealers: sink.dealers, batches: sink.byType(RECORD_TYPES), recordCount: sink.records.length };
};
