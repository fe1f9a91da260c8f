import { NO_DUPLICATES, type DuplicateRecords } from './duplicate-records.js';
import type { Settings } from './group-evidence.js';
import type { PurchaserEvidence } from './trafficking.evidence.js';

/**
 * Hubs: people tied to `hubMinPurchasers` or more suspect purchasers, by a known association (BROKER) or by holding their guns (RECEIVER).
 * Purchasers are counted as people: records that may be one person (`duplicates`) count once, an
 * association between them is no tie, and a receiver who may be one of the buyers holds his own guns.
 */
export function findHubs(
  suspects: Map<string, PurchaserEvidence>,
  associations: Array<{ a: string; b: string }>,
  s: Settings,
  duplicates: DuplicateRecords = NO_DUPLICATES,
) {
  const associatesOf = new Map<string, Set<string>>();
  const direct: Array<[string, string]> = [];
  for (const { a, b } of associations) {
    if (duplicates.maybeSame(a, b)) continue;
    if (suspects.has(a) && suspects.has(b)) direct.push([a, b]);
    if (suspects.has(a)) associatesOf.set(b, (associatesOf.get(b) ?? new Set()).add(a));
    if (suspects.has(b)) associatesOf.set(a, (associatesOf.get(a) ?? new Set()).add(b));
  }
  const holdersOf = new Map<string, Set<string>>();
  for (const e of suspects.values()) {
    for (const g of e.strawGuns)
      if (g.possessorId && !duplicates.maybeSame(g.possessorId, e.personId))
        holdersOf.set(g.possessorId, (holdersOf.get(g.possessorId) ?? new Set()).add(e.personId));
  }
  const enough = (set: Set<string>) => duplicates.people(set) >= s.hubMinPurchasers;
  const brokers = new Map([...associatesOf].filter(([, set]) => enough(set)));
  const receivers = new Map([...holdersOf].filter(([id, set]) => enough(set) && !set.has(id)));
  return { brokers, receivers, direct };
}
