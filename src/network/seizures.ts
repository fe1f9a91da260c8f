import { NO_DUPLICATES, type DuplicateRecords } from './duplicate-records.js';
import { appendTo } from './multimap.js';
import { residenceKey } from './residence-key.js';
import type { PurchaserEvidence, RecoveredPurchase } from './trafficking.types.js';

/** Guns of several purchasers seized by police at one place on one day (a stash). */
export interface Seizure {
  recoveredOn: string;
  /** The seized guns of the tied purchasers. */
  firearmIds: string[];
  purchaserIds: string[];
}

/** Different days of recoveries at one place beyond which it is no stash (one raid, and one return). */
const MAX_SEIZURE_DAYS = 2;

const placeOf = (key: string) => key.slice(0, key.lastIndexOf('|'));

/**
 * One place (its address compared as residences compare addresses: case, punctuation and USPS
 * suffix spelling ignored; no house number, no place) and one day. Never written out: the address
 * is personal data when the place is a home.
 */
export function seizureKey(row: Pick<RecoveredPurchase, 'recoverySite' | 'recoveredOn'>): string | null {
  const place = residenceKey(row.recoverySite ?? null);
  return place ? `${place}|${row.recoveredOn}` : null;
}

/**
 * The guns seized together with guns of other buyers: recovered at one place on one day with guns
 * bought by at least `minPurchasers` different purchasers, most of the seized guns (more than half)
 * sold within `shortDays` (ATF's 3-year time-to-crime indicator), at a place that is not the gun's
 * buyer's own recorded residence. Guns of several straw purchasers held together before they are
 * passed on are a stash (NFCTA vol. III: trafficked guns move through stash locations; ATF,
 * Following the Gun, 2000), whether or not police named who held them. Two look-alikes are left
 * out by the rule itself: a family's guns at its own home (the buyer's residence), and a gun
 * buyback or surrender event, where many buyers' guns come in at one place on one day but most are
 * old (crime guns are new guns: the time-to-crime indicator).
 */
export function seizedTogether(rows: RecoveredPurchase[], shortDays: number, minPurchasers: number): Set<string> {
  const at = new Map<string, RecoveredPurchase[]>();
  const daysAt = new Map<string, Set<string>>();
  for (const r of rows) {
    const key = seizureKey(r);
    if (!key) continue;
    appendTo(at, key, r);
    const place = placeOf(key);
    daysAt.set(place, (daysAt.get(place) ?? new Set()).add(r.recoveredOn));
  }
  const seized = new Set<string>();
  for (const [key, guns] of at) {
    // A place where police recover guns day after day (a station recorded as the place of every
    // recovery, a busy corner, a range) holds no stash: a stash is seized in one or two raids.
    if (daysAt.get(placeOf(key))!.size > MAX_SEIZURE_DAYS) continue;
    if (new Set(guns.map((g) => g.purchaserId)).size < minPurchasers) continue;
    const recent = guns.filter((g) => g.timeToCrimeDays >= 0 && g.timeToCrimeDays <= shortDays).length;
    if (recent * 2 <= guns.length) continue;
    const place = placeOf(key);
    for (const g of guns) if (residenceKey(g.purchaserResidence ?? null) !== place) seized.add(g.firearmId);
  }
  return seized;
}

/**
 * Seizures that tie suspect purchasers: their straw-evidence guns seized together (`seizedTogether`
 * marked them), of `minPurchasers` or more people (records that may be one person count once), the
 * place no tied purchaser's own residence. The place is the hub; no person needs to be named there.
 */
export function seizureHubs(suspects: Map<string, PurchaserEvidence>, minPurchasers: number, duplicates: DuplicateRecords = NO_DUPLICATES): Seizure[] {
  const at = new Map<string, Array<{ buyer: string; firearmId: string; home: string | null; day: string }>>();
  for (const e of suspects.values())
    for (const g of e.strawGuns) {
      const key = g.seized ? seizureKey(g) : null;
      if (key) appendTo(at, key, { buyer: e.personId, firearmId: g.firearmId, home: residenceKey(g.purchaserResidence ?? null), day: g.recoveredOn });
    }
  const out: Seizure[] = [];
  for (const [key, guns] of at) {
    const place = placeOf(key);
    if (guns.some((g) => g.home === place)) continue;
    const buyers = new Set(guns.map((g) => g.buyer));
    if (duplicates.people(buyers) < minPurchasers) continue;
    out.push({ recoveredOn: guns[0]!.day, firearmIds: guns.map((g) => g.firearmId).sort(), purchaserIds: [...buyers].sort() });
  }
  return out.sort((a, b) => a.firearmIds[0]!.localeCompare(b.firearmIds[0]!));
}

/** The network's sentence: ids and a date, never the place (personal data when it is a home). */
export function describeSeizure(s: Seizure): string {
  return `${s.firearmIds.length} guns bought by ${s.purchaserIds.length} of the purchasers were seized together at one place on ${s.recoveredOn} (${s.firearmIds.join(', ')})`;
}
