import type { TheftRecord } from '../../src/import/record.types.js';
import { DAY_MS, dayIso, HOUR_MS, msIso, REF_DAY, REF_MS } from '../dates.js';
import type { Factory } from '../factory.js';
import type { DealerInfo } from '../world.js';
import { offBookTrace } from './conduct.js';
import { CaseBuilder, plainDealers, sourceState } from './kit.js';
import { drawInt, type TypologyRanges } from './ranges.js';
import type { PlantedCase } from './typology.types.js';

/**
 * Guns that leave a dealer's inventory without a sale: thefts and losses (NFCTA vol. II, FFL
 * theft/loss reports; 27 CFR 478.39a: a licensee reports a theft or loss within 48 hours of
 * discovering it). Two look the same in the traces (no purchaser on record) and differ in when
 * the report was filed: a burgled dealer reports at once, before any trace arrives; a dealer
 * covering off-book sales files "losses" only once trace requests ask for the guns.
 */
function untakenDealer(f: Factory, state: string, taken: Set<string>): DealerInfo {
  const candidates = (f.world.plainDealersByState.get(state) ?? []).filter((d) => !taken.has(d.record.license));
  const dealer = candidates.length ? f.rng.pick(candidates) : f.rng.pick([...f.world.plainDealersByState.values()].flat());
  taken.add(dealer.record.license);
  return dealer;
}

function fflReport(f: Factory, firearmId: string, kind: TheftRecord['kind'], occurredDay: number, reportedMs: number, dealer: DealerInfo): TheftRecord {
  return {
    type: 'theft',
    id: f.ids.id('TH'),
    firearmId,
    kind,
    occurredOn: dayIso(occurredDay),
    reportedAt: msIso(Math.min(reportedMs, REF_MS - HOUR_MS)),
    reportingAgencyOri: f.agencyIn(dealer.record.state).record.ori,
    reportingFflLicense: dealer.record.license,
  };
}

/** Where a stolen or diverted gun surfaces: mostly the dealer's state, sometimes anywhere. */
function surfaceState(f: Factory, home: string): string {
  return f.rng.chance(0.35) ? f.rng.pick([...f.world.agenciesByState.keys()]) : home;
}

/**
 * A dealer diverting guns and covering them as losses: guns leave without a sale record, surface
 * in crime, and for most of them the dealer files an FFL_LOSS report only after the trace request
 * reached it (the "loss" is discovered when ATF asks). Trafficking by the dealer.
 */
export function dealerTheftLoss(f: Factory, r: TypologyRanges, id: string, taken: Set<string>): PlantedCase {
  const state = sourceState(f);
  const dealer = untakenDealer(f, state, taken);
  const b = new CaseBuilder(f, r);
  b.dealers.add(dealer.record.license);
  const guns = drawInt(f.rng, r.fflCoveredLossGuns);
  const coverShare = 0.5 + f.rng.next() * 0.5;
  for (let g = 0; g < guns; g++) {
    const firearm = f.firearm({ handgun: f.rng.chance(0.85), obliterated: f.rng.chance(0.1) });
    b.firearms.add(firearm.id);
    const recDay = REF_DAY - f.rng.int(30, 1000);
    const agency = f.agencyIn(surfaceState(f, state));
    const possessor = f.rng.chance(0.85) ? f.person(agency.record.state, recDay, 17) : null;
    if (possessor) b.possessors.add(possessor.id);
    const recovery = f.recovery(firearm, agency, recDay, null, possessor?.id ?? null);
    b.recovered.add(firearm.id);
    const trace = offBookTrace(f, recovery.id, agency.record.ori, recDay, dealer, f.rng.chance(0.3));
    f.sink.add(trace);
    const asked = trace.dealerRequestedAt ? Date.parse(trace.dealerRequestedAt) : null;
    if (asked !== null && f.rng.chance(coverShare)) {
      // Claimed lost some time before the sale could have been questioned, reported after the question.
      const claimedDay = recDay - f.rng.int(30, 400);
      f.sink.add(fflReport(f, firearm.id, 'FFL_LOSS', claimedDay, asked + f.rng.int(1, 14) * DAY_MS, dealer));
    }
  }
  return b.build(id, 'DEALER_THEFT_LOSS', true, null, { guns, coverShare, license: dealer.record.license });
}

