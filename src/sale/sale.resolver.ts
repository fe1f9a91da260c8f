import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { contextOf, type WithContext } from '../common/preloaded.js';
import { Ffl } from '../model/ffl.type.js';
import { Firearm } from '../model/firearm.type.js';
import { Person } from '../model/person.type.js';
import type { RequestContext } from '../core/context.js';
import { saleContext, type SaleContext } from './sale.data.js';
import { Sale } from '../model/sale.type.js';

type SaleRow = WithContext<Sale, SaleContext>;
const around = (root: SaleRow, ctx: RequestContext) => contextOf(root, () => saleContext(ctx).load(root.id));

@Resolver(() => Sale)
export class SaleResolver {
  @FieldResolver(() => Ffl, { nullable: true, description: 'The licensed dealer that sold the gun.' })
  async dealer(@Root() s: SaleRow, @Ctx() ctx: RequestContext) {
    return (await around(s, ctx))?.dealer ?? null;
  }

  @FieldResolver(() => Person, {
    nullable: true,
    description: 'The purchaser (the person on ATF form 4473; personal fields masked for roles that may not see them).',
  })
  async purchaser(@Root() s: SaleRow, @Ctx() ctx: RequestContext) {
    return (await around(s, ctx))?.purchaser ?? null;
  }

  @FieldResolver(() => Firearm, { nullable: true, description: 'The gun sold.' })
  async firearm(@Root() s: SaleRow, @Ctx() ctx: RequestContext) {
    return (await around(s, ctx))?.firearm ?? null;
  }
}
