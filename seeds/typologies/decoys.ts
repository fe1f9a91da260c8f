import { REF_DAY } from '../dates.js';
import type { Factory } from '../factory.js';
import { STATES } from '../geography.js';
import { CaseBuilder, plainDealers, sourceState } from './kit.js';
import { drawInt, type TypologyRanges } from './ranges.js';
import type { PlantedCase } from './typology.types.js';

/**
 * Lawful look-alikes of trafficking: each shares some surface indicator (many purchases,
 * multiple sales, several dealers, guns held by someone else, clustered sales at one counter)
 * but not the diversion of guns to crime soon after sale. Nobody in them should be flagged.
 */
function anyState(f: Factory): string {
  const withDealers = STATES.map((s) => s.code).filter((s) => (f.world.plainDealersByState.get(s)?.length ?? 0) >= 1 && f.world.agenciesByState.has(s));
  return f.rng.pick(withDealers.length ? withDealers : [sourceState(f)]);
}

/** A collector: many guns over years from several dealers, some in multiple sales, none diverted. */
export function collector(f: Factory, r: TypologyRanges, id: string): PlantedCase {
  const b = new CaseBuilder(f, r);
  const state = anyState(f);
  const person = f.person(state, REF_DAY - 4000, 30);
  const dealers = plainDealers(f, state, f.rng.int(2, 5));
  const guns = drawInt(f.rng, r.collectorGuns);
  for (let g = 0; g < guns;) {
    const day = REF_DAY - f.rng.int(30, 3650);
    const batch = Math.min(guns - g, f.rng.chance(0.3) ? 2 : 1);
    const dealer = f.rng.pick(dealers);
    for (let k = 0; k < batch; k++, g++) b.buy(dealer, person, day + k, batch > 1, f.rng.chance(0.6));
  }
  return b.build(id, 'DECOY_COLLECTOR', false, null, { guns });
}

/**
 * A family buying for each other lawfully: several associated relatives each buy a few guns;
 * years later one or two are recovered from another relative (possessor ≠ purchaser, but a long
 * time-to-crime and within the family).
 */
export function family(f: Factory, r: TypologyRanges, id: string): PlantedCase {
  const b = new CaseBuilder(f, r);
  const state = anyState(f);
  const members = Array.from({ length: drawInt(f.rng, r.familyMembers) }, () => f.person(state, REF_DAY - 3000, 21));
  for (let i = 1; i < members.length; i++) f.association(members[i]!.id, members[0]!.id, REF_DAY - f.rng.int(1000, 8000));
  const dealers = plainDealers(f, state, f.rng.int(1, 2));
  const bought: Array<{ gun: ReturnType<CaseBuilder['buy']>; buyer: (typeof members)[number]; day: number; dealer: (typeof dealers)[number] }> = [];
  for (const m of members) {
    for (let g = f.rng.int(1, 3); g > 0; g--) {
      const day = REF_DAY - f.rng.int(1300, 6000);
      const dealer = f.rng.pick(dealers);
      bought.push({ gun: b.buy(dealer, m, day, false, f.rng.chance(0.6)), buyer: m, day, dealer });
    }
  }
  for (const x of f.rng.sample(bought, f.rng.int(1, 2))) {
    const holder = f.rng.pick(members.filter((m) => m !== x.buyer).concat(x.buyer));
    const day = Math.min(REF_DAY - 10, x.day + f.rng.int(1200, 4000));
    b.recover({ firearm: x.gun.firearm, sale: x.gun.sale, dealer: x.dealer, purchaser: x.buyer, state, day, possessor: holder });
  }
  return b.build(id, 'DECOY_FAMILY', false, null, { members: members.length, guns: bought.length });
}

/**
 * Police trade-ins: an agency trades its duty pistols to a dealer, who sells them used to many
 * buyers within weeks (clustered sales at one counter); a few surface years later.
 */
export function policeTradeIn(f: Factory, r: TypologyRanges, id: string): PlantedCase {
  const b = new CaseBuilder(f, r);
  const state = anyState(f);
  const [dealer] = plainDealers(f, state, 1);
  const guns = drawInt(f.rng, r.tradeInGuns);
  const start = REF_DAY - f.rng.int(1200, 3000);
  for (let g = 0; g < guns; g++) {
    const buyer = f.person(state, start, 21);
    const day = start + f.rng.int(0, 45);
    const gun = b.buy(dealer!, buyer, day, false);
    if (f.rng.chance(0.15)) {
      const recDay = Math.min(REF_DAY - 10, day + f.rng.int(1100, 3000));
      b.recover({
        firearm: gun.firearm,
        sale: gun.sale,
        dealer: dealer!,
        purchaser: buyer,
        state,
        day: recDay,
        possessor: f.rng.chance(0.5) ? buyer : f.person(state, recDay, 17),
      });
    }
  }
  return b.build(id, 'DECOY_POLICE_TRADE_IN', false, null, { guns });
}

/**
 * A residence burglary: a household's lawfully bought guns are stolen and later recovered from
 * strangers. When `reportTheft` is given, the household reports the theft (a theft record).
 */
export function burglary(
  f: Factory,
  r: TypologyRanges,
  id: string,
  reportTheft: ((firearmId: string, day: number, state: string) => void) | null,
): PlantedCase {
  const b = new CaseBuilder(f, r);
  const state = anyState(f);
  const owner = f.person(state, REF_DAY - 3000, 25);
  const spouse = f.rng.chance(0.5) ? f.person(state, REF_DAY - 3000, 25) : null;
  if (spouse) f.association(spouse.id, owner.id, REF_DAY - f.rng.int(2000, 9000));
  const dealers = plainDealers(f, state, f.rng.int(1, 3));
  const guns = drawInt(f.rng, r.burglaryGuns);
  const burgledOn = REF_DAY - f.rng.int(200, 1000);
  for (let g = 0; g < guns; g++) {
    const buyer = spouse && f.rng.chance(0.4) ? spouse : owner;
    const dealer = f.rng.pick(dealers);
    // Bought any time before the burglary, some only weeks before: a short time-to-crime that only the theft report explains.
    const day = burgledOn - f.rng.int(20, 2500);
    const gun = b.buy(dealer, buyer, day, false);
    reportTheft?.(gun.firearm.id, burgledOn, state);
    if (!f.rng.chance(0.7)) continue;
    const recDay = burgledOn + f.rng.int(10, 700);
    const where = f.rng.chance(0.3) ? anyState(f) : state;
    b.recover({
      firearm: gun.firearm,
      sale: gun.sale,
      dealer,
      purchaser: buyer,
      state: where,
      day: recDay,
      possessor: f.rng.chance(0.85) ? f.person(where, recDay, 17) : null,
    });
  }
  return b.build(id, 'DECOY_RESIDENCE_BURGLARY', false, null, { guns, reported: reportTheft !== null });
}
