import type { CasingRecord, FirearmRecord, LeadRecord, PersonRecord, SceneRecord } from '../src/import/record.types.js';
import { DAY_MS, HOUR_MS, msIso, REF_DAY } from './dates.js';
import type { Factory } from './factory.js';
import { recoveryStateFor } from './flow.js';
import { DESTINATION_STATES, SOURCE_STATES, STATE_BY_CODE } from './geography.js';
import type { SeedManifest } from './manifest.js';
import type { AgencyInfo, DealerInfo } from './world.js';

type Ring = SeedManifest['rings'][number];
type Series = SeedManifest['series'][number];

/**
 * A straw-purchase trafficking ring (NFCTA vol. III: straw purchasers in 40% of trafficking
 * cases): a broker in a source state recruits 2–5 associates who buy handguns, often several
 * at once, from one or two local dealers; the guns turn up within months in a destination
 * state, in the hands of people who live there.
 */
export function plantRing(f: Factory, index: number): Ring {
  const { rng } = f;
  const sources = SOURCE_STATES.filter((s) => (f.world.plainDealersByState.get(s)?.length ?? 0) >= 2);
  const sourceState = rng.pick(sources);
  const destinations = DESTINATION_STATES.filter((s) => f.world.agenciesByState.has(s));
  const destinationState = rng.weighted(
    destinations,
    destinations.map((s) => STATE_BY_CODE.get(s)!.crimeWeight),
  );
  const dealers: DealerInfo[] = rng.sample(f.world.plainDealersByState.get(sourceState)!, rng.int(1, 2));
  const startDay = REF_DAY - rng.int(350, 700);
  const broker = f.person(sourceState, startDay, 24);
  const straws: PersonRecord[] = [];
  const possessors: PersonRecord[] = [];
  const firearmIds: string[] = [];
  const usedDealers = new Set<string>();
  const strawCount = rng.int(2, 5);
  for (let s = 0; s < strawCount; s++) {
    const straw = f.person(sourceState, startDay, 21);
    straws.push(straw);
    f.association(straw.id, broker.id, startDay - rng.int(30, 900));
    let day = startDay + rng.int(0, 60);
    const trips = rng.int(1, 2);
    for (let t = 0; t < trips; t++) {
      const dealer = t === 0 ? dealers[s % dealers.length]! : rng.pick(dealers);
      usedDealers.add(dealer.record.license);
      const guns = rng.int(1, 3);
      for (let g = 0; g < guns; g++) {
        const soldDay = day + (g === 0 ? 0 : rng.int(0, 4));
        const firearm = f.firearm({ handgun: true, obliterated: rng.chance(0.2) });
        const sale = f.sale(dealer, firearm, straw, soldDay, guns >= 2);
        const recoveredDay = Math.min(soldDay + rng.int(15, 300), REF_DAY - 15);
        const agency = f.agencyIn(destinationState);
        let possessor: PersonRecord;
        if (possessors.length && rng.chance(0.4)) possessor = rng.pick(possessors);
        else possessors.push((possessor = f.person(destinationState, recoveredDay, 17)));
        const sceneId = rng.chance(0.3) ? f.scene(agency, recoveredDay * DAY_MS + rng.int(0, 23) * HOUR_MS, 'RECOVERY_ONLY').id : null;
        const recovery = f.recovery(firearm, agency, recoveredDay, sceneId, possessor.id);
        const testFire = agency.record.nibinPartner ? f.testFire(firearm, recoveredDay) : null;
        if (testFire) f.sink.add(testFire);
        f.trace({
          recovery,
          agency,
          sale,
          dealer,
          purchaser: straw,
          obliterated: firearm.serialObliterated,
          mustComplete: true,
          requestLagDays: rng.int(0, 3),
        });
        firearmIds.push(firearm.id);
      }
      day += rng.int(20, 90);
    }
  }
  f.association(broker.id, rng.pick(possessors).id, startDay + rng.int(0, 200));
  return {
    id: `RING-${String(index + 1).padStart(3, '0')}`,
    brokerId: broker.id,
    strawPurchaserIds: straws.map((s) => s.id),
    possessorIds: possessors.map((p) => p.id),
    dealerLicenses: dealers.map((d) => d.record.license).filter((l) => usedDealers.has(l)),
    firearmIds,
    sourceState,
    destinationState,
  };
}

/**
 * A NIBIN series: one gun fired at 3–7 scenes weeks apart, sometimes across neighbouring
 * agencies; consecutive scenes are linked by leads (most confirmed, recent ones still
 * unreviewed). About three in four guns are recovered (never the first series') and test-fired; the test-fire hit confirms
 * the gun and every scene casing gets FIRED_FROM it.
 */
