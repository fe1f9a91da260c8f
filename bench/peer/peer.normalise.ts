/**
 * Both servers' answers in one canonical form, so "the same answer" can be checked before
 * anything is timed. The project nests (scene { … }, agency { … }) where the peer's @cypher
 * columns are flat; instants are compared as epoch milliseconds; evidence ids of one scene as a
 * set; numbers within 0.5 % (the project's haversine sphere and Neo4j's point.distance differ in
 * the fourth digit).
 */
export type Answer = unknown;
type Side = 'project' | 'peer';
type Obj = Record<string, unknown>;

const instant = (v: unknown) => (v === null || v === undefined ? null : Date.parse(String(v).replace(/\[.*\]$/, '')));
const first = <T>(v: T[] | T | null | undefined): T | null => (Array.isArray(v) ? (v[0] ?? null) : (v ?? null));

export function normaliseLinked(list: unknown[], side: Side): Answer {
  return (list as Obj[]).map((x) => {
    const scene = side === 'project' ? (x.scene as Obj) : x;
    const agency = side === 'project' ? (x.agency as Obj | null) : { ori: x.agencyOri, name: x.agencyName };
    const location = side === 'project' ? (scene.location as Obj | null | undefined) : { latitude: x.latitude, longitude: x.longitude };
    return {
      sceneId: side === 'project' ? scene.id : x.sceneId,
      occurredAt: 'occurredAt' in scene ? instant(scene.occurredAt) : undefined,
      kind: scene.kind,
      location: location && location.latitude !== null && location.latitude !== undefined ? location : null,
      agencyOri: agency?.ori ?? null,
      agencyName: agency && 'name' in agency ? (agency.name ?? null) : undefined,
      evidenceIds: x.evidenceIds ? [...(x.evidenceIds as string[])].sort() : undefined,
      distanceKm: x.distanceKm,
      daysSincePrevious: x.daysSincePrevious,
      otherJurisdiction: x.otherJurisdiction,
    };
  });
}

export function normaliseTraceChain(data: unknown, side: Side): Answer {
  const d = data as Obj;
  const f = (side === 'project' ? d.firearm : first(d.firearms as Obj[])) as Obj | null;
  if (!f) return null;
  const chain = (side === 'project' ? f.traceChain : f) as Obj;
  const sale = (side === 'project' ? chain.sale : first(chain.sales as Obj[])) as Obj | null;
  const dealer = (side === 'project' ? chain.dealer : first(sale?.dealer as Obj[])) as Obj | null;
  const purchaser = (side === 'project' ? chain.purchaser : first(sale?.purchaser as Obj[])) as Obj | null;
  const recoveries = (chain.recoveries as Obj[]).map((r) => ({
    id: r.id,
    recoveredOn: r.recoveredOn,
    state: r.state ?? null,
    timeToCrimeDays: r.timeToCrimeDays ?? null,
    possessor: (first(r.possessor as Obj[] | Obj | null) as Obj | null)?.id ?? null,
    agency: (first(r.agency as Obj[] | Obj | null) as Obj | null)?.ori ?? null,
    traces: (r.traces as Obj[]).map((t) => ({
      id: t.id,
      outcome: t.outcome,
      requestedAt: instant(t.requestedAt),
      completedAt: instant(t.completedAt),
      requestingAgency: (first(t.requestingAgency as Obj[] | Obj | null) as Obj | null)?.ori ?? null,
    })),
  }));
  return {
    id: f.id,
    manufacturer: first(chain.manufacturer as Obj[] | Obj | null),
    sale: sale ? { id: sale.id, soldOn: sale.soldOn, multipleSale: sale.multipleSale ?? null } : null,
    dealer,
    purchaser,
    // ATF time-to-crime of the chain: first retail sale to first recovery (the peer reads it off its first recovery).
    timeToCrimeDays: side === 'project' ? (chain.timeToCrimeDays ?? null) : (recoveries[0]?.timeToCrimeDays ?? null),
    firstShootingAt: instant(chain.firstShootingAt),
    recoveries,
  };
}

export function normalisePage(data: unknown, side: Side): Answer {
  const d = data as Obj;
  const nodes = side === 'project' ? ((d.scenes as Obj).edges as Obj[]).map((e) => e.node as Obj) : (d.scenes as Obj[]);
  return nodes.map((n) => {
    const out: Obj = { ...n, agency: first(n.agency as Obj[] | Obj | null) };
    if ('occurredAt' in n) out.occurredAt = instant(n.occurredAt);
    if (n.casings) {
      out.casings = (n.casings as Obj[]).map((c) => ({
        evidenceId: c.evidenceId,
        linkedScenes: normaliseLinked(c.linkedScenes as unknown[], side),
      }));
    }
    return out;
  });
}

/** The first place two canonical answers differ (numbers within 0.5 %), or null when they are the same. */
export function firstDifference(a: unknown, b: unknown, path = '$'): string | null {
  if (typeof a === 'number' && typeof b === 'number') {
    return Math.abs(a - b) <= 0.005 * Math.max(1, Math.abs(a), Math.abs(b)) ? null : `${path}: ${a} ≠ ${b}`;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return `${path}: ${a.length} items ≠ ${b.length} items`;
    for (let i = 0; i < a.length; i++) {
      const d = firstDifference(a[i], b[i], `${path}[${i}]`);
      if (d) return d;
    }
    return null;
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) {
      const d = firstDifference((a as Obj)[k] ?? null, (b as Obj)[k] ?? null, `${path}.${k}`);
      if (d) return d;
    }
    return null;
  }
  return (a ?? null) === (b ?? null) ? null : `${path}: ${JSON.stringify(a)} ≠ ${JSON.stringify(b)}`;
}
