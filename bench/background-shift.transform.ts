import { seededRandom } from '../src/network/association-null.js';
import type { Purchase, RecoveredPurchase } from '../src/network/trafficking.evidence.js';

/**
 * The background shifts of bench/trafficking.background-shift.ts and bench/trafficking.stress.ts as
 * plain functions, so bench/trafficking.combined-stress.ts can apply them together. Each leaves
 * every planted case's person alone, except `withoutPossessors` (agencies that record no possessor
 * record none for anyone).
 */
export interface Shifted {
  rows: RecoveredPurchase[];
  changed: number;
}

const DAY_MS = 86_400_000;
const plusDays = (iso: string, days: number) => new Date(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
const background = (r: RecoveredPurchase, planted: Set<string>) => !planted.has(r.purchaserId) && (r.possessorId === null || !planted.has(r.possessorId));

/** Every background crime gun reaches crime `factor` times as fast (a market of new crime guns). */
export function fasterToCrime(rows: RecoveredPurchase[], planted: Set<string>, factor: number): Shifted {
  let changed = 0;
  const out = rows.map((r): RecoveredPurchase => {
    if (!background(r, planted)) return r;
    changed += 1;
    const ttc = Math.round(r.timeToCrimeDays * factor);
    return { ...r, timeToCrimeDays: ttc, recoveredOn: plusDays(r.soldOn, ttc) };
  });
  return { rows: out, changed };
}

/**
 * A share `factor` of the in-state background recoveries cross a state line and lose their
 * possessor. `oneMarket`: each dealer's crossing guns all go to one city of one other state (a
 * store on a metro area's state line, its guns found across it all the time); otherwise each gun
 * goes to a state drawn at random and keeps its city name.
 */
export function acrossStateLines(rows: RecoveredPurchase[], planted: Set<string>, seed: number, factor: number, oneMarket = false): Shifted {
  const random = seededRandom(seed * 13 + 5);
  const states = [...new Set(rows.map((r) => r.recoveredState).filter((s): s is string => s !== null))].sort();
  const markets = new Map<string, { state: string; city: string }>();
  const marketOf = (r: RecoveredPurchase, others: string[]) => {
    if (!markets.has(r.dealerLicense))
      markets.set(r.dealerLicense, { state: others[Math.floor(random() * others.length)] ?? r.recoveredState!, city: `Metro ${r.dealerLicense.slice(-5)}` });
    return markets.get(r.dealerLicense)!;
  };
  let changed = 0;
  const out = rows.map((r): RecoveredPurchase => {
    if (!background(r, planted) || r.recoveredState !== r.dealerState || random() >= factor) return r;
    const others = states.filter((s) => s !== r.recoveredState);
    changed += 1;
    if (oneMarket) {
      const m = marketOf(r, others);
      return { ...r, recoveredState: m.state, recoveredCity: m.city, possessorId: null, possessorResidence: null };
    }
    return { ...r, recoveredState: others[Math.floor(random() * others.length)] ?? r.recoveredState, possessorId: null, possessorResidence: null };
  });
  return { rows: out, changed };
}

/** A share `factor` of ALL recoveries (planted ones too) lose their possessor and its residence. */
export function withoutPossessors(rows: RecoveredPurchase[], seed: number, factor: number): Shifted {
  const random = seededRandom(seed * 17 + 3);
  let changed = 0;
  const out = rows.map((r): RecoveredPurchase => {
    if (r.possessorId === null || random() >= factor) return r;
    changed += 1;
    return { ...r, possessorId: null, possessorResidence: null };
  });
  return { rows: out, changed };
}

/** Keeps, for each buyer, dealer and day, as many sale records as recovered guns (sales known from traces only). */
export function tracedOnly(purchases: Purchase[], rows: RecoveredPurchase[]): Purchase[] {
  const key = (x: { purchaserId: string; dealerLicense: string; soldOn: string }) => `${x.purchaserId}|${x.dealerLicense}|${x.soldOn.slice(0, 10)}`;
  const left = new Map<string, number>();
  for (const r of rows) left.set(key(r), (left.get(key(r)) ?? 0) + 1);
  return purchases.filter((p) => {
    const n = left.get(key(p)) ?? 0;
    if (n > 0) left.set(key(p), n - 1);
    return n > 0;
  });
}

/**
 * Adds `k` times the given association count as associations drawn at random among the people of no
 * planted case (buyers and people already on record): a gang or field-contact file records most
 * people police meet, whatever their guns.
 */
export function denserContacts(associations: Array<{ a: string; b: string }>, purchases: Purchase[], planted: Set<string>, seed: number, k: number) {
  const people = [...new Set([...purchases.map((p) => p.purchaserId), ...associations.flatMap((a) => [a.a, a.b])])].filter((id) => !planted.has(id)).sort();
  const random = seededRandom(seed * 31 + 7);
  const out = [...associations];
  for (let i = 0; i < Math.round(k * associations.length); i++) {
    const a = people[Math.floor(random() * people.length)]!;
    const b = people[Math.floor(random() * people.length)]!;
    if (a !== b) out.push({ a, b });
  }
  return out;
}
