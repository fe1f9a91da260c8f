import { seededRandom } from '../src/network/association-null.js';
import type { Purchase, RecoveredPurchase } from '../src/network/trafficking.evidence.js';

export interface MovedSales {
  rows: RecoveredPurchase[];
  purchases: Purchase[];
  changed: number;
}

/**
 * Merges `share` of the background buyers (never a planted case's person) into repeat buyers, per
 * dealer state: the buyers chosen are shuffled and cut into runs of 1 + Geometric(mean − 1), each
 * run one repeat buyer who takes over all their sales (a multiple sale stays one purchase event)
 * and, where a buyer's gun was recovered from the buyer, that recovery too. Dates, dealers,
 * possessors and places are unchanged. Shared by bench/trafficking.repeat-buyers.ts and the
 * diagnosis scripts.
 */
export function withRepeatBuyers(
  rows: RecoveredPurchase[],
  planted: Set<string>,
  seed: number,
  purchases: Purchase[],
  share: number,
  mean: number,
): MovedSales {
  const random = seededRandom(seed * 31 + 7);
  const dealerState = new Map(rows.map((r) => [r.dealerLicense, r.dealerState ?? '?']));
  const residence = new Map(rows.map((r) => [r.purchaserId, r.purchaserResidence ?? null]));
  const buyersByState = new Map<string, string[]>();
  const seen = new Set<string>();
  for (const p of purchases) {
    if (planted.has(p.purchaserId) || seen.has(p.purchaserId)) continue;
    seen.add(p.purchaserId);
    if (random() >= share) continue;
    const state = dealerState.get(p.dealerLicense) ?? '?';
    buyersByState.set(state, [...(buyersByState.get(state) ?? []), p.purchaserId]);
  }
  const to = new Map<string, { id: string; state: string; residence: string | null }>();
  // Geometric run lengths: P(stop after each buyer) = 1 / mean, so a run holds `mean` buyers on average.
  for (const [state, buyers] of [...buyersByState].sort(([a], [b]) => a.localeCompare(b))) {
    for (let i = buyers.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [buyers[i], buyers[j]] = [buyers[j]!, buyers[i]!];
    }
    let k = 0;
    let current: { id: string; state: string; residence: string | null } | null = null;
    for (const b of buyers) {
      current ??= { id: `repeat-buyer-${state}-${k++}`, state, residence: residence.get(b) ?? `${k} Range Rd, ${state}` };
      to.set(b, current);
      if (random() < 1 / mean) current = null;
    }
  }
  let changed = 0;
  const out = rows.map((r): RecoveredPurchase => {
    const buyer = to.get(r.purchaserId);
    if (!buyer) return r;
    changed += 1;
    const own = r.possessorId === r.purchaserId;
    return {
      ...r,
      purchaserId: buyer.id,
      purchaserState: buyer.state === '?' ? r.purchaserState : buyer.state,
      purchaserResidence: buyer.residence,
      ...(own ? { possessorId: buyer.id, possessorResidence: buyer.residence } : {}),
    };
  });
  const sales = purchases.map((p) => (to.has(p.purchaserId) ? { ...p, purchaserId: to.get(p.purchaserId)!.id } : p));
  return { rows: out, purchases: sales, changed };
}