export function plantSeries(f: Factory, index: number, seriesCasings: CasingRecord[]): Series {
  const { rng } = f;
  const dealer = f.crimeDealer();
  const purchaseState = dealer.record.state;
  const sceneState = recoveryStateFor(rng, purchaseState);
  let home: AgencyInfo = f.agencyIn(sceneState);
  for (let t = 0; t < 10 && !home.record.nibinPartner; t++) home = f.agencyIn(sceneState);
  const neighbours: AgencyInfo[] = [];
  if (rng.chance(0.4)) {
    for (let t = 0; t < 8 && neighbours.length < 2; t++) {
      const other = f.agencyIn(home.record.state);
      if (other !== home && !neighbours.includes(other)) neighbours.push(other);
    }
  }
  // The first series of every seed stays unrecovered, so each seed has a series known through
  // NIBIN leads alone (the investigator's case before a gun is found).
  const recovered = rng.chance(0.75) && index !== 0;
  const firearm: FirearmRecord | null = recovered ? f.firearm({ handgun: true }) : null;
  const caliber = firearm?.caliber ?? rng.pick(['9mm Luger', '9mm Luger', '.40 S&W', '.45 ACP', '.380 ACP']);
  const k = rng.int(3, 7);
  let atMs = (REF_DAY - rng.int(500, 1000)) * DAY_MS + rng.int(0, 23) * HOUR_MS;
  const scenes: SceneRecord[] = [];
  const casingsByScene: CasingRecord[][] = [];
  const agencyOris: string[] = [];
  const leads: LeadRecord[] = [];
  let lastAgency = home;
  for (let j = 0; j < k; j++) {
    const agency = j === 0 || !neighbours.length ? home : rng.pick([home, ...neighbours]);
    lastAgency = agency;
    if (!agencyOris.includes(agency.record.ori)) agencyOris.push(agency.record.ori);
    const scene = f.scene(agency, atMs, f.shootingKind());
    scenes.push(scene);
    casingsByScene.push(f.casings(scene, agency, caliber, rng.int(1, 4), true));
    if (j > 0) {
      // Chain first casing to first casing, so that the leads join every scene of the series in one piece.
      const lead = f.lead(casingsByScene[j]![0]!, casingsByScene[j - 1]![0]!, rng.chance(0.88) ? 'CONFIRMED' : 'UNREVIEWED');
      if (lead) leads.push(lead);
    }
    atMs += rng.int(7, 45) * DAY_MS + rng.int(0, 23) * HOUR_MS;
  }
  const casings = casingsByScene.flat();
  let testFireId: string | null = null;
  if (firearm) {
    const lastDay = Math.floor(Date.parse(scenes.at(-1)!.occurredAt) / DAY_MS);
    const recoveredDay = lastDay + rng.int(3, 45);
    const ttc = Math.max(f.stats.ttc.normal(rng), recoveredDay - Math.floor(Date.parse(scenes[0]!.occurredAt) / DAY_MS) + rng.int(5, 60));
    const purchaser = f.person(purchaseState, recoveredDay - ttc, 21);
    const sale = f.sale(dealer, firearm, purchaser, recoveredDay - ttc, false);
    const sceneId = rng.chance(0.7) ? f.scene(lastAgency, recoveredDay * DAY_MS + rng.int(0, 23) * HOUR_MS, 'RECOVERY_ONLY').id : null;
    const possessor = f.person(lastAgency.record.state, recoveredDay, 16);
    const recovery = f.recovery(firearm, lastAgency, recoveredDay, sceneId, possessor.id);
    const testFire = f.testFire(firearm, recoveredDay)!;
    f.sink.add(testFire);
    testFireId = testFire.evidenceId;
    const hit = f.lead(testFire, casingsByScene.at(-1)![0]!, 'CONFIRMED')!;
    leads.push(hit);
    for (const c of casings) {
      c.firedFromFirearmId = firearm.id;
      c.firedFromConfirmedAt = msIso(Math.max(Date.parse(hit.reviewedAt!), Date.parse(c.submittedToNibinAt!) + 24 * 3_600_000));
    }
    if (rng.chance(lastAgency.traceRate)) {
      f.trace({ recovery, agency: lastAgency, sale, dealer, purchaser, obliterated: false });
    }
  }
  for (const c of casings) f.sink.add(c);
  for (const l of leads) f.sink.add(l);
  seriesCasings.push(...casings);
  return {
    id: `SERIES-${String(index + 1).padStart(4, '0')}`,
    firearmId: firearm?.id ?? null,
    casingIds: casings.map((c) => c.evidenceId),
    sceneIds: scenes.map((s) => s.id),
    agencyOris,
    testFireEvidenceId: testFireId,
  };
}
