import type { TraceRecord } from '../../src/import/record.types.js';
import { DAY_MS, HOUR_MS, msIso, REF_DAY, REF_MS } from '../dates.js';
import type { Factory } from '../factory.js';
import type { DealerInfo } from '../world.js';
import { CaseBuilder, sourceState } from './kit.js';
import { drawInt, type TypologyRanges } from './ranges.js';
import type { PlantedCase } from './typology.types.js';

/**
 * A corrupt dealer selling off the books (ATF, Following the Gun, 2000: dealers were involved
 * in under 10% of trafficking investigations but in nearly half of the guns trafficked; NFCTA
 * vol. III): guns leave the shop without a sale record, so their traces end with no purchaser
 * on record, the dealer answers trace requests late or never, and some serials are obliterated.
 */
export function corruptDealer(f: Factory, r: TypologyRanges, id: string, taken: Set<string>): PlantedCase {
  const state = sourceState(f);
  const candidates = (f.world.plainDealersByState.get(state) ?? []).filter((d) => !taken.has(d.record.license));
  const dealer: DealerInfo = candidates.length ? f.rng.pick(candidates) : f.rng.pick([...f.world.plainDealersByState.values()].flat());
  taken.add(dealer.record.license);
  const b = new CaseBuilder(f, r);
  b.dealers.add(dealer.record.license);
  const guns = drawInt(f.rng, r.corruptOffBookGuns);
  const obliterated = 0.2 + f.rng.next() * 0.4;
  const lateShare = 0.3 + f.rng.next() * 0.6;
  for (let g = 0; g < guns; g++) {
    const firearm = f.firearm({ handgun: f.rng.chance(0.9), obliterated: f.rng.chance(obliterated) });
    b.firearms.add(firearm.id);
    const recDay = REF_DAY - f.rng.int(20, 1000);
    const state2 = f.rng.chance(0.5) ? state : f.rng.pick([...f.world.agenciesByState.keys()]);
    const agency = f.agencyIn(state2);
    const possessor = f.rng.chance(0.85) ? f.person(agency.record.state, recDay, 17) : null;
    if (possessor) b.possessors.add(possessor.id);
    const recovery = f.recovery(firearm, agency, recDay, null, possessor?.id ?? null);
    b.recovered.add(firearm.id);
    f.sink.add(offBookTrace(f, recovery.id, agency.record.ori, recDay, dealer, f.rng.chance(lateShare)));
  }
  return b.build(id, 'CORRUPT_DEALER', true, null, { guns, obliterated, lateShare, license: dealer.record.license });
}

/** A trace that reaches the dealer, who has no record of selling the gun (or never answers). */
export function offBookTrace(f: Factory, recoveryId: string, ori: string, recDay: number, dealer: DealerInfo, late: boolean): TraceRecord {
  const requested = Math.min((recDay + f.rng.int(0, 10)) * DAY_MS + f.rng.int(8, 17) * HOUR_MS, REF_MS - 10 * DAY_MS);
  const asked = requested + f.rng.int(2, 48) * HOUR_MS;
  const neverAnswers = late && f.rng.chance(0.5);
  const responded = neverAnswers ? null : asked + (late ? f.rng.int(30, 400) : f.rng.int(1, 23)) * HOUR_MS;
  const answered = responded !== null && responded < REF_MS - HOUR_MS;
  // Every trace that resolves a dealer counts in the manifest's calibration, off-book ones too.
  f.stats.resolved += 1;
  f.stats.tracesByDealer.set(dealer.record.license, (f.stats.tracesByDealer.get(dealer.record.license) ?? 0) + 1);
  return {
    type: 'trace',
    id: f.ids.id('T'),
    agencyOri: ori,
    recoveryId,
    requestedAt: msIso(requested),
    completedAt: answered ? msIso(responded! + HOUR_MS) : null,
    outcome: answered ? 'NO_PURCHASER' : 'PENDING',
    dealerRequestedAt: msIso(asked),
    dealerRespondedAt: answered ? msIso(responded!) : null,
    timeToCrimeDays: null,
    resolvedDealerLicense: dealer.record.license,
    resolvedPurchaserId: null,
  };
}
