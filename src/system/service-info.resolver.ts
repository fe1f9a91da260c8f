import { Ctx, Query, Resolver } from 'type-graphql';
import { canSeePersonalData } from '../core/role.js';
import type { RequestContext } from '../core/context.js';
import { readFileSync } from 'node:fs';
import { ServiceInfo, Viewer } from './service-info.type.js';
import { databaseVersions } from './system.data.js';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

@Resolver()
export class ServiceInfoResolver {
  @Query(() => ServiceInfo, { description: 'Versions of the service, Neo4j, GDS and APOC.' })
  async serviceInfo(@Ctx() ctx: RequestContext): Promise<ServiceInfo> {
    return { version: pkg.version, ...(await databaseVersions(ctx)) };
  }

  @Query(() => Viewer, { description: 'Who the bearer token says the caller is.' })
  viewer(@Ctx() ctx: RequestContext): Viewer {
    const user = ctx.user!;
    return { ...user, canSeePersonalData: canSeePersonalData(user) };
  }
}
