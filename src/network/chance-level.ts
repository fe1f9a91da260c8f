/**
 * The first level at which what chance explains is at most `alpha` of what the data holds, or one
 * in the run (a false discovery rate by an empirical null: Efron 2004; Benjamini and Hochberg 1995),
 * with the figures of every level tried; `max` when none is. `admissible` can refuse a level that
 * passes (the receiver null's purchase windows: holder-null.ts). Shared by the receiver and
 * household null (holder-null.ts) and the repeat-buying null (buyer-null.ts).
 */
export function chanceLevel(
  found: number[],
  chance: number[],
  alpha: number,
  max: number,
  admissible: (level: number) => boolean = () => true,
): { level: number; found: number[]; chance: number[] } {
  const tried = { level: 0, found: [] as number[], chance: [] as number[] };
  for (let level = 0; level < max; level++) {
    tried.level = level;
    tried.found.push(found[level]!);
    tried.chance.push(chance[level]!);
    if ((found[level] === 0 || chance[level]! <= Math.max(alpha * found[level]!, 1)) && admissible(level)) return tried;
  }
  tried.level = max;
  return tried;
}
