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
