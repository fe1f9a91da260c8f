import { NO_DUPLICATES, type DuplicateRecords } from './duplicate-records.js';
import { heldTogether } from './holder-null.js';
import { residenceKey } from './residence-key.js';
import type { PurchaserEvidence } from './trafficking.evidence.js';

export interface ResidenceHub {
  /** The possessors recorded at the residence from whom straw-evidence guns were recovered. */
  possessorIds: string[];
  /** Suspect purchasers whose guns were recovered from them. */
  purchaserIds: string[];
}

/**
 * Receiving households: guns bought by `minPurchasers` or more different suspect purchasers were
 * recovered from two or more different people recorded at one residence (a stash house or a
 * receiver's household; NFCTA vol. III: guns of several straw purchasers converging on one
 * receiver). One possessor holding them is already a receiver hub (hubs.ts
 * findHubs); this finds the receiver whose guns were recovered from the people he lives with.
 * A residence where one of those purchasers lives is left out: guns passed within a household
 * are not evidence of trafficking (families buy for each other lawfully). Purchasers and holders
 * are counted as people: two records that may be one person (`duplicates`: an undecided duplicate
 * candidate or a SAME_AS link) are one purchaser or one holder, and a gun recovered from a record
 * that may be its own buyer is no gun passed to the household.
 */
export function residenceHubs(
  suspects: Map<string, PurchaserEvidence>,
  minPurchasers: number,
  duplicates: DuplicateRecords = NO_DUPLICATES,
  householdTies: { level: number; controlled: Set<string>; windowDays?: number } = { level: 0, controlled: new Set() },
): ResidenceHub[] {
  const at = new Map<string, { guns: Array<{ buyer: string; dealer: string; soldOn: string; possessor: string }>; home: boolean }>();
  for (const e of suspects.values()) {
    for (const g of e.strawGuns) {
      const key = g.possessorId ? residenceKey(g.possessorResidence) : null;
      if (!key || duplicates.maybeSame(g.possessorId!, e.personId)) continue;
      const r = at.get(key) ?? { guns: [], home: false };
      r.guns.push({ buyer: e.personId, dealer: g.dealerLicense, soldOn: g.soldOn, possessor: g.possessorId! });
      if (residenceKey(g.purchaserResidence) === key) r.home = true;
      at.set(key, r);
    }
  }
  return [...at]
    .filter(([, r]) => !r.home)
    .map(([key, r]) => {
      // Where one residence holds guns from anywhere (shared buildings), households are held to the level measured there (holder-null.ts).
      const buyers = heldTogether(r.guns, householdTies.level, householdTies.controlled.has(key), duplicates, householdTies.windowDays ?? 0);
      const guns = r.guns.filter((g) => buyers.has(g.buyer));
      return { possessors: new Set(guns.map((g) => g.possessor)), purchasers: buyers };
    })
    .filter((r) => duplicates.people(r.possessors) >= 2 && duplicates.people(r.purchasers) >= minPurchasers)
    .map((r) => ({ possessorIds: [...r.possessors].sort(), purchaserIds: [...r.purchasers].sort() }))
    .sort((a, b) => a.possessorIds[0]!.localeCompare(b.possessorIds[0]!));
}
