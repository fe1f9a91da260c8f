import { chanceLevel } from './chance-level.js';
import { NO_DUPLICATES, type DuplicateRecords } from './duplicate-records.js';
import { repeatHolderShare } from './holder-share.js';
import { boughtTogether, boughtWithinShare, eitherShare, HOLDER_TIE_WINDOWS, ttcDifferences } from './holder-timing.js';
import { dayNumber } from './purchase-events.js';
import { residenceKey } from './residence-key.js';
import type { PurchaserEvidence, RecoveredPurchase } from './trafficking.evidence.js';

/**
 * How much a receiver tie (one person holding guns of several suspect purchasers) is worth in this
 * data, measured on guns that cannot be straw evidence.
 *
 * Guns of two straw purchasers meeting in one person's hands are a receiver hub (NFCTA vol. III)
 * only if that person is not simply someone police find with guns again and again: prohibited
 * persons, gang members and one seizure of several guns are common in real recoveries, and such a
 * repeat possessor's guns come from anywhere. How often they do is visible in the guns no rule
 * counts as straw evidence (recovered from someone other than the buyer more than 3 years after
 * the sale, or reported stolen before police found them: "control" guns). Under the null that a
 * holder's recovered guns are a random draw from the guns recovered in his state, each pair of
 * guns at one holder is two straw guns with probability p², one of each 2p(1 − p), two control guns
 * (1 − p)², p the state's share of straw guns among them. Pairs with a control gun are never
 * receiver evidence, so they estimate how many chance pairs of straw guns the data holds:
 * (mixed + control pairs) · p² / (1 − p²) (a false discovery rate by an empirical null: Efron 2004;
 * Benjamini and Hochberg 1995). A data set in which nobody holds recovered guns of different buyers
 * outside trafficking has no such pairs and keeps every receiver tie.
 *
 * When chance pairs are more than `alpha` of the straw pairs (or more than one in the run), the
 * receiver ties are held to a level: 1, a holder police also found with a control gun ties nobody
 * (he is a repeat possessor; a chance holder of k guns holds only straw guns with probability p^k,
 * so each holder seen with a control gun stands for p^k / (1 − p^k) unseen ones); 2, moreover only
 * buyers whose guns in his hands were bought at one dealer (buyers sent by one person share
 * stores, ATF, Following the Gun, 2000; chance pairs share a dealer as often as two guns drawn from
 * the state's straw guns do) or, where the data allows it, within a window of each other (a
 * scheme's purchases cluster in time; the widest of HOLDER_TIE_WINDOWS whose chance passes, both
 * over the pairs it keeps and over those it adds to one dealer's, with the chance of the timing
 * measured as holder-timing.ts says); 3, receivers tie nobody.
 *
 * Receiving households (residence-hubs.ts) are a class of their own, measured the same way with the
 * residence as the holder: an apartment block recorded without unit numbers, or a shelter, is one
 * "residence" to many people who each hold a gun from anywhere, which the guns recovered there that
 * cannot be straw evidence show (separate-class false discovery rates, Efron 2008).
 */

export interface HolderTieCalibration {
  /** 0: every receiver tie; 1: none by a holder also found with a control gun; 2: moreover only buyers of one dealer or of guns bought within `windowDays`; 3: none. */
  level: number;
  /** At level 2, the purchase window that ties buyers of different dealers (0: one dealer only). */
  windowDays: number;
  /** Pairs of straw guns of different buyers at one holder that each step keeps, for every step tried (0, 1, then level 2 with each window of HOLDER_TIE_WINDOWS, then with one dealer only). */
  found: number[];
  /** The same expected from repeat possession alone (mixed and control pairs, p per state). */
  chance: number[];
  /** Pairs at one holder with a control gun (the evidence of repeat possession). */
  controlPairs: number;
  /** Holders found with a control gun (possessor ids, or residence keys for households): they tie nobody from level 1 on. */
  controlled: Set<string>;
  /** States whose repeat possessors carry newer guns than the state's recovered guns do (holder-share.ts): the share used instead, largest gap first. */
  newerShares: Array<{ state: string; repeatShare: number; stateShare: number }>;
  alpha: number;
}

export const MAX_HOLDER_TIE_LEVEL = 3;

interface Held {
  buyer: string;
  dealer: string;
  straw: boolean;
  /** Day numbers of the sale and the recovery. */
  sold: number;
  recovered: number;
}

/** The holder of a recovered gun: its possessor (records that may be one person are one holder). */
export const possessorPlace = (r: RecoveredPurchase, duplicates: DuplicateRecords) => (r.possessorId ? duplicates.person(r.possessorId) : null);

/** The residence a recovered gun's possessor is recorded at (residence-key.ts), for receiving households. */
export const residencePlace = (r: RecoveredPurchase) => (r.possessorId ? residenceKey(r.possessorResidence) : null);

/** The level-2 steps: each window of HOLDER_TIE_WINDOWS, then one dealer only (0). */
const LEVEL_2_WINDOWS = [...HOLDER_TIE_WINDOWS, 0];

