import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { Agency } from '../model/agency.type.js';
import { daysBetween } from '../common/days.js';
import { contextOf } from '../common/preloaded.js';
import { Firearm } from '../model/firearm.type.js';
import { Person } from '../model/person.type.js';
import { Sale } from '../model/sale.type.js';
import { Scene } from '../model/scene.type.js';
import type { RequestContext } from '../core/context.js';
import { TimeToCrimeIndicator, timeToCrimeIndicator } from '../model/time-to-crime-indicator.enum.js';
import { Trace } from '../model/trace.type.js';
import type { RecoveryContext, RecoveryRow } from './recovery.context.js';
import { recoveryContext } from './recovery.data.js';
import { Recovery } from '../model/recovery.type.js';

/** All of a recovery's fields share one context: one statement per page of recoveries, none inside a trace chain. */
const around = (root: RecoveryRow, ctx: RequestContext): Promise<RecoveryContext | null> => contextOf(root, () => recoveryContext(ctx).load(root.id));

@Resolver(() => Recovery)
export class RecoveryResolver {
  @FieldResolver(() => Firearm, { nullable: true, description: 'The recovered gun.' })
  async firearm(@Root() r: RecoveryRow, @Ctx() ctx: RequestContext) {
    return (await around(r, ctx))?.firearm ?? null;
  }

  @FieldResolver(() => Scene, { nullable: true, description: 'The scene it was recovered at, when the recovery is tied to one.' })
  async scene(@Root() r: RecoveryRow, @Ctx() ctx: RequestContext) {
    return (await around(r, ctx))?.scene ?? null;
  }

  @FieldResolver(() => Person, { nullable: true, description: 'The person the gun was taken from (the possessor), when known.' })
  async possessor(@Root() r: RecoveryRow, @Ctx() ctx: RequestContext) {
    return (await around(r, ctx))?.possessor ?? null;
  }

  @FieldResolver(() => Agency, { nullable: true, description: 'The agency that recovered the gun.' })
  async agency(@Root() r: RecoveryRow, @Ctx() ctx: RequestContext) {
    return (await around(r, ctx))?.agency ?? null;
  }

  @FieldResolver(() => Sale, { nullable: true, description: 'The first retail sale of the recovered gun: where time-to-crime starts.' })
  async sale(@Root() r: RecoveryRow, @Ctx() ctx: RequestContext) {
    const c = await around(r, ctx);
    return c?.sale ? { ...c.sale, _ctx: { dealer: c.dealer, purchaser: c.purchaser, firearm: c.firearm } } : null;
  }

  @FieldResolver(() => [Trace], { description: 'ATF traces requested on this recovery, oldest first.' })
  async traces(@Root() r: RecoveryRow, @Ctx() ctx: RequestContext) {
    return (await around(r, ctx))?.traces ?? [];
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description:
      "Time-to-crime: days from the gun's first retail sale to this recovery (ATF). Under 3 years is a possible trafficking indicator, under 1 year a strong one. Null without a known sale.",
  })
  async timeToCrimeDays(@Root() r: RecoveryRow, @Ctx() ctx: RequestContext) {
    return daysBetween((await around(r, ctx))?.sale?.soldOn, r.recoveredOn);
  }

  @FieldResolver(() => TimeToCrimeIndicator, {
    nullable: true,
    description: 'What the time-to-crime says (ATF): STRONG under 1 year, POSSIBLE under 3 years, NONE otherwise; null without a known sale.',
  })
  async timeToCrimeIndicator(@Root() r: RecoveryRow, @Ctx() ctx: RequestContext) {
    return timeToCrimeIndicator(daysBetween((await around(r, ctx))?.sale?.soldOn, r.recoveredOn));
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description:
      'True when the possessor is the first retail purchaser; false when someone else had the gun (it changed hands after the sale: a straw purchase or trafficking sign when time-to-crime is short). ' +
      'Null when either is unknown.',
  })
  async possessorIsPurchaser(@Root() r: RecoveryRow, @Ctx() ctx: RequestContext) {
    const c = await around(r, ctx);
    if (!c?.possessor || !c.purchaser) return null;
    return c.possessor.id === c.purchaser.id;
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description:
      "True when the gun was recovered in another state than the one it was first sold in (the retail dealer's state; the purchaser's when no dealer is known): " +
      'interstate movement, a trafficking indicator. Null when either state is unknown.',
  })
  async recoveredOutOfState(@Root() r: RecoveryRow, @Ctx() ctx: RequestContext) {
    const c = await around(r, ctx);
    const soldIn = c?.dealer?.state ?? c?.purchaser?.state ?? null;
    if (!soldIn || !r.state) return null;
    return soldIn !== r.state;
  }
}
