import { Ctx, Query, Resolver } from 'type-graphql';
import { canSeePersonalData } from '../core/role.js';
import { cypher } from '../db/cypher.registry.js';
import type { RequestContext } from '../core/context.js';
import { ServiceInfo, Viewer } from './service-info.type.js';
import { readFileSync } from 'node:fs';

const versions = cypher('system/versions');
const gdsVersion = cypher('system/gds-version');
const apocVersion = cypher('system/apoc-version');
const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

@Resolver()
export class ServiceInfoResolver {
  @Query(() => ServiceInfo, { description: 'Versions of the service, Neo4j, GDS and APOC.' })
  async serviceInfo(@Ctx() ctx: RequestContext): Promise<ServiceInfo> {
    const [kernel] = await ctx.gateway.read<{ name: string; version: string; edition: string }>(versions, {}, ctx.meta);
    const optional = (s: typeof gdsVersion) =>
      ctx.gateway.read<{ version: string }>(s, {}, ctx.meta).then((r) => r[0]?.version ?? null, () => null);
    return {
      version: pkg.version,
      neo4jVersion: kernel?.version ?? 'unknown',
      neo4jEdition: kernel?.edition ?? 'unknown',
      gdsVersion: await optional(gdsVersion),
      apocVersion: await optional(apocVersion),
    };
  }

  @Query(() => Viewer, { description: 'Who the bearer token says the caller is.' })
  viewer(@Ctx() ctx: RequestContext): Viewer {
    const user = ctx.user!;
    return { ...user, canSeePersonalData: canSeePersonalData(user) };
  }
}
