import { NO_DUPLICATES, type DuplicateRecords } from './duplicate-records.js';
import type { Settings } from './group-evidence.js';
import { heldTogether } from './holder-null.js';
import { appendTo } from './multimap.js';
import { sameHousehold, type PurchaserEvidence } from './trafficking.evidence.js';

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
  const heldBy = new Map<string, Array<{ buyer: string; dealer: string; soldOn: string }>>();
  // A holder in the buyer's own household is no receiver: relatives' guns at home are the family's
  // (the lawful look-alike; as in the repeated-holder and one-event rules and receiving households).
  for (const e of suspects.values()) {
    for (const g of e.strawGuns)
      if (g.possessorId && !duplicates.maybeSame(g.possessorId, e.personId) && !sameHousehold(g))
        appendTo(heldBy, g.possessorId, { buyer: e.personId, dealer: g.dealerLicense, soldOn: g.soldOn });
  }
  // Where repeat possession is common, a receiver ties only the buyers the data's level allows (holder-null.ts).
  const level = s.holderTies?.level ?? 0;
  const controlled = s.holderTies?.controlled ?? new Set<string>();
  const windowDays = s.holderTies?.windowDays ?? 0;
  const holdersOf = new Map([...heldBy].map(([id, guns]) => [id, heldTogether(guns, level, controlled.has(duplicates.person(id)), duplicates, windowDays)]));
  const enough = (set: Set<string>) => duplicates.people(set) >= s.hubMinPurchasers;
  const brokers = new Map([...associatesOf].filter(([, set]) => enough(set)));
  const receivers = new Map([...holdersOf].filter(([id, set]) => enough(set) && !set.has(id)));
  return { brokers, receivers, direct };
}
