import { daysBetween } from '../common/days.js';
import { HANDGUN_KINDS } from '../model/records/enums.js';
import type { GraphRecord } from './record.types.js';
import type { RecordProblem } from './record.rules.js';

/**
 * Chronology and plausibility across records: a date is never before the record it depends on
 * (sale <= recovery <= trace request; scene <= casing recovered; NIBIN entry <= lead
 * correlation; a test-fire after its gun's recovery) and a buyer is old enough for the gun at
 * an FFL (18 U.S.C. 922(b)(1): 18 for long guns, 21 for handguns). The facts come from the
 * records of the same import and from the graph (one batched lookup per batch:
 * cypher/import/chronology-facts.cypher); `chronologyProblems` is pure.
 */
export interface FirearmFacts {
  kind: string | null;
  firstSoldOn: string | null;
  firstRecoveredOn: string | null;
}
export interface CasingFacts {
  recoveredAt: string;
  submittedToNibinAt: string | null;
}
export interface Facts {
  firearms: Map<string, FirearmFacts>;
  persons: Map<string, string>;
  scenes: Map<string, string>;
  recoveries: Map<string, string>;
  /** Each recovery's gun (recovery id to firearm id): a trace's time-to-crime runs from that gun's first sale. */
  recoveryGuns: Map<string, string>;
  casings: Map<string, CasingFacts>;
}
/**
 * The keys to look up, and the sales and recoveries the batch itself (re)sends: their stored values are
 * left out of a gun's first sale and first recovery, since the batch's own value replaces them (a sale
 * corrected to a later day must be checked against the recovery without its old, earlier day).
 */
export type FactKeys = { [K in Exclude<keyof Facts, 'recoveryGuns'>]: string[] } & { resentSales: string[]; resentRecoveries: string[] };

export const emptyFacts = (): Facts => ({
  firearms: new Map(),
  persons: new Map(),
  scenes: new Map(),
  recoveries: new Map(),
  recoveryGuns: new Map(),
  casings: new Map(),
});

const HANDGUNS = new Set<string>(HANDGUN_KINDS);
/** occurredAt/recoveredAt are instants, the dates they are compared with local days: allow the widest UTC offset. */
const ZONE_SLACK_MS = 14 * 3_600_000;
const ms = (v: string) => Date.parse(v.length === 10 ? `${v}T00:00:00Z` : v);
/** The earlier of two days (or instants); either may be missing. */
export const minDate = (a: string | null | undefined, b: string | null | undefined) => (!a ? (b ?? null) : !b ? a : ms(a) <= ms(b) ? a : b);

/** The keys of the records each record's rules depend on. */
export function factKeys(records: readonly GraphRecord[]): FactKeys {
  const k = { firearms: new Set<string>(), persons: new Set<string>(), scenes: new Set<string>(), recoveries: new Set<string>(), casings: new Set<string>() };
  const resentSales = new Set<string>();
  const resentRecoveries = new Set<string>();
  for (const r of records) {
    switch (r.type) {
      case 'association':
        k.persons.add(r.fromPersonId).add(r.toPersonId);
        break;
      case 'sale':
        k.firearms.add(r.firearmId);
        k.persons.add(r.purchaserId);
        resentSales.add(r.id);
        break;
      case 'recovery':
        k.firearms.add(r.firearmId);
        resentRecoveries.add(r.id);
        if (r.sceneId) k.scenes.add(r.sceneId);
        if (r.possessorId) k.persons.add(r.possessorId);
        break;
      case 'casing':
        if (r.sceneId) k.scenes.add(r.sceneId);
        if (r.testFireOfFirearmId) k.firearms.add(r.testFireOfFirearmId);
        if (r.firedFromFirearmId) k.firearms.add(r.firedFromFirearmId);
        break;
      case 'trace':
        k.recoveries.add(r.recoveryId);
        break;
      case 'lead':
        k.casings.add(r.casingA).add(r.casingB);
        break;
      default:
        break;
    }
  }
  return {
    firearms: [...k.firearms],
    persons: [...k.persons],
    scenes: [...k.scenes],
    recoveries: [...k.recoveries],
    casings: [...k.casings],
    resentSales: [...resentSales],
    resentRecoveries: [...resentRecoveries],
  };
}

