import { badInput } from '../errors/app-error.js';
import { ALL_RELATIONSHIP_KINDS, type RelationshipKind } from './relationship-kind.enum.js';

/**
 * Every link-chart operation is bounded (docs/link-charts.md): a chart is for a person to read,
 * and every traversal must have an upper bound. Out-of-range arguments are BAD_USER_INPUT with
 * the field named, never silently clamped, so the analyst knows what they got.
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

export function intInRange(field: string, value: number | null | undefined, min: number, max: number, fallback: number): number {
  const v = value ?? fallback;
  if (!Number.isInteger(v) || v < min || v > max) throw badInput(field, `must be an integer from ${min} to ${max} (got ${v})`);
  return v;
}

export interface TimeWindow {
  from: string | null;
  to: string | null;
}

export function timeWindow(from: Date | null | undefined, to: Date | null | undefined): TimeWindow {
  if (from && to && from.getTime() > to.getTime()) throw badInput('from', 'must not be later than `to`');
  return { from: from ? from.toISOString() : null, to: to ? to.toISOString() : null };
}

export function relationshipKinds(include: RelationshipKind[] | null | undefined, fallback: readonly RelationshipKind[] = ALL_RELATIONSHIP_KINDS): string[] {
  if (include && include.length === 0) throw badInput('include', 'name at least one relationship kind, or omit it for all');
  return [...new Set(include ?? fallback)];
}
