import type { RequestContext } from '../core/context.js';
import { cypher } from '../db/cypher.registry.js';

const versions = cypher('system/versions');
const gdsVersion = cypher('system/gds-version');
const apocVersion = cypher('system/apoc-version');

export interface DatabaseVersions {
  neo4jVersion: string;
  neo4jEdition: string;
  /** Null when the plugin is not installed (its procedure is missing). */
  gdsVersion: string | null;
  apocVersion: string | null;
}

export async function databaseVersions(ctx: RequestContext): Promise<DatabaseVersions> {
  const [kernel] = await ctx.gateway.read<{ name: string; version: string; edition: string }>(versions, {}, ctx.meta);
  const optional = (s: typeof gdsVersion) =>
    ctx.gateway.read<{ version: string }>(s, {}, ctx.meta).then(
      (r) => r[0]?.version ?? null,
      () => null,
    );
  return {
    neo4jVersion: kernel?.version ?? 'unknown',
    neo4jEdition: kernel?.edition ?? 'unknown',
    gdsVersion: await optional(gdsVersion),
    apocVersion: await optional(apocVersion),
  };
}
