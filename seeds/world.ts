import { Faker, en, en_US } from '@faker-js/faker';
import { formatFflLicense, type FflLicenseType } from '../src/common/ffl-license.js';
import type { AgencyRecord, FflRecord, ManufacturerRecord } from '../src/import/record.types.js';
import { MAKERS } from './catalog.js';
import { STATES, STATE_BY_CODE, type City } from './geography.js';
import { Prng, WeightedTable } from './prng.js';
import type { ScaleParams } from './scale.js';
import { drawAgencyBehaviour, type AgencyBehaviour } from './agency-behaviour.js';

/**
 * How quickly an agency enters casings into NIBIN (DOJ OIG, 2024: some within 24 hours,
 * others weeks or months late) and how completely it traces recovered guns (comprehensive
 * tracing is the exception).
 */
export type NibinLag = 'FAST' | 'SLOW' | 'BACKLOG';

export interface AgencyInfo {
  record: AgencyRecord;
  latitude: number;
  longitude: number;
  lag: NibinLag;
  /** Share of its recovered guns it traces (1 = comprehensive tracing); from `behaviour`. */
  traceRate: number;
  weight: number;
  /** NIBIN entry and tracing behaviour (seeds/agency-behaviour.ts); planted in the manifest. */
  behaviour: AgencyBehaviour;
}

export interface DealerInfo {
  record: FflRecord;
  retail: boolean;
  top: boolean;
  rogue: boolean;
  /** Relative share of background crime guns first sold here. */
  crimeWeight: number;
  /** Relative share of ordinary (never recovered) sales. */
  volumeWeight: number;
}

export interface World {
  params: ScaleParams;
  manufacturers: ManufacturerRecord[];
  agencies: AgencyInfo[];
  agenciesByState: Map<string, WeightedTable<AgencyInfo>>;
  /** Set only for the recovery-locality what-if (seeds/recovery-locality.ts); absent: the whole state. */
  recoveryLocalityKm?: number;
  dealers: DealerInfo[];
  crimeDealers: WeightedTable<DealerInfo>;
  topCrimeDealers: WeightedTable<DealerInfo>;
  otherCrimeDealers: WeightedTable<DealerInfo>;
  volumeDealers: WeightedTable<DealerInfo>;
  /** Retail dealers per state that are neither rogue nor top (ring dealers come from here). */
  plainDealersByState: Map<string, DealerInfo[]>;
}

/** ATF (2000): 1.2% of dealers accounted for 57% of crime-gun traces. */
export const TOP_DEALER_SHARE = 0.012;
export const TOP_DEALER_TRACE_SHARE = 0.57;

export function seededFaker(seed: number): Faker {
  const faker = new Faker({ locale: [en_US, en] });
  faker.seed(seed);
  return faker;
}

export function jitter(rng: Prng, value: number, spread: number): number {
  return Math.round((value + (rng.next() * 2 - 1) * spread) * 1e5) / 1e5;
}

const LICENSE_TYPE_WEIGHTS: Array<[FflLicenseType, number]> = [
  ['01', 78],
  ['02', 14],
  ['07', 4],
  ['08', 1],
  ['03', 1],
  ['06', 1],
  ['09', 0.4],
  ['10', 0.3],
  ['11', 0.3],
];
const RETAIL_TYPES = new Set<string>(['01', '02', '07']);
const DEALER_SUFFIXES = ['Firearms', 'Guns & Ammo', 'Pawn & Gun', 'Sporting Goods', 'Outdoors', 'Shooting Supply', 'Arms', 'Gun Shop', 'Tactical'];

