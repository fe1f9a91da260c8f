import type { PersonRecord } from '../../src/import/record.types.js';
import { REF_DAY } from '../dates.js';
import type { Factory } from '../factory.js';
import { CaseBuilder, destinationState, plainDealers, receivers, sourceState } from './kit.js';
import { drawInt, drawReal, type TypologyRanges } from './ranges.js';
import type { PlantedCase } from './typology.types.js';

/**
 * Straw-purchase schemes (NFCTA vol. III: straw purchasing in about 40% of trafficking
 * investigations; ATF, Following the Gun, 2000). Every scheme draws its size, timing,
 * corridor and how its guns are dispersed at random from `ranges`.
 */
interface Scheme {
  b: CaseBuilder;
  from: string;
  to: string;
  interstate: boolean;
  start: number;
  span: number;
  recovered: number;
}

function scheme(f: Factory, r: TypologyRanges): Scheme {
  const interstate = f.rng.chance(r.interstate);
  const from = sourceState(f);
  const span = drawInt(f.rng, r.activityDays);
  return {
    b: new CaseBuilder(f, r),
    from,
    to: destinationState(f, from, interstate),
    interstate,
    start: REF_DAY - f.rng.int(span + 200, span + 1100),
    span,
    recovered: drawReal(f.rng, r.recoveredShare),
  };
}

/** Recovery of one scheme gun: from a receiver with probability `toReceiver`, else from someone new. */
function dispose(
  f: Factory,
  s: Scheme,
  gun: ReturnType<CaseBuilder['buy']>,
  buyer: PersonRecord,
  dealer: Parameters<CaseBuilder['buy']>[0],
  day: number,
  pool: PersonRecord[],
  toReceiver: number,
) {
  if (!f.rng.chance(s.recovered)) return;
  const recDay = day + drawInt(f.rng, s.b.ranges.trafficTtc);
  const possessor = pool.length && f.rng.chance(toReceiver) ? f.rng.pick(pool) : f.rng.chance(0.85) ? f.person(s.to, recDay, 17) : null;
  s.b.recover({ firearm: gun.firearm, sale: gun.sale, dealer, purchaser: buyer, state: s.to, day: recDay, possessor });
}

const corridor = (s: Scheme) => (s.interstate ? 'INTERSTATE' : 'IN_STATE') as PlantedCase['corridor'];

/** A broker with 2+ straw purchasers who each buy several handguns; `linked`: their ties are on record. */
export function strawRing(f: Factory, r: TypologyRanges, id: string, linked: boolean): PlantedCase {
  const s = scheme(f, r);
  const broker = f.person(s.from, s.start, 24);
  s.b.hubs.add(broker.id);
  const dealers = plainDealers(f, s.from, f.rng.int(1, 3));
  const straws = drawInt(f.rng, r.ringStraws);
  const toReceiver = drawReal(f.rng, r.receiverShare);
  const pool = receivers(f, s.to, f.rng.int(1, 3), s.start);
  for (const p of pool) s.b.hubs.add(p.id);
  for (let i = 0; i < straws; i++) {
    const straw = f.person(s.from, s.start, 21);
    if (linked) f.association(straw.id, broker.id, s.start - f.rng.int(30, 900));
    const guns = drawInt(f.rng, r.ringGunsPerStraw);
    let g = 0;
    while (g < guns) {
      const day = s.start + f.rng.int(0, s.span);
      const dealer = f.rng.pick(dealers);
      const batch = Math.min(guns - g, f.rng.chance(0.4) ? 2 : 1);
      for (let k = 0; k < batch; k++, g++) dispose(f, s, s.b.buy(dealer, straw, day + k, batch > 1), straw, dealer, day, pool, toReceiver);
    }
  }
  if (linked && f.rng.chance(0.5)) f.association(broker.id, pool[0]!.id, s.start);
  return s.b.build(id, linked ? 'STRAW_RING_LINKED' : 'STRAW_RING_UNLINKED', true, corridor(s), { straws, toReceiver, recovered: s.recovered, span: s.span });
}

/**
 * A recruiter with many one-time buyers: each buys a single handgun (so no multiple-sale report
 * is filed), within a short campaign; some of the recruiter's ties are on record.
 */
