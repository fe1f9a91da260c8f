import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import { Role } from '../core/role.js';
import { listRule } from '../common/arg-rules.js';
import { ruleFor } from '../common/validate-args.js';
import { nodeIdRule, parseNodeId } from '../linkchart/node-id.js';
import type { RequestContext } from '../core/context.js';
import { loadNode } from './node.data.js';
import { Node } from '../model/node.type.js';

/** Bound of nodes(ids:), like the largest page (every list is bounded). */
export const MAX_NODE_IDS = 100;

/**
 * Relay's refetch entry points. The answer is the same object the kind's own query returns
 * (Person fields masked and audited by the same @PersonalData rule). Per the Relay
 * specification a well-formed id with no object is null, without an error; an id that is not
 * `Kind:key`, or whose key cannot be one of that kind (a bad ORI or FFL number), is
 * BAD_USER_INPUT naming the argument.
 */
@Resolver()
export class NodeResolver {
  @Authorized(Role.ANALYST)
  @Query(() => Node, {
    nullable: true,
    description:
      'Any object by its global id (`Person:P-09CW6TD`, `Ffl:1-59-031-02-7H-10497`): Relay refetch. Null when no object has that id; ' +
      'a malformed id is BAD_USER_INPUT (field `id`). Personal fields are masked and audited as everywhere.',
  })
  async node(
    @Arg('id', () => ID, { description: 'Global id, `Kind:naturalKey`.', validateFn: ruleFor('id', nodeIdRule({ keyFormats: true })) }) id: string,
    @Ctx() ctx: RequestContext,
  ) {
    const ref = parseNodeId(id);
    return loadNode(ctx, ref.kind, ref.key);
  }

  @Authorized(Role.ANALYST)
  @Query(() => [Node], {
    nullable: 'items',
    description:
      `Objects by global id, in the order asked (at most ${MAX_NODE_IDS}); null in place of an id with no object. ` +
      'One statement per kind whatever the number of ids. A malformed id is BAD_USER_INPUT naming it (field `ids[i]`).',
  })
  async nodes(
    @Arg('ids', () => [ID], {
      description: `Global ids, at most ${MAX_NODE_IDS}.`,
      // Every id is checked before anything is read, so a bad one costs no statement.
      validateFn: ruleFor('ids', listRule(nodeIdRule({ keyFormats: true }), { max: MAX_NODE_IDS, what: 'ids per request' })),
    })
    ids: string[],
    @Ctx() ctx: RequestContext,
  ) {
    return Promise.all(ids.map(parseNodeId).map((ref) => loadNode(ctx, ref.kind, ref.key)));
  }
}