export function buildWorld(seed: number, params: ScaleParams): World {
  const rng = new Prng(seed, 'world');
  const faker = seededFaker(rng.uint32());
  const manufacturers: ManufacturerRecord[] = MAKERS.map((m) => ({ type: 'manufacturer', name: m.name, kind: m.kind, country: m.country }));

  // Agencies: city police departments first (largest cities first), then sheriffs and town departments.
  const agencies: AgencyInfo[] = [];
  const oris = new Set<string>();
  const perStateSeq = new Map<string, number>();
  const cityQueue: City[] = STATES.flatMap((s) => s.cities).sort((a, b) => b.weight - a.weight || a.name.localeCompare(b.name));
  const stateTable = new WeightedTable(
    STATES,
    STATES.map((s) => s.crimeWeight),
  );
  for (let i = 0; i < params.agencies; i++) {
    let city: City;
    let name: string;
    let weight: number;
    let spread = 0;
    if (i < cityQueue.length) {
      city = cityQueue[i]!;
      name = city.name === 'New York' ? 'New York City Police Department' : `${city.name} Police Department`;
      weight = city.weight * 4;
    } else {
      const state = stateTable.pick(rng);
      city = rng.weighted(
        state.cities,
        state.cities.map((c) => c.weight),
      );
      const town = faker.location.city();
      name = rng.chance(0.3) ? `${faker.location.county()} Sheriff's Office` : `${town} Police Department`;
      city = { ...city, name: town };
      weight = rng.next() * 0.8 + 0.2;
      spread = 0.35;
    }
    const seq = (perStateSeq.get(city.state) ?? 0) + 1;
    perStateSeq.set(city.state, seq);
    // NYPD keeps its real ORI: tokens in tests and docs name it.
    let ori = city.name === 'New York' && city.state === 'NY' ? 'NY0303000' : `${city.state}${city.county}${String(seq % 100).padStart(2, '0')}00`;
    while (oris.has(ori)) ori = `${city.state}${city.county}${String(rng.int(0, 99)).padStart(2, '0')}${rng.pick(['00', 'SO', 'PD', '0A', '0B'])}`;
    oris.add(ori);
    const big = i < 6;
    const lag: NibinLag = big ? rng.weighted(['FAST', 'SLOW'] as const, [0.6, 0.4]) : rng.weighted(['FAST', 'SLOW', 'BACKLOG'] as const, [0.3, 0.4, 0.3]);
    const comprehensive = city.name === 'New York' || rng.chance(0.3);
    agencies.push({
      record: { type: 'agency', ori, name, state: city.state, city: city.name, nibinPartner: big || rng.chance(0.75) },
      latitude: jitter(rng, city.latitude, spread),
      longitude: jitter(rng, city.longitude, spread),
      lag,
      traceRate: comprehensive ? 1 : Math.round((0.1 + rng.next() * 0.5) * 100) / 100,
      weight,
      behaviour: undefined as unknown as AgencyBehaviour,
    });
  }
  // Calibrated NIBIN use and tracing, drawn from a stream of their own (the draws above stay, so dealers do not move).
  const behaviours = drawAgencyBehaviour(
    seed,
    agencies.map((a, i) => ({ state: a.record.state, big: i < 6, comprehensiveTracer: a.record.ori === 'NY0303000' })),
  );
  agencies.forEach((a, i) => {
    a.behaviour = behaviours[i]!;
    a.record.nibinPartner = a.behaviour.entersCasings;
    a.traceRate = a.behaviour.traceRate;
  });
  const agenciesByState = new Map<string, WeightedTable<AgencyInfo>>();
  for (const s of STATES) {
    const here = agencies.filter((a) => a.record.state === s.code);
    if (here.length)
      agenciesByState.set(
        s.code,
        new WeightedTable(
          here,
          here.map((a) => a.weight),
        ),
      );
  }

  // Dealers: count per state by dealer weight, premises in a city of the state.
  const dealers: DealerInfo[] = [];
  const licenses = new Set<string>();
  const dealerStates = new WeightedTable(
    STATES,
    STATES.map((s) => s.dealerWeight),
  );
  for (let i = 0; i < params.dealers; i++) {
    const state = dealerStates.pick(rng);
    const city = rng.weighted(
      state.cities,
      state.cities.map((c) => c.weight),
    );
    const licenseType = rng.weighted(
      LICENSE_TYPE_WEIGHTS.map((t) => t[0]),
      LICENSE_TYPE_WEIGHTS.map((t) => t[1]),
    );
    let license: string;
    do {
      license = formatFflLicense({
        region: state.fflRegion,
        irsDistrict: state.irsDistrict,
        countyFips: city.county,
        licenseType,
        expiresYearDigit: String(rng.int(6, 9)),
        expiresMonth: rng.int(1, 12),
        sequence: String(rng.int(0, 99_999)).padStart(5, '0'),
      });
    } while (licenses.has(license));
    licenses.add(license);
    const retail = RETAIL_TYPES.has(licenseType);
    const owner = rng.chance(0.5) ? faker.person.lastName() : faker.location.street();
    dealers.push({
      record: {
        type: 'ffl',
        license,
        name: `${owner} ${rng.pick(DEALER_SUFFIXES)}${rng.chance(0.4) ? ' LLC' : ''}`,
        licenseType,
        premisesAddress: faker.location.streetAddress(),
        city: city.name,
        state: state.code,
        latitude: jitter(rng, city.latitude, 0.15),
        longitude: jitter(rng, city.longitude, 0.15),
      },
      retail,
      top: false,
      rogue: false,
      crimeWeight: 0,
      volumeWeight: retail ? Math.exp(rng.next() * 3) : 0,
    });
  }

  // Concentration: the top 1.2% get TOP_DEALER_TRACE_SHARE of crime guns, rogue dealers
  // params.rogueTraceShare, and about a third of the remaining retailers share the rest; the
  // other dealers never sell a traced gun (ATF, 2000: most dealers have no traces at all).
  const retail = dealers.filter((d) => d.retail && d.record.licenseType !== '07');
  const topCount = Math.max(1, Math.ceil(params.dealers * TOP_DEALER_SHARE));
  const shuffled = rng.sample(retail, retail.length);
  const tops = shuffled.slice(0, topCount);
  const rogueCandidates = shuffled.slice(topCount).filter((d) => STATE_BY_CODE.get(d.record.state)!.role === 'SOURCE');
  const rogues = rogueCandidates.slice(0, params.rogueDealers);
  const rest = shuffled.slice(topCount).filter((d) => !rogues.includes(d));
  for (const d of tops) {
    d.top = true;
    d.crimeWeight = TOP_DEALER_TRACE_SHARE / topCount;
    d.volumeWeight *= 15;
  }
  for (const d of rogues) {
    d.rogue = true;
    d.crimeWeight = params.rogueTraceShare / rogues.length;
    d.volumeWeight = 0.5;
  }
  const tail = rest.filter(() => rng.chance(0.35));
  const tailWeights = tail.map(() => Math.exp(rng.next() * 2));
  const tailTotal = tailWeights.reduce((a, b) => a + b, 0);
  tail.forEach((d, i) => (d.crimeWeight = ((1 - TOP_DEALER_TRACE_SHARE - params.rogueTraceShare) * tailWeights[i]!) / tailTotal));
  const crimeCapable = dealers.filter((d) => d.crimeWeight > 0);
  const volumeCapable = dealers.filter((d) => d.volumeWeight > 0);
  const plainDealersByState = new Map<string, DealerInfo[]>();
  for (const d of rest) {
    const list = plainDealersByState.get(d.record.state) ?? [];
    list.push(d);
    plainDealersByState.set(d.record.state, list);
  }
  return {
    params,
    manufacturers,
    agencies,
    agenciesByState,
    dealers,
    crimeDealers: new WeightedTable(
      crimeCapable,
      crimeCapable.map((d) => d.crimeWeight),
    ),
    topCrimeDealers: new WeightedTable(
      tops,
      tops.map((d) => d.crimeWeight),
    ),
    otherCrimeDealers: new WeightedTable(
      crimeCapable.filter((d) => !d.top),
      crimeCapable.filter((d) => !d.top).map((d) => d.crimeWeight),
    ),
    volumeDealers: new WeightedTable(
      volumeCapable,
      volumeCapable.map((d) => d.volumeWeight),
    ),
    plainDealersByState,
  };
}
