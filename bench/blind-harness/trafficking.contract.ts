/**
 * What a blind trafficking generator receives and returns. A blind generator is written by someone
 * who has read neither the detection rules nor the project's typology generator; this file is the
 * only part of the harness it needs: the background world it plants into (its dealers, cities and
 * recovery window) and the truth it reports for each planted case.
 */
import type { GraphRecord } from '../../src/import/record.types.js';
import type { GeneratedWorld } from '../traffic-rows.js';

const DAY_MS = 86_400_000;
const dayOf = (iso: string) => Math.floor(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / DAY_MS);

export interface Dealer {
  license: string;
  state: string;
  /** Retail sales the background recorded at this dealer. */
  sales: number;
}

/** What a planted case may use of the background: its dealers, its cities, its recovery window (days since 1970-01-01). */
export interface Background {
  /** Busy stores only (30 or more sales), by state: planted buyers shop amid lawful sales. */
  dealersByState: Map<string, Dealer[]>;
  /** Every dealer whose state the background records, busy or not, by state. */
  allDealersByState: Map<string, Dealer[]>;
  citiesByState: Map<string, string[]>;
  firstRecovery: number;
  lastRecovery: number;
}

const BUSY_SALES = 30;

export function backgroundOf(world: Pick<GeneratedWorld, 'rows' | 'purchases'>): Background {
  const sales = new Map<string, number>();
  for (const p of world.purchases) sales.set(p.dealerLicense, (sales.get(p.dealerLicense) ?? 0) + 1);
  const dealers = new Map<string, Dealer>();
  const cities = new Map<string, Set<string>>();
  let first = Infinity;
  let last = -Infinity;
  for (const r of world.rows) {
    if (r.dealerState) dealers.set(r.dealerLicense, { license: r.dealerLicense, state: r.dealerState, sales: sales.get(r.dealerLicense) ?? 0 });
    if (r.recoveredState && r.recoveredCity)
      (cities.get(r.recoveredState) ?? cities.set(r.recoveredState, new Set()).get(r.recoveredState)!).add(r.recoveredCity);
    const d = dayOf(r.recoveredOn);
    first = Math.min(first, d);
    last = Math.max(last, d);
  }
  const byState = (keep: (d: Dealer) => boolean) => {
    const out = new Map<string, Dealer[]>();
    for (const d of [...dealers.values()].filter(keep).sort((a, b) => a.license.localeCompare(b.license)))
      (out.get(d.state) ?? out.set(d.state, []).get(d.state)!).push(d);
    return out;
  };
  const citiesByState = new Map([...cities].map(([s, c]) => [s, [...c].sort()] as [string, string[]]));
  return {
    dealersByState: byState((d) => d.sales >= BUSY_SALES),
    allDealersByState: byState(() => true),
    citiesByState,
    firstRecovery: first,
    lastRecovery: last,
  };
}

/** One planted case as the evaluation reads it. */
export interface CaseTruth {
  id: string;
  /** The shape's name: every case of one shape carries the same label. */
  typology: string;
  trafficking: boolean;
  /** Parameters drawn for the case (for reading a miss). */
  params: Record<string, number | string | boolean>;
  /** Everyone who bought the case's guns at a dealer. */
  buyerIds: string[];
  /** Brokers, recruiters, receivers: the people the guns were bought for. */
  hubIds: string[];
  /** People police found holding the case's guns. */
  possessorIds: string[];
  firearmIds: string[];
  recoveredFirearmIds: string[];
}

/** A blind generator's output for one background: records in any order, and the truth of each case. */
export interface BlindPlanting {
  records: GraphRecord[];
  cases: CaseTruth[];
}

/** A blind generator: plants `casesPer` cases of every shape it knows, drawing only from its own PRNG seeded by both seeds. */
export type BlindGenerator = {
  /** Every record id it writes starts with this and a hyphen, so its people can be told from the background's. */
  prefix: string;
  /** Its records are held to the importer's rules before they are planted (bench/blind-harness/plant-into.ts). */
  importChecked: boolean;
  /** Shape names, trafficking shapes first, in the order the report lists them. */
  shapes: ReadonlyArray<{ name: string; trafficking: boolean }>;
  plant(bg: Background, backgroundSeed: number, blindSeed: number, casesPer: number): BlindPlanting;
};
