/**
 * Appends `value` to the list of `key`, in place. Rebuilding the list on every insert
 * (`[...(map.get(k) ?? []), v]`) is quadratic in a key's size: a receiver hub or a dealer with
 * thousands of purchasers at scale L would copy its list thousands of times.
 */
export function appendTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Items (with their position in `items`) by each purchaser they name. */
export function indexBy<T>(items: T[], keys: (item: T) => Iterable<string>): Map<string, Array<[number, T]>> {
  const out = new Map<string, Array<[number, T]>>();
  items.forEach((item, i) => {
    for (const k of keys(item)) appendTo(out, k, [i, item] as [number, T]);
  });
  return out;
}

/** The distinct items of a group's purchasers, in their original order. */
export function collect<T>(index: Map<string, Array<[number, T]>>, buyers: string[]): T[] {
  const out = new Map<number, T>();
  for (const b of buyers) for (const [i, item] of index.get(b) ?? []) out.set(i, item);
  return [...out].sort((x, y) => x[0] - y[0]).map(([, item]) => item);
}
