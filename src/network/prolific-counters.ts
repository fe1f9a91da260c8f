import { NO_DUPLICATES, type DuplicateRecords } from './duplicate-records.js';
import { dayNumber } from './purchase-events.js';
import { residenceKey } from './residence-key.js';
import type { PurchaserEvidence } from './trafficking.evidence.js';
import type { UnionFind } from './union-find.js';

/**
 * Two purchasers who are each flagged on their own evidence (prolific straw purchasers), whom no
 * other tie has joined to anyone, and who bought straw-evidence guns at the same dealer inside
 * one scheme window. Straw purchasers of one ring buy at the same few stores over the months of
 * a scheme whether or not any record ties them (ATF, Following the Gun, 2000: straw purchasers
 * sent to the same dealers; NFCTA vol. III). The tie puts no one new in a network: both people
 * are already reported on their own evidence, and the tie only says their purchases may be one
 * scheme, with the dealer and the dates that say so.
 */
export interface ProlificCounterTie {
  dealerLicense: string;
  /** Day numbers (days since 1970-01-01) of the first and last of the two buyers' purchases there inside the window. */
  fromDay: number;
  toDay: number;
  purchaserIds: [string, string];
  /**
   * Both buyers' person records give one residence (as `residenceKey` compares addresses). Not a
   * tie of its own here (roommates or a family may each buy lawfully): the evidence says it, so
   * that it never claims no record ties two people whose records share an address.
   */
  sameResidence?: boolean;
}

interface Visit {
  personId: string;
  day: number;
}

/**
 * Every pair of lone prolific purchasers (their union-find group holds only themselves) with
 * straw-evidence purchases at one dealer at most `windowDays` apart; one tie per pair (the
 * closest purchases). Joins each pair in `uf` after all pairs are found, so who is alone is
 * decided before any join. One person entered twice is no pair (`duplicates`).
 */
export function prolificCounterTies(
  suspects: Map<string, PurchaserEvidence>,
  uf: UnionFind,
  windowDays: number,
  duplicates: DuplicateRecords = NO_DUPLICATES,
): ProlificCounterTie[] {
  const groupSize = new Map<string, number>();
  for (const id of suspects.keys()) groupSize.set(uf.find(id), (groupSize.get(uf.find(id)) ?? 0) + 1);
  const atDealer = new Map<string, Visit[]>();
  for (const e of suspects.values()) {
    if (!e.prolific || groupSize.get(uf.find(e.personId))! > 1) continue;
    for (const g of e.strawGuns) {
      const visits = atDealer.get(g.dealerLicense) ?? [];
      visits.push({ personId: e.personId, day: dayNumber(g.soldOn) });
      atDealer.set(g.dealerLicense, visits);
    }
  }
  const best = new Map<string, ProlificCounterTie>();
  for (const [dealerLicense, visits] of atDealer) {
    visits.sort((a, b) => a.day - b.day || a.personId.localeCompare(b.personId));
    for (let i = 0; i < visits.length; i++) {
      for (let j = i + 1; j < visits.length && visits[j]!.day - visits[i]!.day <= windowDays; j++) {
        const a = visits[i]!;
        const b = visits[j]!;
        if (a.personId === b.personId || duplicates.people([a.personId, b.personId]) < 2) continue;
        const ids = [a.personId, b.personId].sort() as [string, string];
        const key = ids.join('\u0000');
        const prior = best.get(key);
        if (prior && prior.toDay - prior.fromDay <= b.day - a.day) continue;
        best.set(key, { dealerLicense, fromDay: a.day, toDay: b.day, purchaserIds: ids });
      }
    }
  }
  const home = (id: string) => residenceKey(suspects.get(id)?.strawGuns[0]?.purchaserResidence);
  for (const t of best.values()) {
    const [a, b] = t.purchaserIds.map(home);
    if (a != null && a === b) t.sameResidence = true;
  }
  const ties = [...best.values()].sort((x, y) => x.purchaserIds.join().localeCompare(y.purchaserIds.join()));
  for (const t of ties) uf.union(t.purchaserIds[0], t.purchaserIds[1]);
  return ties;
}

const iso = (d: number) => new Date(d * 86_400_000).toISOString().slice(0, 10);

/** One sentence for the network: which dealer, which days, and what records tie the two (none, or one residence). */
export function describeProlificCounterTie(t: ProlificCounterTie): string {
  const records = t.sameResidence ? 'no association or shared holder is on record, but their person records give one residence' : 'no record ties them';
  return `${t.purchaserIds[0]} and ${t.purchaserIds[1]}, each flagged on their own evidence, bought guns at dealer ${t.dealerLicense} ${t.toDay - t.fromDay} days apart (${iso(t.fromDay)} and ${iso(t.toDay)}); ${records}`;
}

/** One sentence for each of the two buyers: who else bought there, and when. */
export function prolificCounterSentence(t: ProlificCounterTie, personId: string): string {
  const other = t.purchaserIds[0] === personId ? t.purchaserIds[1] : t.purchaserIds[0];
  const tie = t.sameResidence ? `recorded at the same residence as ${other}, no other tie` : 'no recorded tie';
  return `${tie}: bought at dealer ${t.dealerLicense} within ${t.toDay - t.fromDay} days of ${other}, also flagged on their own evidence (${iso(t.fromDay)} to ${iso(t.toDay)})`;
}