/** Adds what the records themselves say (a call's or a file's records) to `facts`. */
export function addRecordFacts(facts: Facts, records: readonly GraphRecord[]): Facts {
  const gun = (id: string) => {
    let g = facts.firearms.get(id);
    if (!g) facts.firearms.set(id, (g = { kind: null, firstSoldOn: null, firstRecoveredOn: null }));
    return g;
  };
  for (const r of records) {
    switch (r.type) {
      case 'firearm':
        gun(r.id).kind = r.kind;
        break;
      case 'person':
        facts.persons.set(r.id, r.dateOfBirth);
        break;
      case 'scene':
        facts.scenes.set(r.id, r.occurredAt);
        break;
      case 'sale':
        gun(r.firearmId).firstSoldOn = minDate(gun(r.firearmId).firstSoldOn, r.soldOn);
        break;
      case 'recovery':
        facts.recoveries.set(r.id, r.recoveredOn);
        facts.recoveryGuns.set(r.id, r.firearmId);
        gun(r.firearmId).firstRecoveredOn = minDate(gun(r.firearmId).firstRecoveredOn, r.recoveredOn);
        break;
      case 'casing':
        facts.casings.set(r.evidenceId, { recoveredAt: r.recoveredAt, submittedToNibinAt: r.submittedToNibinAt });
        break;
      default:
        break;
    }
  }
  return facts;
}

/** Merges graph facts into `facts`: earliest dates win, a value the records lack is taken from the graph. */
export function addGraphFacts(facts: Facts, graph: Facts): Facts {
  for (const [id, g] of graph.firearms) {
    const mine = facts.firearms.get(id);
    if (!mine) facts.firearms.set(id, { ...g });
    else {
      mine.kind ??= g.kind;
      mine.firstSoldOn = minDate(mine.firstSoldOn, g.firstSoldOn);
      mine.firstRecoveredOn = minDate(mine.firstRecoveredOn, g.firstRecoveredOn);
    }
  }
  for (const key of ['persons', 'scenes', 'recoveries', 'recoveryGuns'] as const)
    for (const [id, v] of graph[key]) if (!facts[key].has(id)) facts[key].set(id, v);
  for (const [id, v] of graph.casings) if (!facts.casings.has(id)) facts.casings.set(id, v);
  return facts;
}

