import type { CasingRecord, FirearmRecord, PersonRecord, SaleRecord } from '../src/import/record.types.js';
import { DAY_MS, HOUR_MS, REF_DAY } from './dates.js';
import type { Factory } from './factory.js';
import { recoveryStateFor } from './flow.js';
import { STATES } from './geography.js';
import { WeightedTable } from './prng.js';
import { testFireRate } from './agency-behaviour.js';
import type { AgencyInfo, DealerInfo } from './world.js';

/** Share of background firearms that become crime guns (recovered by police). */
const CRIME_SHARE = 0.45;
/** Recoveries happen in the three years before the reference date. */
const RECOVERY_WINDOW_DAYS = 1095;
const stateTable = new WeightedTable(
  STATES,
  STATES.map((s) => s.crimeWeight),
);

/**
 * One chunk of ordinary data: purchases that never reach crime, crime guns with their
 * recoveries and traces, shootings by unknown guns, and NIBIN's false candidates. No two
 * background scenes are ever tied to one gun: every multi-scene link is a planted series.
 */
export function generateBackgroundChunk(f: Factory, count: number, seriesCasings: CasingRecord[]): void {
  const pool: CasingRecord[] = [];
  const people: PersonRecord[] = [];
  for (let i = 0; i < count; i++) {
    if (f.rng.chance(CRIME_SHARE)) crimeGun(f, pool, people);
    else ordinaryPurchase(f);
  }
  shootingsByUnknownGuns(f, Math.round(count * 0.28), pool);
  falseCandidates(f, Math.round(count * 0.12), pool, seriesCasings);
  associations(f, Math.round(count * 0.08), people);
}

function ordinaryPurchase(f: Factory): void {
  const { rng } = f;
  const dealer = f.world.volumeDealers.pick(rng);
  const day = REF_DAY - rng.int(1, 28 * 365);
  const buyer = f.person(dealer.record.state, day, 21);
  const multiple = rng.chance(0.015);
  const first = f.firearm({ handgun: multiple || rng.chance(0.7) });
  f.sale(dealer, first, buyer, day, multiple);
  if (multiple) f.sale(dealer, f.firearm({ handgun: true }), buyer, Math.min(day + rng.int(0, 4), REF_DAY - 1), true);
}

function crimeGun(f: Factory, pool: CasingRecord[], people: PersonRecord[]): void {
  const { rng, stats } = f;
  const dealer = rng.chance(0.04) ? null : f.crimeDealer();
  const rogue = dealer?.rogue ?? false;
  const purchaseState = dealer?.record.state ?? stateTable.pick(rng).code;
  const recoveredDay = REF_DAY - rng.int(5, RECOVERY_WINDOW_DAYS);
  const ttc = rogue ? stats.ttc.rogue(rng) : stats.ttc.normal(rng);
  const soldDay = recoveredDay - ttc;
  const groupSize = rng.chance(rogue ? 0.5 : 0.04) ? rng.int(2, 3) : 1;
  const firearm = f.firearm({ handgun: groupSize > 1 || rogue || rng.chance(0.85), obliterated: rng.chance(rogue ? 0.25 : 0.04) });
  const purchaser = f.person(purchaseState, soldDay, 21);
  people.push(purchaser);
  const sale = dealer ? f.sale(dealer, firearm, purchaser, soldDay, groupSize > 1) : null;
  recover(f, { firearm, dealer, purchaser, sale, recoveredDay, purchaseState, pool, people });
  // The other handguns of a multiple sale: some reach crime too, later.
  for (let g = 1; g < groupSize && dealer; g++) {
    const day = soldDay + rng.int(0, 4);
    const extra = f.firearm({ handgun: true, obliterated: rng.chance(rogue ? 0.25 : 0.04) });
    const extraSale = f.sale(dealer, extra, purchaser, day, true);
    const extraTtc = rogue ? stats.ttc.rogue(rng) : stats.ttc.normal(rng);
    if (rng.chance(0.5) && day + extraTtc <= REF_DAY - 5 && day + extraTtc >= REF_DAY - RECOVERY_WINDOW_DAYS) {
      recover(f, { firearm: extra, dealer, purchaser, sale: extraSale, recoveredDay: day + extraTtc, purchaseState, pool, people });
    }
  }
}

interface RecoverArgs {
  firearm: FirearmRecord;
  dealer: DealerInfo | null;
  purchaser: PersonRecord;
  sale: SaleRecord | null;
  recoveredDay: number;
  purchaseState: string;
  pool: CasingRecord[];
  people: PersonRecord[];
}