/**
 * Look-alike: a dealer burgled once, reporting the stolen guns within 48 hours; they surface in
 * crime over the following years and their traces end at the dealer with no purchaser, answered
 * promptly. The dealer is the victim, not a diverter.
 */
export function dealerBurglary(f: Factory, r: TypologyRanges, id: string, taken: Set<string>): PlantedCase {
  const state = sourceState(f);
  const dealer = untakenDealer(f, state, taken);
  const b = new CaseBuilder(f, r);
  b.dealers.add(dealer.record.license);
  const guns = drawInt(f.rng, r.fflBurglaryGuns);
  const burgledOn = REF_DAY - f.rng.int(300, 1500);
  const reportedMs = burgledOn * DAY_MS + f.rng.int(8, 47) * HOUR_MS;
  for (let g = 0; g < guns; g++) {
    const firearm = f.firearm({ handgun: f.rng.chance(0.8) });
    b.firearms.add(firearm.id);
    f.sink.add(fflReport(f, firearm.id, 'FFL_THEFT', burgledOn, reportedMs, dealer));
    if (!f.rng.chance(0.6)) continue;
    const recDay = burgledOn + f.rng.int(10, 900);
    if (recDay > REF_DAY - 20) continue;
    const agency = f.agencyIn(surfaceState(f, state));
    const possessor = f.rng.chance(0.85) ? f.person(agency.record.state, recDay, 17) : null;
    if (possessor) b.possessors.add(possessor.id);
    const recovery = f.recovery(firearm, agency, recDay, null, possessor?.id ?? null);
    b.recovered.add(firearm.id);
    if (f.rng.chance(Math.max(agency.traceRate, 0.5))) f.sink.add(offBookTrace(f, recovery.id, agency.record.ori, recDay, dealer, false));
  }
  return b.build(id, 'DECOY_DEALER_BURGLARY', false, null, { guns, license: dealer.record.license });
}

/**
 * Look-alike: a shooting range buys a rental fleet of handguns in a few multiple sales within
 * weeks; years later a break-in at the range takes one or two, reported at once, and they are
 * recovered from strangers. Many handguns, multiple sales, possessor ≠ purchaser, and a short
 * time from theft to crime, but no diversion by the buyer.
 */
export function shootingRange(f: Factory, r: TypologyRanges, id: string): PlantedCase {
  const b = new CaseBuilder(f, r);
  const state = sourceState(f);
  const owner = f.person(state, REF_DAY - 4000, 30);
  const dealers = plainDealers(f, state, f.rng.int(1, 2));
  const guns = drawInt(f.rng, r.rangeGuns);
  const start = REF_DAY - f.rng.int(400, 2500);
  const bought: Array<{ gun: ReturnType<CaseBuilder['buy']>; day: number; dealer: DealerInfo }> = [];
  for (let g = 0; g < guns;) {
    const day = start + f.rng.int(0, 60);
    const dealer = f.rng.pick(dealers);
    const batch = Math.min(guns - g, f.rng.int(2, 6));
    for (let k = 0; k < batch; k++, g++) bought.push({ gun: b.buy(dealer, owner, day, true), day, dealer });
  }
  const lastBuy = Math.max(...bought.map((x) => x.day));
  const brokenInto = Math.min(REF_DAY - 60, lastBuy + f.rng.int(30, 400));
  for (const x of f.rng.sample(bought, f.rng.int(1, 2))) {
    f.sink.add({
      type: 'theft',
      id: f.ids.id('TH'),
      firearmId: x.gun.firearm.id,
      kind: 'OTHER_THEFT',
      occurredOn: dayIso(brokenInto),
      reportedAt: msIso(Math.min(brokenInto * DAY_MS + f.rng.int(8, 40) * HOUR_MS, REF_MS - HOUR_MS)),
      reportingAgencyOri: f.agencyIn(state).record.ori,
      reportingFflLicense: null,
    });
    const recDay = Math.min(REF_DAY - 10, brokenInto + f.rng.int(20, 300));
    const where = surfaceState(f, state);
    b.recover({
      firearm: x.gun.firearm,
      sale: x.gun.sale,
      dealer: x.dealer,
      purchaser: owner,
      state: where,
      day: recDay,
      possessor: f.person(where, recDay, 17),
    });
  }
  return b.build(id, 'DECOY_SHOOTING_RANGE', false, null, { guns, batches: new Set(bought.map((x) => x.day)).size });
}