/** Pairs of different buyers' guns in one list, split by kind (and straw pairs kept by each level-2 step), with the gaps between their recoveries. */
function pairsOf(guns: Held[], duplicates: DuplicateRecords) {
  let straw = 0;
  const strawKept = LEVEL_2_WINDOWS.map(() => 0);
  let withControl = 0;
  const recoveryGaps: number[] = [];
  for (let i = 0; i < guns.length; i++)
    for (let j = i + 1; j < guns.length; j++) {
      const [a, b] = [guns[i]!, guns[j]!];
      if (duplicates.maybeSame(a.buyer, b.buyer)) continue;
      recoveryGaps.push(Math.abs(a.recovered - b.recovered));
      if (a.straw && b.straw) {
        straw += 1;
        LEVEL_2_WINDOWS.forEach((w, k) => (strawKept[k]! += boughtTogether(a, b, w) ? 1 : 0));
      } else withControl += 1;
    }
  return { straw, strawKept, withControl, recoveryGaps };
}

/**
 * The level receiver ties are held to in this data (see above). `rows`: every recovered retail
 * purchase the job read; `evidence`: the purchasers' straw guns; `alpha`: the false discovery rate
 * (0: off, level 0).
 */
export function holderTieCalibration(
  rows: RecoveredPurchase[],
  evidence: Map<string, PurchaserEvidence>,
  alpha: number,
  duplicates: DuplicateRecords = NO_DUPLICATES,
  placeOf: (row: RecoveredPurchase, duplicates: DuplicateRecords) => string | null = possessorPlace,
): HolderTieCalibration {
  const none: HolderTieCalibration = { level: 0, windowDays: 0, found: [], chance: [], controlPairs: 0, controlled: new Set(), newerShares: [], alpha };
  if (alpha <= 0) return none;
  const straw = new Set([...evidence.values()].flatMap((e) => e.strawGuns.map((g) => g.firearmId)));
  // Per state of recovery (repeat possession is local): each holder's guns, and the state's straw guns by dealer.
  const states = new Map<string, { holders: Map<string, Held[]>; byDealer: Map<string, number>; ttcs: number[]; straw: number; control: number }>();
  for (const r of rows) {
    if (!r.possessorId || duplicates.maybeSame(r.possessorId, r.purchaserId)) continue;
    const s = states.get(r.recoveredState ?? '') ?? { holders: new Map(), byDealer: new Map(), ttcs: [] as number[], straw: 0, control: 0 };
    states.set(r.recoveredState ?? '', s);
    const isStraw = straw.has(r.firearmId);
    const key = placeOf(r, duplicates);
    if (key === null) continue;
    const held = s.holders.get(key) ?? [];
    if (held.length === 0) s.holders.set(key, held);
    const [sold, recovered] = [dayNumber(r.soldOn), dayNumber(r.recoveredOn)];
    held.push({ buyer: r.purchaserId, dealer: r.dealerLicense, straw: isStraw, sold, recovered });
    if (isStraw) {
      s.straw += 1;
      s.ttcs.push(recovered - sold);
      s.byDealer.set(r.dealerLicense, (s.byDealer.get(r.dealerLicense) ?? 0) + 1);
    } else s.control += 1;
  }
  // Step 0: every straw pair; 1: pairs at holders with no control gun; then level 2's steps: those
  // bought at one dealer or within each window, then at one dealer only.
  const steps = 2 + LEVEL_2_WINDOWS.length;
  const found = Array.from({ length: steps }, () => 0);
  const chance = Array.from({ length: steps }, () => 0);
  let controlPairs = 0;
  const controlled = new Set<string>();
  const newerShares: HolderTieCalibration['newerShares'] = [];
  for (const [state, s] of states) {
    // A state with no control gun (p = 1) has no controlled holder, so no chance term divides by 1 − p.
    const stateShare = s.straw / Math.max(1, s.straw + s.control);
    // The share of new guns among repeat possessors' guns, from the holders seen with a control gun (holder-share.ts).
    const multi = [...s.holders.values()].filter((g) => g.length >= 2).map((g) => ({ guns: g.length, newGuns: g.filter((x) => x.straw).length }));
    const multiGuns = multi.reduce((sum, h) => sum + h.guns, 0);
    const allNewShare = multiGuns === 0 ? 0 : multi.reduce((sum, h) => sum + h.newGuns, 0) / multiGuns;
    const p = repeatHolderShare(
      multi.filter((h) => h.newGuns < h.guns),
      stateShare,
      allNewShare,
    );
    if (p > stateShare) newerShares.push({ state, repeatShare: p, stateShare });
    // Two guns drawn from the state's straw guns come from one dealer with probability Σ share².
    const sameDealer = [...s.byDealer.values()].reduce((sum, n) => sum + (n / Math.max(1, s.straw)) ** 2, 0);
    const diffs = ttcDifferences(s.ttcs);
    for (const [holder, guns] of s.holders) {
      if (guns.length < 2) continue;
      const c = pairsOf(guns, duplicates);
      found[0]! += c.straw;
      if (!guns.some((g) => !g.straw)) {
        found[1]! += c.straw;
        c.strawKept.forEach((n, k) => (found[2 + k]! += n));
        continue;
      }
      controlled.add(holder);
      controlPairs += c.withControl;
      // Each pair is two straw guns with probability p², so the pairs with a control gun stand for
      // p² / (1 − p²) straw pairs from chance; a chance holder of k guns holds no control gun with
      // probability p^k, so each holder seen with one stands for p^k / (1 − p^k) unseen all-straw ones.
      const k = guns.length;
      chance[0]! += (c.withControl * p * p) / (1 - p * p);
      const allStraw = ((k * (k - 1)) / 2) * (p ** k / (1 - p ** k));
      chance[1]! += allStraw;
      // This repeat possessor's recovery gaps stand for those of the unseen chance holders like him.
      LEVEL_2_WINDOWS.forEach((w, j) => {
        const within = w === 0 ? 0 : c.recoveryGaps.reduce((sum, gap) => sum + boughtWithinShare(diffs, gap, w), 0) / Math.max(1, c.recoveryGaps.length);
        chance[2 + j]! += allStraw * eitherShare(sameDealer, within);
      });
    }
  }
  newerShares.sort((a, b) => b.repeatShare - b.stateShare - (a.repeatShare - a.stateShare) || a.state.localeCompare(b.state));
  // A purchase window is used only if the pairs it adds to one dealer's meet the rate on their own:
  // otherwise a weak class of ties would ride on the strong one's margin (Efron 2008, separate classes).
  const oneDealer = steps - 1;
  const addsWell = (step: number) => step < 2 || step === oneDealer || chance[step]! - chance[oneDealer]! <= alpha * (found[step]! - found[oneDealer]!);
  const tried = chanceLevel(found, chance, alpha, steps, addsWell);
  const level = tried.level < 2 ? tried.level : tried.level < steps ? 2 : MAX_HOLDER_TIE_LEVEL;
  const windowDays = level === 2 ? LEVEL_2_WINDOWS[tried.level - 2]! : 0;
  return { level, windowDays, found: tried.found, chance: tried.chance, controlPairs, controlled, newerShares, alpha };
}

