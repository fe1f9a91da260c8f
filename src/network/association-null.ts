/**
 * How much evidence a group tied ONLY by association records needs, measured on the data itself.
 *
 * A recorded association between two buyers (or a broker known to both) says they know each
 * other; it says nothing about guns. Where association records are dense (gang and field-contact
 * files), acquaintances who each bought one gun that later turned up in crime meet by chance, and
 * the denser the records, the more such chance groups look like straw rings. So the evidence a
 * record-only group needs is not fixed: it is raised until the chance groups expected are at most
 * a share `alpha` of the record-only groups reported, a false discovery rate estimated by an empirical null
 * (Benjamini and Hochberg, 1995; the null by degree-preserving rewiring of the association graph,
 * as in network science's configuration model: Maslov and Sneppen, 2002). The null keeps every
 * person's number of recorded associates and every buyer's guns, and pairs the associates at random;
 * only the associations of suspects no other evidence has placed take part (network.assembly.ts,
 * `unexplainedSuspects`), since only they can form a record-only group in the data.
 */

/** Levels a record-only group may be held to (see `recordOnlyMaxDealers`). */
export const MAX_RECORD_TIE_LEVEL = 4;

/**
 * The most dealers the straw guns of a record-only group of `buyers` purchasers may come from at
 * `level`: none fewer than the buyers at level 0 (the configured rule), then one fewer per level,
 * never fewer than one. Acquaintances who each bought a gun on their own spread over their state's
 * many dealers; buyers sent by one person share stores (ATF, Following the Gun, 2000: recruiters
 * use the same few stores), which chance acquaintance rarely matches.
 */
export function recordOnlyMaxDealers(level: number, buyers: number): number {
  return level <= 0 ? Number.POSITIVE_INFINITY : Math.max(1, buyers - level);
}

/**
 * Random pairings averaged per level. With two, the chance count near the 10% line moved with the
 * order the records were read in (two recruiter crews lost on a held-out seed in the database and
 * not in memory); the order is canonical now, and six pairings narrow the count's spread by √3.
 */
export const NULL_PAIRINGS = 6;

/** A small seeded generator (mulberry32): the same data gives the same null, run after run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * The associations that can tie suspects (those with a suspect at one end), re-paired at random:
 * each keeps its suspect end (the smaller id when both ends are suspects) and takes the other end
 * of another such association whose suspect end is in the same stratum (`stratumOf`: where the
 * suspect bought, since contact records are local), so everyone keeps
 * their number of associations; only WHO is tied to whom is random. Self-pairs and repeated pairs
 * are dropped. Deterministic for a seed, whatever order the records come in.
 */
export function rewiredAssociations(
  associations: Array<{ a: string; b: string }>,
  suspects: Set<string>,
  seed: number,
  stratumOf: (suspectId: string) => string = () => '',
): Array<{ a: string; b: string }> {
  const strata = new Map<string, { kept: string[]; free: string[] }>();
  // In one canonical order, so the same records give the same null however they were read; an
  // association read from both ends (the job reads every suspect's associates) is one association:
  // kept twice, its other end would become a hub of two strangers in every pairing.
  const ordered = [...new Map(associations.map(({ a, b }) => (a < b ? { a, b } : { a: b, b: a })).map((e) => [`${e.a}\n${e.b}`, e])).values()].sort(
    (x, y) => x.a.localeCompare(y.a) || x.b.localeCompare(y.b),
  );
  for (const { a, b } of ordered) {
    const aSuspect = suspects.has(a);
    const bSuspect = suspects.has(b);
    if (!aSuspect && !bSuspect) continue;
    const keepA = aSuspect && (!bSuspect || a < b);
    const kept = keepA ? a : b;
    const key = stratumOf(kept);
    const stratum = strata.get(key) ?? { kept: [], free: [] };
    stratum.kept.push(kept);
    stratum.free.push(keepA ? b : a);
    strata.set(key, stratum);
  }
  const random = seededRandom(seed);
  const seen = new Set<string>();
  const out: Array<{ a: string; b: string }> = [];
  for (const key of [...strata.keys()].sort()) {
    const { kept, free } = strata.get(key)!;
    for (let i = free.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [free[i], free[j]] = [free[j]!, free[i]!];
    }
    kept.forEach((a, i) => {
      const b = free[i]!;
      const pair = a < b ? `${a}\n${b}` : `${b}\n${a}`;
      if (a === b || seen.has(pair)) return;
      seen.add(pair);
      out.push({ a, b });
    });
  }
  return out;
}

export interface RecordTieCalibration {
  /** The level chosen (0: the configured rule holds). */
  level: number;
  /** Record-only groups found at each level tried, in the data and (mean) in the nulls. */
  found: number[];
  chance: number[];
  /** Networks of every kind reported at each level tried. */
  reported: number[];
  alpha: number;
}

/**
 * The lowest level at which the chance groups expected are at most `alpha` of the record-only
 * groups reported, or at most one in the whole run; the highest level when none gets there.
 * The rate is held within the record-only class, not over the whole list: record-only groups are
 * a class whose share of chance is far higher than that of networks with other ties, and measured
 * over the whole list their chance groups hid behind the other networks' precision and filled one
 * label (separate-class false discovery rates, Efron, 2008; every other tie has its own control:
 * receivers, households and the counter scan). `count(associations, level)` gives the groups of
 * one class tied only by records (two or more buyers) and all networks reported; `shuffled`, the
 * random pairings of the same records (`nullPairings`).
 */
export function calibrateRecordTies(
  count: (associations: Array<{ a: string; b: string }>, level: number) => { recordOnly: number; reported: number },
  associations: Array<{ a: string; b: string }>,
  shuffled: Array<Array<{ a: string; b: string }>>,
  alpha: number,
): RecordTieCalibration {
  const c: RecordTieCalibration = { level: 0, found: [], chance: [], reported: [], alpha };
  for (let level = 0; level <= MAX_RECORD_TIE_LEVEL; level++) {
    const real = count(associations, level);
    c.level = level;
    c.found.push(real.recordOnly);
    c.reported.push(real.reported);
    c.chance.push(shuffled.reduce((sum, a) => sum + count(a, level).recordOnly, 0) / shuffled.length);
    if (real.recordOnly === 0 || c.chance[level]! <= Math.max(alpha * real.recordOnly, 1)) break;
  }
  return c;
}

/** The random pairings the levels are measured against: `nulls` rewirings of the same records, seeds fixed. */
export function nullPairings(
  associations: Array<{ a: string; b: string }>,
  suspects: Set<string>,
  stratumOf?: (suspectId: string) => string,
  nulls = NULL_PAIRINGS,
): Array<Array<{ a: string; b: string }>> {
  return Array.from({ length: nulls }, (_, i) => rewiredAssociations(associations, suspects, 7919 * (i + 1), stratumOf));
}

/** The sentence a record-only network carries when the level is above 0. */
export function describeRecordTieLevel(c: RecordTieCalibration, buyers: number): string {
  return (
    `tied only by association records: pairing this data's association records at random makes about ` +
    `${round1(c.chance[0]!)} such group(s) where the data holds ${c.found[0]}, so a group tied only by ` +
    `records must have bought at no more than ${recordOnlyMaxDealers(c.level, buyers)} dealer(s) for its ${buyers} buyers ` +
    `(shared stores, level ${c.level}: at most ${Math.round(c.alpha * 100)}% of such groups, or one in the run, expected from chance)`
  );
}

const round1 = (v: number) => Math.round(v * 10) / 10;
