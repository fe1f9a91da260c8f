import { Prng } from './prng.js';

/**
 * How police agencies use NIBIN and eTrace, calibrated to the DOJ Inspector General's review of
 * ATF's Frontline initiative and the CGIC literature:
 * - about a quarter of agencies enter casings into NIBIN at all (The Trace, DOJ-IG); the rest
 *   recover casings and guns but enter nothing of their own;
 * - of those that enter, the good ones do so within 24 hours (the CGIC target), the laggards days,
 *   weeks or months later;
 * - comprehensive tracing is the exception: in one field division only about 15% of departments
 *   traced their recovered guns ("leaving huge holes"), and most departments trace few guns.
 * Each agency's intended behaviour is planted in the manifest (`agencyBehaviour`), so measures
 * computed from the graph can be checked against it.
 */
export type EntryProfile = 'NONE' | 'WITHIN_24H' | 'DAYS' | 'WEEKS' | 'MONTHS';

export interface AgencyBehaviour {
  /** True when the agency enters its own casings into NIBIN (an ATF NIBIN partner). */
  entersCasings: boolean;
  profile: EntryProfile;
  /** Planted median recovery -> entry delay in hours (null when the agency enters nothing). */
  entryMedianHours: number | null;
  /** Planted share of recovered guns traced (1 = comprehensive tracing). */
  traceRate: number;
  /** ATF field division of the agency's state. */
  division: string;
  /** True when the agency's division has the low-tracing culture the DOJ-IG found. */
  lowTracingDivision: boolean;
}

/** ATF field divisions of the states the generator uses (one division per state, two for NC and SC). */
export const FIELD_DIVISIONS: Record<string, string> = {
  NY: 'New York',
  NJ: 'Newark',
  MA: 'Boston',
  MD: 'Baltimore',
  GA: 'Atlanta',
  VA: 'Washington',
  SC: 'Charlotte',
  NC: 'Charlotte',
  FL: 'Miami',
  PA: 'Philadelphia',
  OH: 'Columbus',
  IL: 'Chicago',
  TX: 'Houston',
};

/** The Trace / DOJ-IG: about 25% of agencies use NIBIN. */
export const NIBIN_USER_SHARE = 0.25;
/** DOJ-IG: in one division about 15% of departments traced; elsewhere comprehensive tracing is a minority practice. */
const COMPREHENSIVE_SHARE_LOW_DIVISION = 0.15;
const COMPREHENSIVE_SHARE_ELSEWHERE = 0.4;
/** Divisions given the low-tracing culture per seed (which ones varies with the seed). */
const LOW_TRACING_DIVISIONS = 2;

const PROFILES: Array<[Exclude<EntryProfile, 'NONE'>, number]> = [
  ['WITHIN_24H', 0.35],
  ['DAYS', 0.25],
  ['WEEKS', 0.25],
  ['MONTHS', 0.15],
];
/** Per-casing spread (log-normal sigma) around the agency's median entry delay. */
export const ENTRY_SIGMA = 0.6;

function medianHoursFor(rng: Prng, profile: Exclude<EntryProfile, 'NONE'>): number {
  switch (profile) {
    case 'WITHIN_24H':
      return 3 + rng.next() * 9;
    case 'DAYS':
      return 24 * (2 + rng.next() * 5);
    case 'WEEKS':
      return 24 * 7 * (2 + rng.next() * 4);
    case 'MONTHS':
      return 24 * 30 * (2 + rng.next() * 2.5);
  }
}

export interface BehaviourInput {
  state: string;
  /** The largest city departments: NIBIN users in practice (they host or share the lab). */
  big: boolean;
  /** NYPD traces every recovered gun and enters casings within a day in its own lab (published CGIC practice). */
  comprehensiveTracer: boolean;
}

/**
 * Draws every agency's behaviour from its own PRNG stream (so the rest of the world, dealers
 * among it, does not change with this calibration). Big city departments always enter casings;
 * the others join with the probability that brings the total to NIBIN_USER_SHARE.
 */
export function drawAgencyBehaviour(seed: number, agencies: BehaviourInput[]): AgencyBehaviour[] {
  const rng = new Prng(seed, 'agency-behaviour');
  const divisions = [...new Set(Object.values(FIELD_DIVISIONS))].sort();
  const low = new Set(rng.sample(divisions, LOW_TRACING_DIVISIONS));
  const big = agencies.filter((a) => a.big).length;
  const others = agencies.length - big;
  const joinP = others > 0 ? Math.max(0, (NIBIN_USER_SHARE * agencies.length - big) / others) : 0;
  return agencies.map((a) => {
    const division = FIELD_DIVISIONS[a.state] ?? 'Other';
    const lowTracingDivision = low.has(division);
    const entersCasings = a.big || rng.chance(joinP);
    const profile: EntryProfile = a.comprehensiveTracer
      ? 'WITHIN_24H'
      : entersCasings
        ? rng.weighted(
            PROFILES.map((p) => p[0]),
            PROFILES.map((p) => p[1]),
          )
        : 'NONE';
    const entryMedianHours = profile === 'NONE' ? null : Math.round(medianHoursFor(rng, profile) * 10) / 10;
    const comprehensive = a.comprehensiveTracer || rng.chance(lowTracingDivision ? COMPREHENSIVE_SHARE_LOW_DIVISION : COMPREHENSIVE_SHARE_ELSEWHERE);
    const traceRate = comprehensive ? 1 : Math.round((0.02 + rng.next() * 0.23) * 100) / 100;
    return { entersCasings, profile, entryMedianHours, traceRate, division, lowTracingDivision };
  });
}

/** A standard normal draw (Box-Muller). */
function normal(rng: Prng): number {
  const u = Math.max(rng.next(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.next());
}

/**
 * Hours from recovery to NIBIN entry for one casing: log-normal around the agency's median.
 * WITHIN_24H agencies stay within 23 hours (they meet the target); an agency that enters
 * nothing of its own gets a series casing entered months later by a partner lab.
 */
export function entryDelayHours(rng: Prng, b: AgencyBehaviour): number {
  const median = b.entryMedianHours ?? 24 * 30 * (2 + rng.next() * 2);
  const hours = median * Math.exp(ENTRY_SIGMA * normal(rng));
  return Math.max(1, Math.round(b.profile === 'WITHIN_24H' ? Math.min(hours, 23) : hours));
}

/** Share of an agency's recovered crime guns test-fired and entered: NIBIN users test-fire most, the others none. */
export function testFireRate(b: AgencyBehaviour): number {
  return b.entersCasings ? 0.8 : 0;
}
