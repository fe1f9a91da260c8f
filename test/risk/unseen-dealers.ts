import { afterAll, beforeAll, expect } from 'vitest';
import { Role } from '../../src/core/role.js';
import { graphql } from '../generated/graphql/index.js';
import type { UnseenDealerQuery } from '../generated/graphql/graphql.js';
import { analysedCaseReads } from '../network/case-reads.js';
import { casePeople, dayAfter, gunPath, type CaseWorld } from '../network/case-records.js';
import { startTestApp, type TestApp } from '../support/app.js';

/**
 * Hand-written dealers for the dealer-risk "new user" cases (not the generator's): places, stores
 * and guns as import records, and the hooks that import them, run the analysis job once, and
 * remove the guns afterwards so later test files' statistics never see them.
 */
export const PLACES = {
  PHL: { address: '90 Broad St', city: 'Philadelphia', state: 'PA', latitude: 39.95, longitude: -75.16 },
  PIT: { address: '414 Grant St', city: 'Pittsburgh', state: 'PA', latitude: 40.44, longitude: -79.99 },
  COU: { address: '1 E 2nd St', city: 'Coudersport', state: 'PA', latitude: 41.77, longitude: -78.02 },
  EAS: { address: '1 S 3rd St', city: 'Easton', state: 'PA', latitude: 40.69, longitude: -75.21 },
  PHB: { address: '675 Corliss Ave', city: 'Phillipsburg', state: 'NJ', latitude: 40.69, longitude: -75.19 },
  RDG: { address: '815 Washington St', city: 'Reading', state: 'PA', latitude: 40.34, longitude: -75.93 },
} as const;
export type Place = keyof typeof PLACES;

/** One test file's world: ids `<PREFIX>-<run>-<key>`, one agency per place (letters in the ORI: seeded ORIs have none). */
export function dealerWorld(prefix: string) {
  const run = Date.now().toString(36).toUpperCase().slice(-6);
  const digits = String(Number.parseInt(run, 36) % 100_000).padStart(5, '0');
  const id = (k: string) => `${prefix}-${run}-${k}`;
  const ori = (p: Place) => `${PLACES[p].state}${digits}${p.slice(0, 2)}`;
  // Expiry year digit 2: the seeded dealers' licences run 6–9, so these never meet one.
  const licence = (stateCounty: string, n: number) => `${stateCounty}-01-2C-${String((Number(digits) + n) % 100_000).padStart(5, '0')}`;
  const maker = `${prefix} ${run} Arms`;
  const base: CaseWorld = {
    id,
    run,
    store: '',
    ori: ori('PHL'),
    maker,
    gun: { serialPrefix: prefix.slice(0, 2), make: prefix, model: 'D9' },
    recoveredAt: PLACES.PHL,
  };
  const person = casePeople(base, {
    firstNames: ['Ada', 'Bram', 'Cyra', 'Dov', 'Elke', 'Fenn', 'Gita', 'Hugo', 'Iona', 'Jules', 'Kemal', 'Lior'],
    surname: prefix,
    streets: ['Elm St', 'Mill Rd'],
    fromYear: 1940,
    years: 40,
    firstHouse: 10,
    houseStep: 3,
  });
  const at = (store: string, p: Place): CaseWorld => ({ ...base, store, ori: ori(p), recoveredAt: PLACES[p] });
  const agencies = (places: Place[]) =>
    places.map((p) => ({
      type: 'agency',
      ori: ori(p),
      name: `${prefix} ${run} ${PLACES[p].city} Police`,
      state: PLACES[p].state,
      city: PLACES[p].city,
      nibinPartner: true,
    }));
  const store = (license: string, name: string, p: Place) => ({
    type: 'ffl',
    license,
    name: `${prefix} ${run} ${name}`,
    licenseType: '01',
    premisesAddress: `${PLACES[p].address.split(' ')[0]}0 Market St`,
    city: PLACES[p].city,
    state: PLACES[p].state,
    latitude: PLACES[p].latitude,
    longitude: PLACES[p].longitude,
  });
  /**
   * A theft report of gun `k` (`FA<k>`), filed on `reportedOn` at 21:00 UTC, the theft the day
   * before: a police burglary report unless `ffl` names the licensee reporting its own theft.
   */
  const theft = (k: string, reportedOn: string, ffl: string | null = null) => ({
    type: 'theft',
    id: id(`TH${k}`),
    firearmId: id(`FA${k}`),
    kind: ffl ? 'FFL_THEFT' : 'RESIDENCE_BURGLARY',
    occurredOn: dayAfter(-1, reportedOn),
    reportedAt: `${reportedOn}T21:00:00.000Z`,
    reportingAgencyOri: ori('PHL'),
    reportingFflLicense: ffl,
  });
  return { run, id, ori, licence, at, agencies, store, person, theft, maker: { type: 'manufacturer', name: maker, kind: 'MANUFACTURER', country: 'US' } };
}

