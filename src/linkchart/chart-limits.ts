import { ALL_RELATIONSHIP_KINDS, type RelationshipKind } from './relationship-kind.enum.js';

/**
 * Every link-chart operation is bounded (docs/link-charts.md): a chart is for a person to read,
 * and every traversal must have an upper bound. Out-of-range arguments are BAD_USER_INPUT with
 * the field named, never silently clamped, so the analyst knows what they got (the rules are
 * declared on the arguments: link-chart.args.ts).
 */
export const CHART_LIMITS = {
  maxDepth: 4,
  defaultDepth: 2,
  maxNodes: 1000,
  defaultNodes: 300,
  maxSeeds: 50,
  maxHops: 8,
  defaultHops: 6,
  maxPaths: 100,
  defaultPaths: 25,
  maxFirst: 100,
  defaultFirst: 10,
  maxKnown: 1000,
  /** Links kept per chart node count (a chart of n nodes keeps at most 4n links). */
  edgesPerNode: 4,
  /** Links followed out of one node per ring: a dealer with 20 000 sales must not stall a chart. */
  maxFanout: 5000,
  /** Nodes with more links than this are not scanned when closing the outermost ring (see close-ring.cypher). */
  hubDegree: 2000,
  /** Rows one ring may return. */
  maxRingRows: 25_000,
} as const;

export interface TimeWindow {
  from: string | null;
  to: string | null;
}

/** A checked window (from not after to) as statement parameters. */
export function timeWindow(from: Date | null | undefined, to: Date | null | undefined): TimeWindow {
  return { from: from ? from.toISOString() : null, to: to ? to.toISOString() : null };
}

/** The relationship kinds to follow: the ones named (checked non-empty), each once, or `fallback`. */
export function relationshipKinds(include: RelationshipKind[] | null | undefined, fallback: readonly RelationshipKind[] = ALL_RELATIONSHIP_KINDS): string[] {
  return [...new Set(include ?? fallback)];
}
