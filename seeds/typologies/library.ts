import { DAY_MS, dayIso, HOUR_MS, msIso, REF_DAY } from '../dates.js';
import type { Factory } from '../factory.js';
import type { Scale } from '../manifest.js';
import { corruptDealer } from './conduct.js';
import { dealerBurglary, dealerTheftLoss, shootingRange } from './dealer-loss.js';
import { burglary, collector, family, policeTradeIn } from './decoys.js';
import { RANGES, type RangeProfile } from './ranges.js';
import { loneBuyer, receiverHub, recruiter, strawRing, unlicensedDealer } from './straw.js';
import type { PlantedCase, Typology } from './typology.types.js';

/** Instances of each typology per scale: one of each at S (seeded on every test run), more at M and L. */
const PER_SCALE: Record<Scale, number> = { S: 1, M: 6, L: 30 };

type Planter = (f: Factory, id: string) => PlantedCase;

/**
 * Plants every typology of the library with parameters drawn from the given range profile.
 */
export function plantTypologies(f: Factory, scale: Scale, profile: RangeProfile): PlantedCase[] {
  const r = RANGES[profile];
  // Burglary victims report the theft to a police agency of their state (a theft record).
  const reportTheft = (firearmId: string, day: number, state: string) =>
    f.sink.add({
      type: 'theft',
      id: f.ids.id('TH'),
      firearmId,
      kind: 'RESIDENCE_BURGLARY',
      occurredOn: dayIso(day),
      reportedAt: msIso(Math.min((day + f.rng.int(0, 2)) * DAY_MS + f.rng.int(8, 20) * HOUR_MS, (REF_DAY - 1) * DAY_MS)),
      reportingAgencyOri: f.agencyIn(state).record.ori,
      reportingFflLicense: null,
    });
  const taken = new Set<string>();
  const planters: Array<[Typology, Planter]> = [
    ['STRAW_RING_LINKED', (g, id) => strawRing(g, r, id, true)],
    ['STRAW_RING_UNLINKED', (g, id) => strawRing(g, r, id, false)],
    ['RECRUITER_ONE_TIME_BUYERS', (g, id) => recruiter(g, r, id)],
    ['LONE_PROLIFIC_BUYER', (g, id) => loneBuyer(g, r, id)],
    ['RECEIVER_HUB', (g, id) => receiverHub(g, r, id)],
    ['UNLICENSED_DEALING', (g, id) => unlicensedDealer(g, r, id)],
    ['CORRUPT_DEALER', (g, id) => corruptDealer(g, r, id, taken)],
    ['DECOY_COLLECTOR', (g, id) => collector(g, r, id)],
    ['DECOY_FAMILY', (g, id) => family(g, r, id)],
    ['DECOY_POLICE_TRADE_IN', (g, id) => policeTradeIn(g, r, id)],
    ['DECOY_RESIDENCE_BURGLARY', (g, id) => burglary(g, r, id, reportTheft)],
  ];
  // Added later, planted after the others so that the earlier typologies' records stay the same for a seed.
  const later: Array<[Typology, Planter]> = [
    ['DEALER_THEFT_LOSS', (g, id) => dealerTheftLoss(g, r, id, taken)],
    ['DECOY_DEALER_BURGLARY', (g, id) => dealerBurglary(g, r, id, taken)],
    ['DECOY_SHOOTING_RANGE', (g, id) => shootingRange(g, r, id)],
  ];
  const cases: PlantedCase[] = [];
  for (const list of [planters, later]) {
    for (let i = 0; i < PER_SCALE[scale]; i++) {
      for (const [name, plant] of list) cases.push(plant(f, `${name}-${String(i + 1).padStart(3, '0')}`));
    }
  }
  return cases;
}
