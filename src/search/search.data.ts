import { guardPersonProperties } from '../auth/personal-data.js';
import { canSeePersonalData } from '../core/role.js';
import type { RequestContext } from '../core/context.js';
import { cypher } from '../db/cypher.registry.js';
import { toConnection } from '../pagination/connection.js';
import type { ConnectionValue } from '../pagination/connection.type.js';
import { pageParams, type PageRequest } from '../pagination/page-args.js';
import { fulltextQuery, personIdQuery } from './search-query.js';
import { SearchKind, type SearchHit } from './search.type.js';

const search = cypher('search/search');

/** Best hits read per kind: the list is ranked, so anything past this is better found with more words. */
export const SEARCH_CAP_PER_KIND = 200;

interface HitRow {
  kind: SearchKind;
  key: string;
  score: number;
  properties: Record<string, unknown>;
}

const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v : null);
const join = (parts: unknown[], sep = ' '): string | null => parts.map(text).filter(Boolean).join(sep) || null;

/** Caption and second line of a hit. A person's name goes through the one masking rule (and into the audit record). */
function caption(ctx: RequestContext, row: HitRow): { label: string; detail: string | null } {
  const p = row.properties;
  switch (row.kind) {
    case SearchKind.PERSON: {
      const { properties } = guardPersonProperties(ctx, row.key, { firstName: p.firstName, lastName: p.lastName });
      return { label: join([properties.firstName, properties.lastName]) ?? `Person ${row.key}`, detail: text(p.state) };
    }
    case SearchKind.FIREARM:
      return {
        label: join([p.make, p.model, p.serial ? `serial ${String(p.serial)}` : null]) ?? row.key,
        detail: join([p.caliber, p.serialObliterated ? 'serial obliterated' : null], ' · '),
      };
    case SearchKind.FFL:
      return { label: join([p.name, `(${row.key})`]) ?? row.key, detail: join([p.city, p.state], ', ') };
    case SearchKind.AGENCY:
      return { label: join([p.name, `(${row.key})`]) ?? row.key, detail: text(p.state) };
    case SearchKind.SCENE:
      return { label: join([p.address, p.city], ', ') ?? row.key, detail: join([p.state, text(p.occurredAt)?.slice(0, 10)], ' · ') };
    default:
      return { label: row.key, detail: join([p.caliber, text(p.recoveredAt)?.slice(0, 10), p.testFire ? 'test-fire' : null], ' · ') };
  }
}

/**
 * One ranked, keyset-paged page of hits. People are searched by name and address only for
 * roles that may see personal data; for the others only by exact person id (so a name cannot be
 * probed), and a person hit is masked and audited DENIED like every masked read.
 */
export async function searchPage(
  ctx: RequestContext,
  req: PageRequest,
  pieces: string[],
  rawText: string,
  kinds: SearchKind[],
): Promise<ConnectionValue<SearchHit>> {
  const personVisible = canSeePersonalData(ctx.user);
  const params = {
    ...pageParams(req),
    kinds,
    cap: SEARCH_CAP_PER_KIND,
    query: fulltextQuery(pieces),
    firearmQuery: fulltextQuery(pieces, 'serial'),
    casingQuery: fulltextQuery(pieces, 'evidenceId'),
    personQuery: personVisible ? fulltextQuery(pieces) : personIdQuery(rawText),
  };
  const [row] = await ctx.gateway.read<{ total: number; hits: HitRow[] }>(search, params, ctx.meta);
  // The extra row (limit = first + 1) only tells that a next page exists: no caption, so no person in it is read or audited.
  const rows = (row?.hits ?? []).slice(0, req.limit).map((h, i) => {
    const id = `${h.kind}:${h.key}`;
    const shown = i < req.first ? caption(ctx, h) : { label: '', detail: null };
    return { node: { id, kind: h.kind, key: h.key, score: h.score, ...shown }, sort: h.score, id };
  });
  return toConnection(req, rows, row?.total ?? 0);
}