export interface TracedGun {
  /** Sold on record to `buyer` on this day; null: the store has no sale record of the gun. */
  soldOn: string | null;
  buyer: string;
  /** Who the police found it with (null: no possessor on record). */
  holder: string | null;
  recoveredOn: string;
  /** Hours the store took to answer the trace; null: never answered. */
  answerHours?: number | null;
  /** The store answered with no purchaser (its answer for a gun it has no record of). */
  noPurchaser?: boolean;
  obliterated?: boolean;
  /** False: recovered but never traced (the agency did not ask). */
  traced?: boolean;
}

/** One gun of a store recovered at the world's place and (unless `traced` is false) traced back to the store. */
export function tracedGun(w: CaseWorld, k: string, g: TracedGun) {
  const [firearm, sale, recovery, trace] = gunPath(w, k, g.buyer, g.soldOn ?? g.recoveredOn, g.holder ?? g.buyer, g.recoveredOn);
  const out: Array<Record<string, unknown>> = [{ ...firearm!, serialObliterated: g.obliterated ?? false }];
  if (g.soldOn) out.push(sale!);
  out.push({ ...recovery!, possessorId: g.holder ? w.id(g.holder) : null });
  if (g.traced === false) return out;
  const asked = Date.parse(String(trace!.dealerRequestedAt));
  const hours = g.answerHours === undefined ? 2 : g.answerHours;
  const answered = hours === null ? null : new Date(asked + hours * 3_600_000).toISOString();
  const unrecorded = g.noPurchaser || !g.soldOn;
  out.push({
    ...trace!,
    // A request the store never answers stays PENDING; an answer completes the trace an hour later.
    completedAt: answered === null ? null : new Date(asked + (hours! + 1) * 3_600_000).toISOString(),
    dealerRespondedAt: answered,
    ...(answered === null ? { outcome: 'PENDING' } : unrecorded ? { outcome: 'NO_PURCHASER' } : {}),
    ...(unrecorded || answered === null ? { timeToCrimeDays: null, resolvedPurchaserId: null } : {}),
  });
  return out;
}

/** `n` ordinary sales of the store, never recovered, spread from `from` every `every` days over `buyers` buyers. */
export function quietSales(w: CaseWorld, key: string, n: number, from: string, every: number, buyers: string[], multipleEvery = 0) {
  return Array.from({ length: n }, (_, i) => {
    const [firearm, sale] = gunPath(w, `${key}${i}`, buyers[i % buyers.length]!, dayAfter(Math.floor(i * every), from), buyers[0]!, from);
    return [firearm!, { ...sale!, multipleSale: multipleEvery > 0 && i % multipleEvery === 0 }];
  }).flat();
}

const DEALER = graphql(`
  query UnseenDealer($l: NonEmptyString!, $indicator: RiskIndicatorKey) {
    highRiskDealers(first: 0) {
      totalCount
    }
    ffl(license: $l) {
      risk {
        rank
        score
        traces
        indicators {
          key
          value
          detail
          percentile
          weight
          contribution
        }
        topIndicators(count: 3) {
          key
        }
        coverage {
          flags
          traceCoverage
          scoreLow
          scoreHigh
        }
        evidence(first: 100, indicator: $indicator) {
          totalCount
          edges {
            node {
              traceId
              outcome
              flags
            }
          }
        }
      }
    }
  }
`);
export type DealerRead = NonNullable<NonNullable<UnseenDealerQuery['ffl']>['risk']> & { of: number };

/** A dealer's stored risk as an analyst reads it (evidence filtered on `indicator` when given), with `of` = dealers ranked. */
export async function readDealer(app: TestApp, license: string, indicator: DealerRead['indicators'][number]['key'] | null = null): Promise<DealerRead> {
  const res = await app.gql(DEALER, { l: license, indicator }, [Role.ANALYST]);
  expect(res.errors).toBeUndefined();
  return { ...res.data!.ffl!.risk!, of: res.data!.highRiskDealers.totalCount };
}

export const indicator = (d: DealerRead, key: DealerRead['indicators'][number]['key']) => d.indicators.find((i) => i.key === key)!;

/** One line a reader of the test log can compare before and after a change. */
export const summary = (name: string, d: DealerRead) =>
  `${name}: rank ${d.rank} of ${d.of}, score ${d.score.toFixed(1)}, ${d.traces} traces, top ${d.topIndicators.map((i) => i.key).join(', ')}`;

/**
 * Registers the file's hooks: the records imported in order, analysed once and the guns removed
 * afterwards (analysedCaseReads, the network cases' helper), and a test app to read dealers with.
 */
export function dealerCaseFile(records: Array<Record<string, unknown>>): { app: () => TestApp } {
  let app: TestApp;
  analysedCaseReads(records);
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());
  return { app: () => app };
}