export function recruiter(f: Factory, r: TypologyRanges, id: string): PlantedCase {
  const s = scheme(f, r);
  const boss = f.person(s.from, s.start, 25);
  s.b.hubs.add(boss.id);
  const dealers = plainDealers(f, s.from, f.rng.int(1, 3));
  const buyers = drawInt(f.rng, r.recruitedBuyers);
  const linkP = drawReal(f.rng, r.recruiterLinkRecorded);
  const toReceiver = drawReal(f.rng, r.receiverShare) * 0.6;
  const pool = receivers(f, s.to, f.rng.int(1, 2), s.start);
  for (let i = 0; i < buyers; i++) {
    const buyer = f.person(s.from, s.start, 21);
    if (f.rng.chance(linkP)) f.association(buyer.id, boss.id, s.start - f.rng.int(10, 600));
    const dealer = f.rng.pick(dealers);
    const day = s.start + f.rng.int(0, s.span);
    dispose(f, s, s.b.buy(dealer, buyer, day, false), buyer, dealer, day, pool, toReceiver);
  }
  return s.b.build(id, 'RECRUITER_ONE_TIME_BUYERS', true, corridor(s), { buyers, linkP, toReceiver, span: s.span });
}

/** One prolific straw purchaser, no associations on record: many handguns over months, several dealers. */
export function loneBuyer(f: Factory, r: TypologyRanges, id: string): PlantedCase {
  const s = scheme(f, r);
  const buyer = f.person(s.from, s.start, 21);
  const dealers = plainDealers(f, s.from, f.rng.int(1, 4));
  const guns = drawInt(f.rng, r.loneGuns);
  const outShare = f.rng.next();
  for (let g = 0; g < guns;) {
    const day = s.start + f.rng.int(0, s.span);
    const dealer = f.rng.pick(dealers);
    const batch = Math.min(guns - g, f.rng.chance(0.35) ? f.rng.int(2, 3) : 1);
    for (let k = 0; k < batch; k++, g++) {
      const gun = s.b.buy(dealer, buyer, day, batch > 1);
      if (!f.rng.chance(s.recovered)) continue;
      const recDay = day + drawInt(f.rng, r.trafficTtc);
      const state = f.rng.chance(outShare) ? s.to : s.from;
      s.b.recover({
        firearm: gun.firearm,
        sale: gun.sale,
        dealer,
        purchaser: buyer,
        state,
        day: recDay,
        possessor: f.rng.chance(0.85) ? f.person(state, recDay, 17) : null,
      });
    }
  }
  return s.b.build(id, 'LONE_PROLIFIC_BUYER', true, corridor(s), { guns, outShare, span: s.span });
}

/** Several straw buyers (no association on record) whose guns meet in one receiver's hands. */
export function receiverHub(f: Factory, r: TypologyRanges, id: string): PlantedCase {
  const s = scheme(f, r);
  const receiver = f.person(s.to, s.start, 20);
  s.b.hubs.add(receiver.id);
  const dealers = plainDealers(f, s.from, f.rng.int(1, 3));
  const straws = drawInt(f.rng, r.hubStraws);
  const toReceiver = Math.max(0.6, drawReal(f.rng, r.receiverShare));
  for (let i = 0; i < straws; i++) {
    const straw = f.person(s.from, s.start, 21);
    const guns = f.rng.int(1, 3);
    for (let g = 0; g < guns; g++) {
      const dealer = f.rng.pick(dealers);
      const day = s.start + f.rng.int(0, s.span);
      dispose(f, s, s.b.buy(dealer, straw, day, false), straw, dealer, day, [receiver], toReceiver);
    }
  }
  return s.b.build(id, 'RECEIVER_HUB', true, corridor(s), { straws, toReceiver, span: s.span });
}

/**
 * Unlicensed dealing (gun shows, online): a person buys many guns at retail and resells them
 * without a licence; the guns are recovered from many strangers, mostly in-state.
 */
export function unlicensedDealer(f: Factory, r: TypologyRanges, id: string): PlantedCase {
  const s = scheme(f, r);
  const seller = f.person(s.from, s.start, 30);
  const dealers = plainDealers(f, s.from, f.rng.int(2, 5));
  const guns = drawInt(f.rng, r.unlicensedGuns);
  for (let g = 0; g < guns; g++) {
    const dealer = f.rng.pick(dealers);
    const day = s.start + f.rng.int(0, s.span);
    const gun = s.b.buy(dealer, seller, day, false, f.rng.chance(0.75));
    if (!f.rng.chance(s.recovered * 0.8)) continue;
    const recDay = day + drawInt(f.rng, r.trafficTtc) + f.rng.int(0, 200);
    const state = f.rng.chance(0.25) ? s.to : s.from;
    s.b.recover({
      firearm: gun.firearm,
      sale: gun.sale,
      dealer,
      purchaser: seller,
      state,
      day: recDay,
      possessor: f.rng.chance(0.8) ? f.person(state, recDay, 17) : null,
    });
  }
  return s.b.build(id, 'UNLICENSED_DEALING', true, corridor(s), { guns, span: s.span });
}
