import type { FirearmRecord, PersonRecord, SaleRecord } from '../../src/import/record.types.js';
import { DAY_MS, HOUR_MS, REF_DAY } from '../dates.js';
import type { Factory } from '../factory.js';
import { DESTINATION_STATES, SOURCE_STATES } from '../geography.js';
import type { DealerInfo } from '../world.js';
import type { PlantedCase } from './typology.types.js';
import type { TypologyRanges } from './ranges.js';

/** A typology instance under construction: collects the planted truth as records are made. */
export class CaseBuilder {
  readonly purchasers = new Set<string>();
  readonly hubs = new Set<string>();
  readonly possessors = new Set<string>();
  readonly firearms = new Set<string>();
  readonly recovered = new Set<string>();
  readonly evidentPurchasers = new Set<string>();
  readonly dealers = new Set<string>();

  constructor(
    readonly f: Factory,
    readonly ranges: TypologyRanges,
  ) {}

  build(id: string, typology: PlantedCase['typology'], trafficking: boolean, corridor: PlantedCase['corridor'], params: PlantedCase['params']): PlantedCase {
    return {
      id,
      typology,
      trafficking,
      corridor,
      purchaserIds: [...this.purchasers],
      hubIds: [...this.hubs],
      possessorIds: [...this.possessors].filter((p) => !this.purchasers.has(p)),
      firearmIds: [...this.firearms],
      recoveredFirearmIds: [...this.recovered],
      evidentPurchaserIds: [...this.evidentPurchasers],
      dealerLicenses: [...this.dealers],
      params,
    };
  }

  /** A retail sale of a new gun, recorded in the case. */
  buy(dealer: DealerInfo, buyer: PersonRecord, day: number, multipleSale: boolean, handgun = true): { firearm: FirearmRecord; sale: SaleRecord } {
    const firearm = this.f.firearm({ handgun });
    const sale = this.f.sale(dealer, firearm, buyer, Math.min(day, REF_DAY - 1), multipleSale);
    this.purchasers.add(buyer.id);
    this.firearms.add(firearm.id);
    this.dealers.add(dealer.record.license);
    return { firearm, sale };
  }

  /**
   * Police recover the gun in `state` from `possessor` (null: nobody identified) on `day`,
   * sometimes at a recovery scene, and trace it at the agency's usual rate.
   */
  recover(args: {
    firearm: FirearmRecord;
    sale: SaleRecord | null;
    dealer: DealerInfo | null;
    purchaser: PersonRecord | null;
    state: string;
    day: number;
    possessor: PersonRecord | null;
  }): boolean {
    const { f } = this;
    if (args.day > REF_DAY - 5) return false;
    const agency = f.agencyIn(args.state);
    const sceneId = f.rng.chance(0.3) ? f.scene(agency, args.day * DAY_MS + f.rng.int(0, 23) * HOUR_MS, 'RECOVERY_ONLY').id : null;
    const recovery = f.recovery(args.firearm, agency, args.day, sceneId, args.possessor?.id ?? null);
    if (args.possessor) this.possessors.add(args.possessor.id);
    this.recovered.add(args.firearm.id);
    if (args.purchaser) this.evidentPurchasers.add(args.purchaser.id);
    if (f.rng.chance(Math.max(agency.traceRate, 0.5))) {
      f.trace({ recovery, agency, sale: args.sale, dealer: args.dealer, purchaser: args.purchaser, obliterated: args.firearm.serialObliterated });
    }
    return true;
  }
}

/** A source state with at least two plain (neither top nor rogue) retail dealers. */
export function sourceState(f: Factory): string {
  const states = SOURCE_STATES.filter((s) => (f.world.plainDealersByState.get(s)?.length ?? 0) >= 2);
  return f.rng.pick(states.length ? states : [...f.world.plainDealersByState.keys()]);
}

/** Where a scheme's guns go: another (destination) state for an interstate corridor, else the state of purchase. */
export function destinationState(f: Factory, from: string, interstate: boolean): string {
  if (!interstate) return f.world.agenciesByState.has(from) ? from : f.rng.pick([...f.world.agenciesByState.keys()]);
  const dests = DESTINATION_STATES.filter((s) => s !== from && f.world.agenciesByState.has(s));
  return dests.length ? f.rng.pick(dests) : from;
}

export function plainDealers(f: Factory, state: string, n: number): DealerInfo[] {
  const list = f.world.plainDealersByState.get(state) ?? [];
  return f.rng.sample(list, Math.max(1, Math.min(n, list.length)));
}

/** A receiver pool: people in the destination state who end up holding a scheme's guns. */
export function receivers(f: Factory, state: string, n: number, day: number): PersonRecord[] {
  return Array.from({ length: n }, () => f.person(state, day, 19));
}
