/**
 * Person records alone, as the generator makes them (seeds/factory.ts `person`: faker names and
 * street addresses, an adult's date of birth, a city of the state), with the generator's planted
 * duplicates (seeds/duplicates.ts, the same share and variations): a million people in seconds,
 * without generating the guns, sales and scenes of a scale-L graph or loading it into Neo4j.
 * No neighbours (guns, associates): the blocking and first-pass figures are the job's, the
 * final scores lack the graph's corroboration.
 */
import { Factory } from '../seeds/factory.js';
import { GenerationStats } from '../seeds/generation-stats.js';
import { DUPLICATE_PERSON_SHARE, DuplicatePlanter, type PlantedDuplicate } from '../seeds/duplicates.js';
import { IdAllocator } from '../seeds/ids.js';
import { Prng } from '../seeds/prng.js';
import { RecordSink } from '../seeds/record-sink.js';
import { SCALES } from '../seeds/scale.js';
import { REF_DAY } from '../seeds/dates.js';
import { buildWorld, seededFaker } from '../seeds/world.js';
import type { PersonRecord } from '../src/resolution/person-match.compute.js';

export function generatedPeople(count: number, seed: number): { people: PersonRecord[]; planted: PlantedDuplicate[] } {
  const world = buildWorld(seed, SCALES.M);
  const ids = new IdAllocator(new Prng(seed, 'ids-people').uint32());
  const sink = new RecordSink();
  const rng = new Prng(seed, 'people');
  const factory = new Factory(rng, seededFaker(rng.uint32()), ids, world, sink, new GenerationStats());
  const planter = new DuplicatePlanter(new Prng(seed, 'duplicates'), DUPLICATE_PERSON_SHARE);
  const people: PersonRecord[] = [];
  const take = (observe = true) => {
    for (const r of sink.pending()) {
      if (observe) planter.observe(r);
      if (r.type === 'person')
        people.push({ id: r.id, firstName: r.firstName, lastName: r.lastName, dateOfBirth: r.dateOfBirth, address: r.address, city: r.city, state: r.state });
    }
    for (const batch of sink.drain(Number.MAX_SAFE_INTEGER)) void batch; // empties the sink
  };
  const original = Math.round(count / (1 + DUPLICATE_PERSON_SHARE));
  for (let i = 0; i < original; i++) {
    // A buyer of a gun sold in the last ten years, in the selling dealer's state (background.ts).
    factory.person(world.volumeDealers.pick(rng).record.state, REF_DAY - rng.int(0, 3650), 21);
    if (i % 10_000 === 0) take();
  }
  take();
  planter.plant(seededFaker(new Prng(seed, 'duplicates-plant').uint32()), sink, () => ids.id('P'));
  take(false);
  return { people, planted: planter.truth() };
}
