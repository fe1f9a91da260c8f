import type { assembleNetworks } from '../../../src/network/network.assembly.js';
import { networkSettingsOf } from '../../../src/network/group-evidence.js';
import { purchaserEvidence, type RecoveredPurchase } from '../../../src/network/trafficking.evidence.js';
import { loadRiskConfig } from '../../../src/risk/risk-config.js';

/** The network rules' settings, built from config/risk-weights.json the way the analysis job builds them. */
export const networkSettings = () => networkSettingsOf(loadRiskConfig());
export type NetworkSettings = ReturnType<typeof networkSettings>;

/** The date `day` days after 1 January of `year` (fractions of a day fall on that day). */
export const isoDay = (day: number, year = 2022) => new Date(Date.UTC(year, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);

export type RowMaker = (
  buyer: string,
  dealer: string,
  day: number,
  ttc: number,
  possessor?: string | null,
  extra?: Partial<RecoveredPurchase>,
) => RecoveredPurchase;

/**
 * Hand-made recovered retail purchases in Georgia, numbered in the order made: gun G<n>, sold on
 * `day`, recovered `ttc` days later from holder H-<n> unless a possessor is named (null: none known).
 */
export function recoveredRowMaker(year = 2022): RowMaker {
  let n = 0;
  return (buyer, dealer, day, ttc, possessor, extra = {}) => {
    n += 1;
    return {
      purchaserId: buyer,
      purchaserState: 'GA',
      firearmId: `G${n}`,
      dealerLicense: dealer,
      dealerState: 'GA',
      soldOn: isoDay(day, year),
      multipleSale: false,
      recoveredOn: isoDay(day + ttc, year),
      recoveredState: 'GA',
      possessorId: possessor === undefined ? `H-${n}` : possessor,
      timeToCrimeDays: ttc,
      reportedStolen: false,
      ...extra,
    };
  };
}

/** Straw-purchase evidence of the rows, each row also recorded as its buyer's purchase. */
export const evidenceOf = (rows: RecoveredPurchase[], settings: NetworkSettings, onBuyerTies?: Parameters<typeof purchaserEvidence>[3]) =>
  purchaserEvidence(
    rows,
    rows.map((r) => ({ purchaserId: r.purchaserId, soldOn: r.soldOn, dealerLicense: r.dealerLicense, multipleSale: false })),
    settings,
    onBuyerTies,
  );

/** Steady background: 40 dealers, each with one straw-evidence buyer every ~90 days over 4 years, recovered after 400 days. */
export const steadyBackground = (row: RowMaker) =>
  Array.from({ length: 40 * 16 }, (_, i) => row(`B-${i}`, `D${i % 40}`, Math.floor(i / 40) * 90 + (i % 40), 400));

/** The straw purchasers of the network holding `id`, sorted (undefined when no network holds it). */
export const buyersOf = (nets: ReturnType<typeof assembleNetworks>, id: string) =>
  nets
    .find((x) => x.members.some((m) => m.id === id))
    ?.members.filter((m) => m.role === 'STRAW_PURCHASER')
    .map((m) => m.id)
    .sort();
