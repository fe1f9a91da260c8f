/**
 * NIBIN series on a chart, from what the chart draws: scene casings tied together by firing
 * from the same gun (FIRED_FROM, a confirmed hit to its test-fire) or by a confirmed lead
 * (CORRELATES from a CONFIRMED lead; a lead still under review is not a series link). A series
 * is the set of scenes of one such group, in time order. Pure: tested in Node.
 */
export interface SeriesNode {
  id: string;
  kind: string;
  properties: Record<string, unknown>;
}
export interface SeriesEdge {
  source: string;
  target: string;
  kind: string;
}
export interface Series {
  /** The gun it is tied to, when one is on the chart. */
  firearmId: string | null;
  /** Scene ids, oldest first. */
  sceneIds: string[];
}

export function seriesOf(nodes: SeriesNode[], edges: SeriesEdge[]): Series[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r && parent.has(r)) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  const join = (a: string, b: string) => {
    if (!parent.has(a)) parent.set(a, a);
    if (!parent.has(b)) parent.set(b, b);
    parent.set(find(a), find(b));
  };
  const sceneOf = new Map<string, string>();
  for (const e of edges) {
    const s = byId.get(e.source);
    const t = byId.get(e.target);
    if (!s || !t) continue;
    if (e.kind === 'RECOVERED_AT' && s.kind === 'CASING' && t.kind === 'SCENE') sceneOf.set(s.id, t.id);
    if (e.kind === 'FIRED_FROM' && s.kind === 'CASING' && t.kind === 'FIREARM') join(s.id, t.id);
    if (e.kind === 'CORRELATES' && s.kind === 'LEAD' && t.kind === 'CASING' && s.properties.status === 'CONFIRMED') join(s.id, t.id);
  }
  const groups = new Map<string, { firearmId: string | null; scenes: Set<string> }>();
  for (const id of parent.keys()) {
    const root = find(id);
    const g = groups.get(root) ?? { firearmId: null, scenes: new Set<string>() };
    groups.set(root, g);
    if (byId.get(id)?.kind === 'FIREARM') g.firearmId = id;
    const scene = sceneOf.get(id);
    if (scene) g.scenes.add(scene);
  }
  const when = (id: string) => Date.parse(String(byId.get(id)?.properties.occurredAt ?? '')) || 0;
  return [...groups.values()]
    .filter((g) => g.scenes.size >= 2)
    .map((g) => ({ firearmId: g.firearmId, sceneIds: [...g.scenes].sort((a, b) => when(a) - when(b) || a.localeCompare(b)) }))
    .sort((a, b) => b.sceneIds.length - a.sceneIds.length || a.sceneIds[0]!.localeCompare(b.sceneIds[0]!));
}
