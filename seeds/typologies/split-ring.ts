import type { PersonRecord } from '../../src/import/record.types.js';
import { REF_DAY } from '../dates.js';
import { varyPerson, type PlantedDuplicate } from '../duplicates.js';
import type { Factory } from '../factory.js';
import type { Scale } from '../manifest.js';
import { CaseBuilder, destinationState, plainDealers, receivers, sourceState } from './kit.js';
import { drawInt, drawReal, type TypologyRanges } from './ranges.js';
import type { PlantedCase } from './typology.types.js';

/** Split rings per scale: one at S (seeded on every test run), more at M and L. */
const PER_SCALE: Record<Scale, number> = { S: 1, M: 6, L: 30 };

/**
 * A straw ring whose broker two agencies entered as two person records: each agency's
 * investigation tied its own crew of straw purchasers to its own record of the broker, so on
 * the records the ring is two groups that share nobody. Only resolving the broker's two records
 * as one person shows the one ring.
 */
export interface PlantedSplitRing {
  /** The ring as one case (hubIds: both records of the broker). */
  case: PlantedCase;
  /** The broker's two records and how the second differs (also listed in the manifest's duplicates). */
  duplicate: PlantedDuplicate;
  /** Straw purchasers tied on record to each of the broker's records (original first). */
  crews: [string[], string[]];
}

/**
 * One split ring. The broker's second record keeps the street address (the same home, visited by
 * both agencies) and differs in one or two of first name, last name and date of birth: the kind
 * of entry a person-resolution run must pair. Each crew sells to its own receivers, so no shared
 * receiver joins the two crews either.
 */
export function splitRing(f: Factory, r: TypologyRanges, id: string): PlantedSplitRing {
  const b = new CaseBuilder(f, r);
  const interstate = f.rng.chance(r.interstate);
  const from = sourceState(f);
  const to = destinationState(f, from, interstate);
  const span = drawInt(f.rng, r.activityDays);
  const start = REF_DAY - f.rng.int(span + 200, span + 1100);
  const recovered = drawReal(f.rng, r.recoveredShare);
  const broker = f.person(from, start, 24);
  const fields = f.rng.sample(['first', 'last', 'dob'] as const, f.rng.int(1, 2));
  const { record: alias, variations } = varyPerson(f.rng, f.faker, broker, f.ids.id('P'), [...fields]);
  f.sink.add(alias);
  b.hubs.add(broker.id).add(alias.id);
  const dealers = plainDealers(f, from, f.rng.int(1, 3));
  const straws = Math.max(4, drawInt(f.rng, r.ringStraws));
  const crews: [string[], string[]] = [[], []];
  for (const [c, record] of [broker, alias].entries()) {
    const pool = receivers(f, to, f.rng.int(1, 2), start);
    for (const p of pool) b.hubs.add(p.id);
    const toReceiver = drawReal(f.rng, r.receiverShare);
    const size = c === 0 ? Math.ceil(straws / 2) : Math.floor(straws / 2);
    for (let i = 0; i < size; i++) {
      const straw = f.person(from, start, 21);
      crews[c]!.push(straw.id);
      f.association(straw.id, record.id, start - f.rng.int(30, 900));
      const guns = drawInt(f.rng, r.ringGunsPerStraw);
      for (let g = 0; g < guns; g++) {
        const day = start + f.rng.int(0, span);
        const dealer = f.rng.pick(dealers);
        const gun = b.buy(dealer, straw, day, false);
        if (!f.rng.chance(recovered)) continue;
        const recDay = day + drawInt(f.rng, r.trafficTtc);
        const possessor: PersonRecord | null = f.rng.chance(toReceiver) ? f.rng.pick(pool) : f.rng.chance(0.85) ? f.person(to, recDay, 17) : null;
        b.recover({ firearm: gun.firearm, sale: gun.sale, dealer, purchaser: straw, state: to, day: recDay, possessor });
      }
    }
  }
  const corridor = interstate ? 'INTERSTATE' : 'IN_STATE';
  return {
    case: b.build(id, 'STRAW_RING_LINKED', true, corridor, { straws, recovered, span, split: 'BROKER' }),
    duplicate: { originalId: broker.id, duplicateId: alias.id, variations },
    crews,
  };
}

/** Plants the split rings of a scale (after every other stage, on its own stream). */
export function plantSplitRings(f: Factory, scale: Scale, r: TypologyRanges): PlantedSplitRing[] {
  return Array.from({ length: PER_SCALE[scale] }, (_, i) => splitRing(f, r, `SPLIT-RING-${String(i + 1).padStart(3, '0')}`));
}
