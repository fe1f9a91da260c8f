import { Arg, Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../core/context.js';
import { Role } from '../core/role.js';
import { nonEmptyList } from '../common/arg-rules.js';
import { ruleFor } from '../common/validate-args.js';
import type { ChartNodeKind } from '../linkchart/chart-node-kind.enum.js';
import { Node } from '../model/node.type.js';
import { loadNode } from '../node/node.data.js';
import { pageRequest, PageArgs } from '../pagination/page-args.js';
import { searchTextPieces, searchTextRule } from './search-query.js';
import { SEARCH_CAP_PER_KIND, searchPage } from './search.data.js';
import { SearchHit, SearchHitConnection, SearchKind } from './search.type.js';

const ALL_KINDS = Object.values(SearchKind);

@Resolver(() => SearchHit)
export class SearchResolver {
  @Authorized(Role.ANALYST)
  @Query(() => SearchHitConnection, {
    description:
      'Find anything by what an analyst knows: a name, a partial or mistyped serial (`?` stands for a character the lab could not restore), ' +
      `an address, a license, an ORI, an id. Best matches first (ties by id), keyset-paged; at most ${SEARCH_CAP_PER_KIND} best matches per kind. ` +
      'People are found by name and address only for roles that may see personal data (others: by exact person id); person captions are masked and audited like every personal field.',
  })
  search(
    @Arg('text', () => String, {
      description: `What to look for (1–120 characters). Lucene operators in it are taken literally.`,
      validateFn: ruleFor('text', searchTextRule()),
    })
    text: string,
    @Arg('kinds', () => [SearchKind], { nullable: true, description: 'Kinds to search (default: all).', validateFn: ruleFor('kinds', nonEmptyList('kind')) })
    kinds: SearchKind[] | null | undefined,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: RequestContext,
  ) {
    return searchPage(ctx, pageRequest('search', args), searchTextPieces(text), text, [...new Set(kinds ?? ALL_KINDS)]);
  }

  @FieldResolver(() => Node, { nullable: true, description: 'The record itself (null if it was removed since the search ran).' })
  node(@Root() hit: SearchHit, @Ctx() ctx: RequestContext) {
    return loadNode(ctx, hit.kind as unknown as ChartNodeKind, hit.key);
  }
}
