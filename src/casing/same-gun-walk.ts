import { badInput } from '../errors/app-error.js';
import { LeadStatus } from '../model/lead-status.enum.js';

/** How far the same-gun set is followed by default, and at most (the Cypher pattern's fixed bound). */
export const DEFAULT_MAX_HOPS = 6;
export const MAX_HOPS = 10;

/** Which lead statuses a same-gun walk follows: confirmed hits, plus unreviewed leads when asked; never rejected ones. */
export function followed(includeUnreviewed: boolean): string[] {
  return includeUnreviewed ? [LeadStatus.CONFIRMED, LeadStatus.UNREVIEWED] : [LeadStatus.CONFIRMED];
}

export function checkHops(maxHops: number): number {
  if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > MAX_HOPS) throw badInput('maxHops', `must be between 1 and ${MAX_HOPS} (got ${maxHops})`);
  return maxHops;
}

/**
 * The walk a selected `linkedScenes` asks for (its argument values), when it can be folded into
 * an enclosing statement; null when it is not selected, selected with different arguments, or
 * with invalid ones (then the field runs its own statement and reports the error on its own path).
 */
export interface SameGunWalk {
  statuses: string[];
  maxHops: number;
}

export function sameGunWalk(args: Record<string, unknown> | null): SameGunWalk | null {
  const hops = args?.maxHops;
  if (!args || typeof hops !== 'number' || !Number.isInteger(hops) || hops < 1 || hops > MAX_HOPS) return null;
  return { statuses: followed(args.includeUnreviewed === true), maxHops: hops };
}
