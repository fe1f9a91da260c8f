import type { GraphQLResolveInfo } from 'graphql';
import { ruleFor } from '../common/validate-args.js';
import { idRule } from '../common/arg-rules.js';
import { Arg, Args, Authorized, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { subfieldArguments } from '../common/selection.js';
import { Role } from '../core/role.js';
import { Casing } from '../model/casing.type.js';
import { NonEmptyStringScalar } from '../common/scalars.js';
import { notFound } from '../errors/app-error.js';
import { pageRequest, PageArgs } from '../pagination/page-args.js';
import { Recovery } from '../model/recovery.type.js';
import { Scene } from '../model/scene.type.js';
import type { RequestContext } from '../core/context.js';
import { FirearmConnection } from '../model/firearm.connection.js';
import { FirearmFilter } from './firearm.filter.js';
import {
  firearmById,
  firearmPage,
  firearmsBySerial,
  firearmCasings,
  firearmManufacturer,
  firearmRecoveries,
  firearmShootings,
  firearmTestFires,
  firearmTraceChain,
} from './firearm.data.js';
import { Firearm, Manufacturer } from '../model/firearm.type.js';
import { toTraceChain } from './trace-chain.js';
import { TraceChain } from './trace-chain.type.js';

@Resolver(() => Firearm)
export class FirearmResolver {
  @Authorized(Role.ANALYST)
  @Query(() => Firearm, { nullable: true, description: 'A firearm by record id. An id with no firearm is a NOT_FOUND error (field `id`).' })
  async firearm(
    @Arg('id', () => NonEmptyStringScalar, { description: 'Firearm record id.', validateFn: ruleFor('id', idRule()) }) id: string,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Firearm> {
    const key = id;
    // One statement per question: the trace-chain statement finds the gun too (traceChain reuses its row).
    const firearm = subfieldArguments(info, 'traceChain').length
      ? ((await firearmTraceChain(ctx).load(key))?.firearm ?? null)
      : await firearmById(ctx).load(key);
    if (!firearm) throw notFound('firearm', 'id', id);
    return firearm;
  }

  @Authorized(Role.ANALYST)
  @Query(() => [Firearm], {
    description: 'Firearms with this exact serial number, by make (serials repeat across makes, so this is a search: no match is an empty list). At most 100.',
  })
  async firearmBySerial(
    @Arg('serial', () => NonEmptyStringScalar, { description: 'Serial number, exactly as recorded.', validateFn: ruleFor('serial', idRule()) }) serial: string,
    @Ctx() ctx: RequestContext,
  ) {
    return firearmsBySerial(ctx, serial);
  }

  @Authorized(Role.ANALYST)
  @Query(() => FirearmConnection, {
    description: 'Firearms by record id, filtered by caliber, make, kind and obliterated serial. Keyset-paged (at most 100 per page).',
  })
  async firearms(
    @Arg('filter', () => FirearmFilter, { nullable: true, description: 'Filters; all given filters must hold.' }) filter: FirearmFilter | null,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: RequestContext,
  ) {
    const req = pageRequest('firearms', args);
    const filters = {
      caliber: filter?.caliber ?? null,
      make: filter?.make ?? null,
      kinds: filter?.kinds ?? null,
      serialObliterated: filter?.serialObliterated ?? null,
    };
    return firearmPage(ctx, req, filters);
  }

  @FieldResolver(() => Manufacturer, { nullable: true, description: 'Manufacturer or importer.' })
  manufacturer(@Root() firearm: Firearm, @Ctx() ctx: RequestContext) {
    return firearmManufacturer(ctx).load(firearm.id);
  }

  @FieldResolver(() => [Casing], {
    description: "Scene casings matched to this gun: a confirmed NIBIN hit between the casing and the gun's test-fire (FIRED_FROM). Oldest first, at most 200.",
  })
  casings(@Root() firearm: Firearm, @Ctx() ctx: RequestContext) {
    return firearmCasings(ctx).load(firearm.id);
  }

  @FieldResolver(() => [Casing], { description: 'Test-fire casings the lab fired from this gun after recovery (what NIBIN compares scene casings with).' })
  testFires(@Root() firearm: Firearm, @Ctx() ctx: RequestContext) {
    return firearmTestFires(ctx).load(firearm.id);
  }

  @FieldResolver(() => [Scene], { description: 'Scenes where this gun was fired: the scenes of its matched casings, oldest first, at most 200.' })
  shootings(@Root() firearm: Firearm, @Ctx() ctx: RequestContext) {
    return firearmShootings(ctx).load(firearm.id);
  }

  @FieldResolver(() => [Recovery], { description: 'Every police recovery of this gun, oldest first, at most 200.' })
  recoveries(@Root() firearm: Firearm, @Ctx() ctx: RequestContext) {
    return firearmRecoveries(ctx).load(firearm.id);
  }

  @FieldResolver(() => TraceChain, {
    description:
      'The trace chain: maker or importer → retail dealer → first sale and purchaser → each recovery → its traces, with time-to-crime and time to first shooting. ' +
      'One statement for the whole chain.',
  })
  async traceChain(@Root() firearm: Firearm, @Ctx() ctx: RequestContext): Promise<TraceChain> {
    const row = await firearmTraceChain(ctx).load(firearm.id);
    return row
      ? toTraceChain(row)
      : toTraceChain({ firearm, manufacturer: null, sale: null, dealer: null, purchaser: null, recoveries: [], firstShootingAt: null });
  }
}
