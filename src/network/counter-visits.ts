import { NO_DUPLICATES, type DuplicateRecords } from './duplicate-records.js';
import type { PurchaserEvidence } from './trafficking.evidence.js';
import type { UnionFind } from './union-find.js';
import { dayNumber } from './purchase-events.js';

/**
 * Buyers shopping together: two or more different suspect purchasers bought, at one dealer on one
 * day, guns that were each soon recovered from someone else. Straw purchasers are accompanied to
 * the counter by the trafficker or by each other and buy at one store on the same day (ATF,
 * Following the Gun, 2000; NFCTA vol. III), which no record of an association need show. Only
 * the straw-evidence guns count (each buyer's own evidence), and one person entered twice is no
 * pair (`duplicates`). Off by default: at scale M, two unrelated suspects buy at one store on one
 * day hundreds of times, and in every mode measured on tuning data the tie cost network or
 * purchaser precision (bench/results/trafficking-recall-4-2026-12-02.md).
 */
export interface CounterVisit {
  dealerLicense: string;
  /** Day number (days since 1970-01-01) of the shared visit. */
  day: number;
  purchaserIds: string[];
}

/** Every dealer-day at which two or more different suspect purchasers bought straw-evidence guns. */
export function counterVisits(suspects: Map<string, PurchaserEvidence>, duplicates: DuplicateRecords = NO_DUPLICATES): CounterVisit[] {
  const at = new Map<string, Set<string>>();
  for (const e of suspects.values()) {
    for (const g of e.strawGuns) {
      const key = `${g.dealerLicense}\u0000${dayNumber(g.soldOn)}`;
      at.set(key, (at.get(key) ?? new Set()).add(e.personId));
    }
  }
  const out: CounterVisit[] = [];
  for (const [key, ids] of at) {
    if (duplicates.people(ids) < 2) continue;
    const [dealerLicense, day] = key.split('\u0000') as [string, string];
    out.push({ dealerLicense, day: Number(day), purchaserIds: [...ids].sort() });
  }
  return out.sort((a, b) => a.day - b.day || a.dealerLicense.localeCompare(b.dealerLicense));
}

/**
 * The visits that join their buyers, per `mode` (config `networks.sharedVisitJoins`): OFF; ALL
 * suspects; FLAGGED, only buyers already reported on other evidence (prolific, or in a crew of two
 * or more that other ties made); PROLIFIC, only buyers flagged on their own evidence. Each visit
 * joins only its admitted buyers, and only when two or more are admitted.
 */
export function sharedVisits(
  suspects: Map<string, PurchaserEvidence>,
  uf: UnionFind,
  mode: 'OFF' | 'ALL' | 'FLAGGED' | 'PROLIFIC' = 'OFF',
  duplicates: DuplicateRecords = NO_DUPLICATES,
): CounterVisit[] {
  if (mode === 'OFF') return [];
  const size = new Map<string, number>();
  for (const id of suspects.keys()) size.set(uf.find(id), (size.get(uf.find(id)) ?? 0) + 1);
  const admitted = (id: string) => mode === 'ALL' || suspects.get(id)!.prolific || (mode === 'FLAGGED' && size.get(uf.find(id))! >= 2);
  const out: CounterVisit[] = [];
  for (const v of counterVisits(suspects, duplicates)) {
    const ids = v.purchaserIds.filter(admitted);
    if (duplicates.people(ids) < 2) continue;
    out.push({ ...v, purchaserIds: ids });
  }
  // Who is admitted is decided before any visit joins anyone.
  for (const v of out) for (const x of v.purchaserIds.slice(1)) uf.union(v.purchaserIds[0]!, x);
  return out;
}

const iso = (d: number) => new Date(d * 86_400_000).toISOString().slice(0, 10);

/** One sentence for an analyst: who bought where on which day. */
export function describeVisit(v: CounterVisit): string {
  return `${v.purchaserIds.length} of the purchasers (${v.purchaserIds.join(', ')}) bought guns at dealer ${v.dealerLicense} on the same day (${iso(v.day)}) that were each soon recovered from someone else`;
}
