import type { GraphQLResolveInfo } from 'graphql';
import { ruleFor } from '../common/validate-args.js';
import { idRule } from '../common/arg-rules.js';
import { Arg, Args, Authorized, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { sameGunWalk } from '../casing/same-gun-walk.js';
import { onlySubfieldArguments } from '../common/selection.js';
import { Agency } from '../model/agency.type.js';
import { Casing } from '../model/casing.type.js';
import { NonEmptyStringScalar } from '../common/scalars.js';
import { notFound } from '../errors/app-error.js';
import { Role } from '../core/role.js';
import { pageRequest, PageArgs } from '../pagination/page-args.js';
import { Recovery } from '../model/recovery.type.js';
import type { RequestContext } from '../core/context.js';
import { SceneConnection } from '../model/scene.connection.js';
import { SceneFilter } from './scene.filter.js';
import { sceneAgency, sceneById, sceneCasings, sceneRecoveries } from './scene.data.js';
import { scenePage } from './scene.data.js';
import { Scene } from '../model/scene.type.js';

@Resolver(() => Scene)
export class SceneResolver {
  @Authorized(Role.ANALYST)
  @Query(() => Scene, { nullable: true, description: 'A scene by incident id. An id with no scene is a NOT_FOUND error (field `id`).' })
  async scene(
    @Arg('id', () => NonEmptyStringScalar, { description: 'Incident id.', validateFn: ruleFor('id', idRule()) }) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Scene> {
    const scene = await sceneById(ctx).load(id);
    if (!scene) throw notFound('scene', 'id', id);
    return scene;
  }

  @Authorized(Role.ANALYST)
  @Query(() => SceneConnection, {
    description:
      'Scenes, newest first, filtered by agency, kind, time and distance from a point. Keyset-paged (at most 100 per page): ' +
      'pages stay correct while scenes are being added.',
  })
  scenes(
    @Arg('filter', () => SceneFilter, { nullable: true, description: 'Filters; all given filters must hold.' }) filter: SceneFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    // One statement per question: a page asked for with its casings' linked scenes fetches all three levels at once.
    const walk = sameGunWalk(onlySubfieldArguments(info, ['edges', 'node', 'casings', 'linkedScenes']));
    return scenePage(ctx, filter, pageRequest('scenes', page), walk);
  }

  @FieldResolver(() => Agency, { nullable: true, description: 'The agency with jurisdiction over the scene.' })
  agency(@Root() scene: Scene & { _agency?: Agency | null }, @Ctx() ctx: RequestContext) {
    // Scene pages bring each scene's agency along (one statement for the page and its agencies).
    if (scene._agency !== undefined) return scene._agency;
    return sceneAgency(ctx).load(scene.id);
  }

  @FieldResolver(() => [Casing], { description: 'Casings picked up at the scene, by evidence id (at most 200).' })
  casings(@Root() scene: Scene, @Ctx() ctx: RequestContext) {
    return sceneCasings(ctx).load(scene.id);
  }

  @FieldResolver(() => [Recovery], { description: 'Guns recovered at the scene, by date (at most 50).' })
  recoveries(@Root() scene: Scene, @Ctx() ctx: RequestContext) {
    return sceneRecoveries(ctx).load(scene.id);
  }
}