/**
 * The buyers a holder's straw guns tie at `level` (0: all of them; 1: all, unless the holder was
 * also found with a control gun; 2: moreover only those with a gun bought at a dealer where another
 * of them bought a gun this holder holds, or, with `windowDays`, bought within that many days of
 * one; 3: none).
 */
export function heldTogether(
  guns: Array<{ buyer: string; dealer: string; soldOn?: string }>,
  level: number,
  controlled: boolean,
  duplicates: DuplicateRecords = NO_DUPLICATES,
  windowDays = 0,
): Set<string> {
  if (level <= 0) return new Set(guns.map((g) => g.buyer));
  if (level >= MAX_HOLDER_TIE_LEVEL || controlled) return new Set();
  if (level === 1) return new Set(guns.map((g) => g.buyer));
  const held = guns.map((g) => ({ ...g, sold: g.soldOn === undefined ? undefined : dayNumber(g.soldOn) }));
  const kept = new Set<string>();
  for (const a of held) for (const b of held) if (boughtTogether(a, b, windowDays) && !duplicates.maybeSame(a.buyer, b.buyer)) kept.add(a.buyer).add(b.buyer);
  return kept;
}

/** The sentence a network tied by a receiver (or, `household`, a receiving household) carries when the level is above 0. */
export function describeHolderTieLevel(c: HolderTieCalibration, household = false): string {
  // Only levels 1 and 2 leave ties to describe: at level 3 no receiver (or household) joins anyone.
  const what =
    `${household ? 'a residence' : 'a holder'} where police also found guns that cannot be straw evidence ties nobody` +
    (c.level >= 2 ? ', and the others tie only buyers whose guns there were bought at one dealer' : '') +
    (c.level === 2 && c.windowDays > 0 ? ` or within ${c.windowDays} days of each other` : '');
  return (
    `${household ? 'household' : 'receiver'} ties measured against ${household ? 'shared residences' : 'repeat possession'}: guns that cannot be straw evidence make about ` +
    `${Math.round(c.chance[0]! * 10) / 10} chance pair(s) of straw guns at one ${household ? 'residence' : "person's hands"} where the data holds ${c.found[0]}, so ${what} ` +
    `(level ${c.level}: at most ${Math.round(c.alpha * 100)}% of such pairs, or one in the run, expected from chance)`
  );
}

/** The settings with this data's receiver and household levels (`holderTieFalseDiscoveryRate`; 0 or unset: every such tie counts). */
export function withHolderTies<S extends { holderTieFalseDiscoveryRate?: number }>(
  settings: S,
  rows: RecoveredPurchase[],
  evidence: Map<string, PurchaserEvidence>,
  duplicates: DuplicateRecords = NO_DUPLICATES,
): S & { holderTies: HolderTieCalibration; householdTies: HolderTieCalibration } {
  const alpha = settings.holderTieFalseDiscoveryRate ?? 0;
  return {
    ...settings,
    holderTies: holderTieCalibration(rows, evidence, alpha, duplicates, possessorPlace),
    householdTies: holderTieCalibration(rows, evidence, alpha, duplicates, residencePlace),
  };
}