/** Whole years from a date of birth to a day (the birthday counts). */
export function ageOn(dateOfBirth: string, day: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const [y, m, d] = day.slice(0, 10).split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** Every chronology or plausibility problem of one record, given the facts about what it depends on. */
export function chronologyProblems(r: GraphRecord, facts: Facts): RecordProblem[] {
  const out: RecordProblem[] = [];
  const notBefore = (field: string, value: string | null, anchor: string | null | undefined, what: string, slack = 0) => {
    if (value && anchor && ms(value) + slack < ms(anchor)) out.push({ field, reason: `is before ${what} (${anchor})` });
  };
  const bornBy = (field: string, personId: string | null, day: string, role: string) => {
    const dob = personId ? facts.persons.get(personId) : undefined;
    if (dob && ms(day) < ms(dob)) out.push({ field, reason: `is before the ${role}'s date of birth (${dob})` });
  };
  switch (r.type) {
    case 'association':
      bornBy('since', r.fromPersonId, r.since, 'first person');
      bornBy('since', r.toPersonId, r.since, 'second person');
      break;
    case 'sale': {
      const gun = facts.firearms.get(r.firearmId);
      const first = minDate(gun?.firstSoldOn, r.soldOn);
      if (gun?.firstRecoveredOn && first && ms(first) > ms(gun.firstRecoveredOn)) {
        out.push({
          field: 'soldOn',
          reason: `is after the gun's first recovery (${gun.firstRecoveredOn}): the first retail sale comes before any recovery, so time-to-crime is never negative`,
        });
      }
      const dob = facts.persons.get(r.purchaserId);
      if (dob && gun?.kind) {
        const minimum = HANDGUNS.has(gun.kind) ? 21 : 18;
        const age = ageOn(dob, r.soldOn);
        if (age < minimum)
          out.push({
            field: 'purchaserId',
            reason: `the buyer was ${age} on soldOn; an FFL sells a ${HANDGUNS.has(gun.kind) ? 'handgun' : 'long gun'} only to buyers ${minimum} or older (18 U.S.C. 922(b)(1))`,
          });
      }
      break;
    }
    case 'recovery':
      notBefore('recoveredOn', r.recoveredOn, facts.firearms.get(r.firearmId)?.firstSoldOn, "the gun's first retail sale (time-to-crime is never negative)");
      if (r.sceneId) notBefore('recoveredOn', r.recoveredOn, facts.scenes.get(r.sceneId)?.slice(0, 10), 'the day of its scene', ZONE_SLACK_MS);
      bornBy('recoveredOn', r.possessorId, r.recoveredOn, 'possessor');
      break;
    case 'casing': {
      if (r.sceneId) notBefore('recoveredAt', r.recoveredAt, facts.scenes.get(r.sceneId), "its scene's occurredAt (a casing is picked up after the shooting)");
      if (r.testFireOfFirearmId) {
        const recovered = facts.firearms.get(r.testFireOfFirearmId)?.firstRecoveredOn;
        if (!recovered)
          out.push({
            field: 'testFireOfFirearmId',
            reason: 'the gun has no recovery: a lab test-fires a gun only after police recover it (send its recovery first or in the same import)',
          });
        else notBefore('recoveredAt', r.recoveredAt, recovered, "the gun's first recovery (a test-fire comes after the recovery)", ZONE_SLACK_MS);
      }
      if (r.firedFromFirearmId) {
        notBefore(
          'firedFromConfirmedAt',
          r.firedFromConfirmedAt,
          facts.firearms.get(r.firedFromFirearmId)?.firstRecoveredOn,
          "the gun's first recovery (a hit needs its test-fire)",
          ZONE_SLACK_MS,
        );
      }
      break;
    }
    case 'trace': {
      const recoveredOn = facts.recoveries.get(r.recoveryId);
      notBefore('requestedAt', r.requestedAt, recoveredOn, 'its recovery (a gun is traced after it is recovered)', ZONE_SLACK_MS);
      // Time-to-crime is the whole days from the gun's first retail sale to this recovery, as
      // Recovery.timeToCrimeDays counts them (daysBetween): exact, no day either way, so the trace and
      // the recovery never disagree and dealer risk (which reads the trace's value) reads the true one.
      const soldOn = facts.firearms.get(facts.recoveryGuns.get(r.recoveryId) ?? '')?.firstSoldOn;
      const days = daysBetween(soldOn, recoveredOn);
      if (r.timeToCrimeDays !== null && days !== null && r.timeToCrimeDays !== days)
        out.push({
          field: 'timeToCrimeDays',
          reason: `is ${r.timeToCrimeDays}, but the gun's first retail sale (${soldOn}) and recovery ${r.recoveryId} (${recoveredOn}) are ${days} days apart: time-to-crime is the days from the first sale to the recovery`,
        });
      break;
    }
    case 'lead':
      for (const field of ['casingA', 'casingB'] as const) {
        const c = facts.casings.get(r[field]);
        if (!c) continue;
        if (!c.submittedToNibinAt)
          out.push({ field, reason: `casing ${r[field]} was never entered into NIBIN (no submittedToNibinAt), so NIBIN cannot have correlated it` });
        else notBefore('correlatedAt', r.correlatedAt, c.submittedToNibinAt, `the NIBIN entry of ${field} ${r[field]}`);
      }
      break;
    default:
      break;
  }
  return out;
}
