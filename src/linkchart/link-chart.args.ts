import { ArgsType, Field, ID, Int } from 'type-graphql';
import { z } from 'zod';
import { intRule, listRule, timeWindow } from '../common/arg-rules.js';
import { DateTimeScalar } from '../common/scalars.js';
import { ValidatedBy } from '../common/validate-args.js';
import { CentralityMeasure } from './centrality.service.js';
import { CHART_LIMITS as L } from './chart-limits.js';
import { nodeIdProblem, nodeIdRule, readNodeId } from './node-id.js';
import { RelationshipKind } from './relationship-kind.enum.js';
import { SeedFilter } from './seed-filter.input.js';

/**
 * The arguments of the link-chart queries and their bounds (docs/link-charts.md): every chart
 * is bounded, and an argument out of range is BAD_USER_INPUT naming it, never silently clamped,
 * so the analyst knows what they got. Checked before the resolver runs (docs/architecture.md,
 * Argument validation); the resolver fills in the defaults.
 */

const INCLUDE = 'Relationship kinds to follow; all when omitted.';
const FROM = 'Only links that happened at or after this time (links with no time always count).';
const TO = 'Only links that happened at or before this time.';

/** Seeds are counted as the chart uses them: trimmed, each once. */
export const distinctSeeds = (seeds: readonly unknown[]): string[] => [...new Set(seeds.map((s) => String(s).trim()))];

/** Seeds: 1 to maxSeeds distinct node ids; a malformed one is reported on `seeds` itself (clients match on that field). */
const seedsRule = () =>
  listRule(z.string(), {
    min: 1,
    max: L.maxSeeds,
    what: 'seeds',
    tooFew: 'name at least one node id (Kind:key)',
    count: (s) => distinctSeeds(s).length,
  }).superRefine((seeds, ctx) => {
    const problem = seeds.map((id) => nodeIdProblem(String(id))).find((p) => p !== null);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
const includeRule = () => listRule(z.unknown(), { min: 1, max: Infinity, what: 'kinds', tooFew: 'name at least one relationship kind, or omit it for all' });
const depthRule = () => intRule(1, L.maxDepth);
const nodesRule = () => intRule(1, L.maxNodes);
/** A time window given backwards is refused on `from` (the link-chart convention since its first release). */
const linkWindow = timeWindow({ reportOn: 'from', message: 'must not be later than `to`' });

/** More distinct seeds than the node limit: the chart could not even hold its seeds. */
function seedsWithinLimit(v: Record<string, unknown>, ctx: z.RefinementCtx) {
  const limit = (v.limit as number | null | undefined) ?? L.defaultNodes;
  const seeds = v.seeds as string[] | null | undefined;
  if (seeds && distinctSeeds(seeds).length > limit)
    ctx.addIssue({ code: 'custom', path: ['seeds'], message: `more seeds (${distinctSeeds(seeds).length}) than the node limit (${limit})` });
}

@ArgsType()
@ValidatedBy(
  z
    .looseObject({ seeds: seedsRule(), depth: depthRule().nullish(), include: includeRule().nullish(), limit: nodesRule().nullish() })
    .superRefine(linkWindow)
    .superRefine(seedsWithinLimit),
)
export class LinkChartArgs {
  @Field(() => [ID], { description: 'Node ids to start from (1 to 50): Kind:key.' })
  seeds!: string[];

  @Field(() => Int, { nullable: true, description: `Rings of links to follow (1 to ${L.maxDepth}, default ${L.defaultDepth}).` })
  depth?: number | null;

  @Field(() => [RelationshipKind], { nullable: true, description: INCLUDE })
  include?: RelationshipKind[] | null;

  @Field(() => DateTimeScalar, { nullable: true, description: FROM })
  from?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: TO })
  to?: Date | null;

  @Field(() => Int, { nullable: true, description: `Most nodes (1 to ${L.maxNodes}, default ${L.defaultNodes}).` })
  limit?: number | null;
}

@ArgsType()
@ValidatedBy(
  z
    .looseObject({
      nodeId: nodeIdRule(),
      include: includeRule().nullish(),
      limit: nodesRule().nullish(),
      known: listRule(nodeIdRule(), { max: L.maxKnown, what: 'ids' }).nullish(),
    })
    .superRefine(linkWindow),
)
export class ExpandArgs {
  @Field(() => ID, { description: 'The node to expand (Kind:key).' })
  nodeId!: string;

  @Field(() => [RelationshipKind], { nullable: true, description: INCLUDE })
  include?: RelationshipKind[] | null;

