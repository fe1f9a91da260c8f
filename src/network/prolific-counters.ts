import { calibrateCounterTies, type CounterTieCalibration, type Visit } from './counter-tie-null.js';
import type { DayProfile, DealerSales } from './dealer-sales.js';
import { NO_DUPLICATES, type DuplicateRecords } from './duplicate-records.js';
import { appendTo } from './multimap.js';
import { dayNumber } from './purchase-events.js';
import { residenceKey } from './residence-key.js';
import type { PurchaserEvidence } from './trafficking.evidence.js';
import type { UnionFind } from './union-find.js';

/**
 * Two purchasers who are each flagged on their own evidence (prolific straw purchasers), whom no
 * other tie has joined to anyone, and who bought straw-evidence guns inside one scheme window,
 * either at the same dealer or, when their person records give one residence, at any dealers.
 * Straw purchasers of one ring buy at the same few stores over the months of a scheme whether or
 * not any record ties them, and are often relatives, friends or housemates of one another (ATF,
 * Following the Gun, 2000: straw purchasers sent to the same dealers, recruited among people
 * close to the trafficker; NFCTA vol. III). The tie puts no one new in a network: both people are
 * already reported on their own evidence, and the tie only says their purchases may be one
 * scheme, with the dealer or the shared residence and the dates that say so. Ties at a dealer are
 * measured against chance when asked (`CounterTieChance`, counter-tie-null.ts).
 */
export interface ProlificCounterTie {
  /** The dealer both bought at; null when the tie is their shared residence (they bought at different dealers). */
  dealerLicense: string | null;
  /** Day numbers (days since 1970-01-01) of the first and last of the two buyers' closest purchases inside the window. */
  fromDay: number;
  toDay: number;
  purchaserIds: [string, string];
  /**
   * Both buyers' person records give one residence (as `residenceKey` compares addresses). With a
   * dealer, not a tie of its own there: the evidence says it, so that it never claims no record
   * ties two people whose records share an address.
   */
  sameResidence?: boolean;
}

/** Ties at a dealer held to the chance their buyers' purchases come that close (counter-tie-null.ts). */
export interface CounterTieChance {
  falseDiscoveryRate: number;
  /** All straw-evidence buyers' days (buyerDayProfile, dealer-clusters.ts): how chance is timed. */
  profile: DayProfile;
  sales?: DealerSales;
  onCalibration?: (c: CounterTieCalibration) => void;
}

type Pair = Omit<ProlificCounterTie, 'dealerLicense' | 'sameResidence'>;

/**
 * Every pair of lone prolific purchasers (their union-find group holds only themselves) with
 * straw-evidence purchases at one dealer at most `windowDays` apart, then (`residences`) every
 * pair recorded at one residence with straw-evidence purchases anywhere at most `windowDays`
 * apart; one tie per pair (a dealer before a residence, then the closest purchases). Joins each
 * pair in `uf` after all pairs are found, so who is alone is decided before any join. One person
 * entered twice is no pair (`duplicates`).
 */
