import type { RequestContext } from '../core/context.js';
import { cypher } from '../db/cypher.registry.js';
import type { SeedFilterKind } from './seed-filter.input.js';

const filterSeeds = cypher('linkchart/filter-seeds');

/** Node ids of up to `max` nodes of one kind in one state (dealers riskiest first): the seeds a state filter picks. */
export async function seedIdsByState(ctx: RequestContext, kind: SeedFilterKind, state: string, max: number): Promise<string[]> {
  return (await ctx.gateway.read<{ seed: string }>(filterSeeds, { kind, state, max }, ctx.meta)).map((r) => r.seed);
}