  @Field(() => DateTimeScalar, { nullable: true, description: FROM })
  from?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: TO })
  to?: Date | null;

  @Field(() => Int, { nullable: true, description: `Most new nodes (1 to ${L.maxNodes}, default ${L.defaultNodes}).` })
  limit?: number | null;

  @Field(() => [ID], { nullable: true, description: `Ids of nodes the client already draws (up to ${L.maxKnown}): not sent again, links to them are.` })
  known?: string[] | null;
}

/** Both ends of a path name the same node (kind names are case-insensitive and have aliases). */
function differentEnds(v: Record<string, unknown>, ctx: z.RefinementCtx) {
  const a = readNodeId(String(v.from));
  const b = readNodeId(String(v.to));
  if (a && b && a.kind === b.kind && a.key === b.key) ctx.addIssue({ code: 'custom', path: ['to'], message: 'must name another node than `from`' });
}

@ArgsType()
@ValidatedBy(
  z
    .looseObject({
      from: nodeIdRule(),
      to: nodeIdRule(),
      maxHops: intRule(1, L.maxHops).nullish(),
      include: includeRule().nullish(),
      limit: intRule(1, L.maxPaths).nullish(),
    })
    .superRefine(differentEnds),
)
export class ShortestPathsArgs {
  @Field(() => ID, { description: 'Start node id (Kind:key).' })
  from!: string;

  @Field(() => ID, { description: 'End node id (Kind:key).' })
  to!: string;

  @Field(() => Int, { nullable: true, description: `Longest path in links (1 to ${L.maxHops}, default ${L.defaultHops}).` })
  maxHops?: number | null;

  @Field(() => [RelationshipKind], { nullable: true, description: 'Relationship kinds to follow; all but the hub links when omitted.' })
  include?: RelationshipKind[] | null;

  @Field(() => Boolean, { defaultValue: false, description: 'Only paths whose links happened in time order from `from` to `to`.' })
  timeOrdered!: boolean;

  @Field(() => Int, { nullable: true, description: `Most paths (1 to ${L.maxPaths}, default ${L.defaultPaths}).` })
  limit?: number | null;
}

/** Seeds named, or picked by a filter: exactly one of the two; a filter may not pick more seeds than the chart holds. */
function seedsOrFilter(v: Record<string, unknown>, ctx: z.RefinementCtx) {
  if (!!v.seeds === !!v.filter) {
    ctx.addIssue({ code: 'custom', path: ['seeds'], message: 'give either seeds or filter, not both and not neither' });
    return;
  }
  const filter = v.filter as SeedFilter | null | undefined;
  const limit = (v.limit as number | null | undefined) ?? L.defaultNodes;
  if (filter && (filter.maxSeeds ?? 10) > limit)
    ctx.addIssue({ code: 'custom', path: ['filter', 'maxSeeds'], message: `must not be more than the node limit (${limit})` });
  else seedsWithinLimit(v, ctx);
}

@ArgsType()
@ValidatedBy(
  z
    .looseObject({
      seeds: seedsRule().nullish(),
      depth: depthRule().nullish(),
      include: includeRule().nullish(),
      limit: nodesRule().nullish(),
      first: intRule(1, L.maxFirst).nullish(),
    })
    .superRefine(linkWindow)
    .superRefine(seedsOrFilter),
)
export class MostConnectedArgs {
  @Field(() => [ID], { nullable: true, description: 'Node ids to grow the chart from; or give `filter`.' })
  seeds?: string[] | null;

  @Field(() => SeedFilter, { nullable: true, description: 'Picks the seeds by state instead.' })
  filter?: SeedFilter | null;

  @Field(() => Int, { nullable: true, description: `Rings of links (1 to ${L.maxDepth}, default ${L.defaultDepth}).` })
  depth?: number | null;

  @Field(() => [RelationshipKind], { nullable: true, description: INCLUDE })
  include?: RelationshipKind[] | null;

  @Field(() => DateTimeScalar, { nullable: true, description: FROM })
  from?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: TO })
  to?: Date | null;

  @Field(() => Int, { nullable: true, description: `Most chart nodes (1 to ${L.maxNodes}, default ${L.defaultNodes}).` })
  limit?: number | null;

  @Field(() => CentralityMeasure, { defaultValue: CentralityMeasure.BETWEENNESS, description: 'Ranking measure.' })
  orderBy!: CentralityMeasure;

  @Field(() => Int, { nullable: true, description: `How many nodes to return (1 to ${L.maxFirst}, default ${L.defaultFirst}).` })
  first?: number | null;
}
