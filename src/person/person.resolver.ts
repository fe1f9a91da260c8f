import { Arg, Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { ruleFor } from '../common/validate-args.js';
import { idRule } from '../common/arg-rules.js';
import { Role } from '../core/role.js';
import { NonEmptyStringScalar } from '../common/scalars.js';
import { notFound } from '../errors/app-error.js';
import { pageRequest, PageArgs } from '../pagination/page-args.js';
import { RecoveryConnection } from '../model/recovery.connection.js';
import { SaleConnection } from '../model/sale.connection.js';
import type { RequestContext } from '../core/context.js';
import { AssociateConnection } from '../model/associate.connection.js';
import { personAssociates, personById, personPurchases, personRecoveriesFrom } from './person.data.js';
import { Person } from '../model/person.type.js';

@Resolver(() => Person)
export class PersonResolver {
  @Authorized(Role.ANALYST)
  @Query(() => Person, {
    nullable: true,
    description:
      'A person by id. An id with no person is a NOT_FOUND error (field `id`). Personal fields are masked for roles that may not see them, and audited.',
  })
  async person(
    @Arg('id', () => NonEmptyStringScalar, { description: 'Person id.', validateFn: ruleFor('id', idRule()) }) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Person> {
    const person = await personById(ctx).load(id);
    if (!person) throw notFound('person', 'id', id);
    return person;
  }

  @FieldResolver(() => SaleConnection, {
    description:
      'Guns this person bought at retail, newest first. Many purchases, multiple sales and guns soon recovered from others are straw-purchase signs.',
  })
  purchases(@Root() person: Person, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: RequestContext) {
    return personPurchases(ctx, person.id, pageRequest(`Person.purchases:${person.id}`, args));
  }

  @FieldResolver(() => RecoveryConnection, { description: 'Recoveries where police took a gun from this person (the possessor), newest first.' })
  recoveriesFrom(@Root() person: Person, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: RequestContext) {
    return personRecoveriesFrom(ctx, person.id, pageRequest(`Person.recoveriesFrom:${person.id}`, args));
  }

  @FieldResolver(() => AssociateConnection, { description: 'Known associates (either direction of the record), by associate id.' })
  associates(@Root() person: Person, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: RequestContext) {
    return personAssociates(ctx, person.id, pageRequest(`Person.associates:${person.id}`, args));
  }
}
