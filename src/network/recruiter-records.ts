import { NO_DUPLICATES, type DuplicateRecords } from './duplicate-records.js';
import { appendTo } from './multimap.js';
import { dayNumber } from './purchase-events.js';
import type { Purchase } from './trafficking.evidence.js';

/**
 * A recruiter's record: a broker (a person on record as an associate of two or more suspect
 * purchasers) who is also on record as an associate of more people who bought guns inside one
 * scheme window than a hub needs suspects, i.e. of at least one gun buyer beyond the pair. A
 * recruiter sends several people to buy one gun each within a campaign, and an investigation
 * records buyers whose guns police never recovered as well as those whose guns it did (ATF,
 * Following the Gun, 2000: straw purchasers recruited by a trafficker; NFCTA vol. III). Guns
 * recovered from two of them are then not two acquaintances' bad luck: the record of the
 * recruiting ties them, as a receiver holding guns of several buyers does (group-evidence.ts).
 * The window is the scheme window the group rule already uses (`schemeWindowDays`, a year): the
 * buyers of one acquaintance spread over many years are not a campaign. Purchases are counted per
 * person (records that may be one person count once, duplicate-records.ts).
 */
export interface RecruiterRecord {
  brokerId: string;
  /** Recorded associates of the broker who bought guns inside the window. */
  buyerIds: string[];
  fromDay: number;
  toDay: number;
}

/**
 * The brokers among `brokers` whose recorded associates (`associations`, both directions) include
 * `hubMinPurchasers + 1` or more different people with a retail purchase (`purchases`) inside one
 * window of `schemeWindowDays`. The busiest such window is returned for each.
 */
export function recruiterRecords(
  brokers: Map<string, Set<string>>,
  associations: Array<{ a: string; b: string }>,
  purchases: Purchase[],
  s: { hubMinPurchasers: number; schemeWindowDays: number },
  duplicates: DuplicateRecords = NO_DUPLICATES,
): Map<string, RecruiterRecord> {
  const associatesOf = new Map<string, Set<string>>();
  const add = (hub: string, other: string) => {
    if (!brokers.has(hub) || duplicates.maybeSame(hub, other)) return;
    associatesOf.set(hub, (associatesOf.get(hub) ?? new Set()).add(other));
  };
  for (const { a, b } of associations) {
    add(a, b);
    add(b, a);
  }
  const wanted = new Set([...associatesOf.values()].flatMap((set) => [...set]));
  const daysOf = new Map<string, number[]>();
  for (const p of purchases) if (wanted.has(p.purchaserId)) appendTo(daysOf, p.purchaserId, dayNumber(p.soldOn));
  const out = new Map<string, RecruiterRecord>();
  for (const [brokerId, associates] of associatesOf) {
    const points = [...associates].flatMap((id) => (daysOf.get(id) ?? []).map((day) => ({ id, day }))).sort((x, y) => x.day - y.day);
    let best: RecruiterRecord | null = null;
    let bestPeople = 0;
    for (let i = 0; i < points.length; i++) {
      const inside = new Set<string>();
      let last = points[i]!.day;
      for (let j = i; j < points.length && points[j]!.day - points[i]!.day <= s.schemeWindowDays; j++) {
        inside.add(points[j]!.id);
        last = points[j]!.day;
      }
      const people = duplicates.people(inside);
      if (people > bestPeople) {
        bestPeople = people;
        best = { brokerId, buyerIds: [...inside].sort(), fromDay: points[i]!.day, toDay: last };
      }
    }
    if (best && bestPeople > s.hubMinPurchasers) out.set(brokerId, best);
  }
  return out;
}

/** One sentence for an analyst: whose buyers on record, how many, and when. */
export function describeRecruiterRecord(r: RecruiterRecord): string {
  const iso = (d: number) => new Date(d * 86_400_000).toISOString().slice(0, 10);
  return `${r.brokerId} is on record as an associate of ${r.buyerIds.length} people who bought guns between ${iso(r.fromDay)} and ${iso(r.toDay)} (a recruiter's buyers; not all of their guns were recovered)`;
}