function recover(f: Factory, a: RecoverArgs): void {
  const { rng } = f;
  const state = recoveryStateFor(rng, a.purchaseState);
  const agency = f.agencyNear(state, a.dealer);
  const r = rng.next();
  let sceneId: string | null = null;
  let shootingCasings: CasingRecord[] = [];
  if (r < 0.12) {
    // Used in one shooting before it was recovered.
    const at = (a.recoveredDay - rng.int(1, 60)) * DAY_MS + rng.int(0, 23) * HOUR_MS;
    const scene = f.scene(agency, at, f.shootingKind());
    shootingCasings = f.casings(scene, agency, a.firearm.caliber, rng.int(1, 3));
  } else if (r < 0.47) {
    sceneId = f.scene(agency, a.recoveredDay * DAY_MS + rng.int(0, 23) * HOUR_MS, 'RECOVERY_ONLY').id;
  }
  const possessor =
    agency.record.state === a.purchaser.state && rng.chance(0.15) ? a.purchaser : rng.chance(0.7) ? f.person(agency.record.state, a.recoveredDay, 16) : null;
  if (possessor && possessor !== a.purchaser) a.people.push(possessor);
  const recovery = f.recovery(a.firearm, agency, a.recoveredDay, sceneId, possessor?.id ?? null);
  const testFire = rng.chance(testFireRate(agency.behaviour)) ? f.testFire(a.firearm, a.recoveredDay) : null;
  if (testFire) f.sink.add(testFire);
  if (testFire && shootingCasings.length) {
    const hit = f.lead(testFire, shootingCasings[0]!, 'CONFIRMED');
    if (hit) {
      f.sink.add(hit);
      for (const c of shootingCasings) {
        c.firedFromFirearmId = a.firearm.id;
        c.firedFromConfirmedAt = hit.reviewedAt;
      }
    }
  }
  for (const c of shootingCasings) f.sink.add(c);
  a.pool.push(...shootingCasings);
  if (rng.chance(agency.traceRate)) {
    f.trace({ recovery, agency, sale: a.sale, dealer: a.dealer, purchaser: a.sale ? a.purchaser : null, obliterated: a.firearm.serialObliterated });
  }
}

function anyAgency(f: Factory): AgencyInfo {
  return f.agencyIn(stateTable.pick(f.rng).code);
}

function shootingsByUnknownGuns(f: Factory, n: number, pool: CasingRecord[]): void {
  for (let i = 0; i < n; i++) {
    const agency = anyAgency(f);
    const at = (REF_DAY - f.rng.int(2, RECOVERY_WINDOW_DAYS)) * DAY_MS + f.rng.int(0, 23) * HOUR_MS;
    const scene = f.scene(agency, at, f.shootingKind());
    const casings = f.casings(scene, agency, f.casingCaliber(), f.rng.int(1, 4));
    for (const c of casings) f.sink.add(c);
    pool.push(...casings);
  }
}

/**
 * NIBIN correlation candidates that are not the same gun: reviewed and rejected, or still
 * unreviewed. Some pair a background casing with a planted series casing, as real
 * correlation lists do.
 */
function falseCandidates(f: Factory, n: number, pool: CasingRecord[], seriesCasings: CasingRecord[]): void {
  const submitted = pool.filter((c) => c.submittedToNibinAt);
  if (submitted.length < 2) return;
  for (let i = 0; i < n; i++) {
    const a = f.rng.pick(submitted);
    const others = f.rng.chance(0.1) && seriesCasings.length ? seriesCasings : submitted;
    let b: CasingRecord | undefined;
    for (let t = 0; t < 12 && !b; t++) {
      const c = f.rng.pick(others);
      if (c.sceneId !== a.sceneId && c.caliber === a.caliber && c.submittedToNibinAt) b = c;
    }
    if (!b) continue;
    const lead = f.lead(a, b, f.rng.chance(0.75) ? 'REJECTED' : 'UNREVIEWED');
    if (lead) f.sink.add(lead);
  }
}

/** Known-associate links between people of one chunk who live in the same state (field interviews, arrests, social media). */
function associations(f: Factory, n: number, people: PersonRecord[]): void {
  const byState = new Map<string, PersonRecord[]>();
  for (const p of people) {
    const list = byState.get(p.state) ?? [];
    list.push(p);
    byState.set(p.state, list);
  }
  const seen = new Set<string>();
  for (let i = 0, made = 0; i < n * 3 && made < n && people.length > 1; i++) {
    const a = f.rng.pick(people);
    const b = f.rng.pick(byState.get(a.state)!);
    if (a === b || seen.has(`${a.id}>${b.id}`) || seen.has(`${b.id}>${a.id}`)) continue;
    seen.add(`${a.id}>${b.id}`);
    f.association(a.id, b.id, REF_DAY - f.rng.int(10, 2000));
    made += 1;
  }
}
