/** How many values of an ascending array are strictly below `v` (the index of the first value ≥ v). */
export function countBelow(sorted: readonly number[], v: number): number {
  return firstIndex(sorted, (x) => x >= v);
}

/** How many values of an ascending array are at or below `v` (the index of the first value > v). */
export function countAtOrBelow(sorted: readonly number[], v: number): number {
  return firstIndex(sorted, (x) => x > v);
}

/** Binary search: the first index whose value satisfies `past` (a predicate false then true along the array). */
function firstIndex(sorted: readonly number[], past: (x: number) => boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (past(sorted[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