export function prolificCounterTies(
  suspects: Map<string, PurchaserEvidence>,
  uf: UnionFind,
  windowDays: number,
  duplicates: DuplicateRecords = NO_DUPLICATES,
  residences = false,
  chance?: CounterTieChance,
): ProlificCounterTie[] {
  const groupSize = new Map<string, number>();
  for (const id of suspects.keys()) groupSize.set(uf.find(id), (groupSize.get(uf.find(id)) ?? 0) + 1);
  const lone = [...suspects.values()].filter((e) => e.prolific && groupSize.get(uf.find(e.personId))! === 1);
  const home = (id: string) => residenceKey(suspects.get(id)?.strawGuns[0]?.purchaserResidence);
  const best = new Map<string, ProlificCounterTie>();
  const atDealer = new Map<string, Visit[]>();
  for (const e of lone) for (const g of e.strawGuns) appendTo(atDealer, g.dealerLicense, { personId: e.personId, day: dayNumber(g.soldOn) });
  for (const [dealerLicense, visits] of atDealer)
    for (const [key, pair] of closestPairs(visits, windowDays, duplicates)) {
      const prior = best.get(key);
      if (!prior || pair.toDay - pair.fromDay < prior.toDay - prior.fromDay) best.set(key, { dealerLicense, ...pair });
    }
  if (chance && chance.falseDiscoveryRate > 0 && best.size > 0) {
    const gaps = [...best.values()].map((t) => t.toDay - t.fromDay);
    const c = calibrateCounterTies(atDealer, gaps, windowDays, chance.falseDiscoveryRate, duplicates, chance.profile, chance.sales);
    chance.onCalibration?.(c);
    const held = c.windows[c.level] ?? -1;
    for (const [key, t] of best) if (t.toDay - t.fromDay > held) best.delete(key);
  }
  for (const t of best.values()) {
    const [a, b] = t.purchaserIds.map(home);
    if (a != null && a === b) t.sameResidence = true;
  }
  if (residences) {
    const atHome = new Map<string, Visit[]>();
    for (const e of lone) {
      const key = home(e.personId);
      if (key) for (const g of e.strawGuns) appendTo(atHome, key, { personId: e.personId, day: dayNumber(g.soldOn) });
    }
    for (const visits of atHome.values())
      for (const [key, pair] of closestPairs(visits, windowDays, duplicates))
        if (!best.has(key)) best.set(key, { dealerLicense: null, ...pair, sameResidence: true });
  }
  const ties = [...best.values()].sort((x, y) => x.purchaserIds.join().localeCompare(y.purchaserIds.join()));
  for (const t of ties) uf.union(t.purchaserIds[0], t.purchaserIds[1]);
  return ties;
}

/** For each pair of different people among `visits`, their closest visits at most `windowDays` apart, keyed by the pair. */
function closestPairs(visits: Visit[], windowDays: number, duplicates: DuplicateRecords): Map<string, Pair> {
  const out = new Map<string, Pair>();
  const sorted = [...visits].sort((a, b) => a.day - b.day || a.personId.localeCompare(b.personId));
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length && sorted[j]!.day - sorted[i]!.day <= windowDays; j++) {
      const a = sorted[i]!;
      const b = sorted[j]!;
      if (a.personId === b.personId || duplicates.people([a.personId, b.personId]) < 2) continue;
      const ids = [a.personId, b.personId].sort() as [string, string];
      const key = ids.join('\u0000');
      const prior = out.get(key);
      if (prior && prior.toDay - prior.fromDay <= b.day - a.day) continue;
      out.set(key, { fromDay: a.day, toDay: b.day, purchaserIds: ids });
    }
  }
  return out;
}

const iso = (d: number) => new Date(d * 86_400_000).toISOString().slice(0, 10);

/** One sentence for the network: which dealer or residence, which days, and what records tie the two (none, or one residence). */
export function describeProlificCounterTie(t: ProlificCounterTie): string {
  if (t.dealerLicense == null)
    return `${t.purchaserIds[0]} and ${t.purchaserIds[1]}, each flagged on their own evidence, are recorded at one residence and bought guns ${t.toDay - t.fromDay} days apart (${iso(t.fromDay)} and ${iso(t.toDay)}) at different dealers; no association or shared holder is on record`;
  const records = t.sameResidence ? 'no association or shared holder is on record, but their person records give one residence' : 'no record ties them';
  return `${t.purchaserIds[0]} and ${t.purchaserIds[1]}, each flagged on their own evidence, bought guns at dealer ${t.dealerLicense} ${t.toDay - t.fromDay} days apart (${iso(t.fromDay)} and ${iso(t.toDay)}); ${records}`;
}

/** One sentence for each of the two buyers: who else bought there, and when. */
export function prolificCounterSentence(t: ProlificCounterTie, personId: string): string {
  const other = t.purchaserIds[0] === personId ? t.purchaserIds[1] : t.purchaserIds[0];
  if (t.dealerLicense == null)
    return `recorded at the same residence as ${other}, no other tie: bought within ${t.toDay - t.fromDay} days of ${other}, also flagged on their own evidence (${iso(t.fromDay)} to ${iso(t.toDay)}), at different dealers`;
  const tie = t.sameResidence ? `recorded at the same residence as ${other}, no other tie` : 'no recorded tie';
  return `${tie}: bought at dealer ${t.dealerLicense} within ${t.toDay - t.fromDay} days of ${other}, also flagged on their own evidence (${iso(t.fromDay)} to ${iso(t.toDay)})`;
}
