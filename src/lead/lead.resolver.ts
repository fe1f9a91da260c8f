import { Arg, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { ruleFor } from '../common/validate-args.js';
import { idRule } from '../common/arg-rules.js';
import { Role } from '../core/role.js';
import type { LeadWithOther } from '../casing/casing.data.js';
import { Casing } from '../model/casing.type.js';
import { NonEmptyStringScalar } from '../common/scalars.js';
import { notFound } from '../errors/app-error.js';
import type { RequestContext } from '../core/context.js';
import { leadById, leadCasings } from './lead.data.js';
import { Lead } from '../model/lead.type.js';

@Resolver(() => Lead)
export class LeadResolver {
  // Examiners read the lead they review (its casings; no personal data).
  @Authorized([Role.ANALYST, Role.EXAMINER])
  @Query(() => Lead, { nullable: true, description: 'A NIBIN lead by id. An id with no lead is a NOT_FOUND error (field `id`).' })
  async lead(
    @Arg('id', () => NonEmptyStringScalar, { description: 'Lead id.', validateFn: ruleFor('id', idRule()) }) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Lead> {
    const lead = await leadById(ctx).load(id);
    if (!lead) throw notFound('lead', 'id', id);
    return lead;
  }

  @FieldResolver(() => [Casing], { description: 'The two casings NIBIN correlated, by evidence id.' })
  casings(@Root() lead: Lead, @Ctx() ctx: RequestContext) {
    return leadCasings(ctx).load(lead.id);
  }

  @FieldResolver(() => Casing, {
    nullable: true,
    description: 'When the lead was reached from a casing (Casing.leads): the other casing of the pair. Null elsewhere.',
  })
  otherCasing(@Root() lead: Lead & Partial<Pick<LeadWithOther, 'otherCasing'>>) {
    return lead.otherCasing ?? null;
  }
}
