import { guardPersonProperties } from '../auth/personal-data.js';
import { canSeePersonalData } from '../core/role.js';
import type { RequestContext } from '../core/context.js';
import type { Gateway } from '../db/gateway.js';
import { cypher } from '../db/cypher.registry.js';
import { toConnection } from '../pagination/connection.js';
import type { ConnectionValue } from '../pagination/connection.type.js';
import { pageParams, type PageRequest } from '../pagination/page-args.js';
import { kindPlans, splitLanes, type KindPlan } from './search-plan.js';
import { SearchKind, type SearchHit } from './search.type.js';

const kindHits = cypher('search/kind-hits');
const warmUpSamples = cypher('search/warm-up-samples');

/** Best hits read per kind: the list is ranked, so anything past this is better found with more words. */
export const SEARCH_CAP_PER_KIND = 200;

/**
 * Statements a search is split into, run at the same time: Neo4j answers each on its own
 * thread, so two use both cores of the reference machine, while each further statement costs
 * a transaction of its own (bench/search-profile.bench.ts compares 1, 2 and one per kind).
 */
export const SEARCH_LANES = 2;

interface HitRow {
  kind: SearchKind;
  key: string;
  score: number;
  gid: string;
  properties: Record<string, unknown>;
}

interface KindRow {
  kind: SearchKind;
  total: number;
  hits: Array<{ key: string; score: number; gid: string; caption: unknown[] }>;
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

/** The page of the kinds' rows: the best `limit` of their hits, captioned (a person's through the one masking rule). */
function pageOf(ctx: RequestContext, req: PageRequest, plans: KindPlan[], rows: KindRow[]) {
  const perKind = rows.map((row) => {
    const plan = plans.find((p) => p.kind === row.kind)!;
    const hits = row.hits.map((h): HitRow => ({
      kind: plan.kind,
      key: h.key,
      score: h.score,
      gid: h.gid,
      properties: Object.fromEntries(plan.caption.map((f, i) => [f, h.caption[i]])),
    }));
    return { total: row.total, hits };
  });
  const merged = perKind
    .flatMap((k) => k.hits)
    .sort((a, b) => b.score - a.score || (a.gid < b.gid ? -1 : a.gid > b.gid ? 1 : 0))
    .slice(0, req.limit);
  // The extra row (limit = first + 1) only tells that a next page exists: no caption, so no person in it is read or audited.
  const page = merged.map((h, i) => {
    const shown = i < req.first ? caption(ctx, h) : { label: '', detail: null };
    return { node: { id: h.gid, kind: h.kind, key: h.key, score: h.score, ...shown }, sort: h.score, id: h.gid };
  });
  const showsPerson = page.some((e, i) => i < req.first && e.node.kind === SearchKind.PERSON);
  return {
    connection: toConnection(
      req,
      page,
      perKind.reduce((n, k) => n + k.total, 0),
    ),
    showsPerson,
  };
}

/**
 * One ranked, keyset-paged page of hits. Each kind is asked by its own statement, all at once
 * (search-plan.ts says how); the page is the best of their pages. People are searched by name
 * and address only for roles that may see personal data; for the others only by exact person
 * id (so a name cannot be probed), and a person hit is masked and audited DENIED like every masked read.
 */
export async function searchPage(
  ctx: RequestContext,
  req: PageRequest,
  pieces: string[],
  rawText: string,
  kinds: SearchKind[],
): Promise<ConnectionValue<SearchHit>> {
  const plans = kindPlans(kinds, pieces, canSeePersonalData(ctx.user), rawText);
  // The kinds split over SEARCH_LANES statements, each in its own transaction, all at once:
  // the indexes are searched side by side (the request's shared read transaction would queue
  // them on one connection), without paying a transaction per kind. Each kind returns its page
  // after the cursor; the best of them is the page.
  const meta = { ...ctx.meta, reads: undefined };
  const lanes = splitLanes(plans, SEARCH_LANES);
  const params = (lane: KindPlan[]) => ({ ...pageParams(req), plans: lane, cap: SEARCH_CAP_PER_KIND });
  // People by name are read in a write transaction that also stores the request's audit record
  // before it commits (CJIS AU-3, fail closed): the answer leaves only once that one commit is
  // done, and does not wait for a second transaction after it. Masked reads (roles that may not
  // see personal data) are recorded after the answer, as every masked read is.
  const recordIn = canSeePersonalData(ctx.user) ? ctx.audit.recordReadIn : undefined;
  const audited = recordIn ? lanes.findIndex((lane) => lane.some((p) => p.kind === SearchKind.PERSON)) : -1;
  const others = Promise.all(lanes.map((lane, i) => (i === audited ? [] : ctx.gateway.read<KindRow>(kindHits, params(lane), meta))));
  if (audited < 0) return pageOf(ctx, req, plans, (await others).flat()).connection;
  others.catch(() => {}); // awaited inside the transaction below; this only keeps a failure there from going unhandled
  let committed: (() => void) | undefined;
  const connection = await ctx.gateway.writeInTransaction(
    'search/kind-hits+audit',
    async (run) => {
      committed = undefined;
      const own = await run<KindRow>(kindHits, params(lanes[audited]!));
      const { connection, showsPerson } = pageOf(ctx, req, plans, [...(await others).flat(), ...own]);
      if (showsPerson) committed = await recordIn!(run);
      return connection;
    },
    meta,
  );
  committed?.();
  return connection;
}

/** Values the start-up warm-up builds its texts from (cypher/search/warm-up-samples.cypher): none names a person. */
export interface WarmUpSamples {
  serials: string[];
  models: string[];
  dealers: string[];
  cities: string[];
  scenes: string[];
}

const warmUpMeta = { operation: 'search-warm-up' };

/** The first `n` serials, makes and models, dealers and scene addresses in store order. */
export async function readWarmUpSamples(gateway: Gateway, n: number): Promise<WarmUpSamples | undefined> {
  const [row] = await gateway.read<WarmUpSamples>(warmUpSamples, { n }, warmUpMeta);
  return row;
}

/** One warm-up search: the plans dealt over SEARCH_LANES statements at once, as searchPage does; the rows are only waited for. */
export async function runWarmUpSearch(gateway: Gateway, plans: KindPlan[]): Promise<void> {
  const params = { limit: 21, afterSort: null, afterId: null, cap: SEARCH_CAP_PER_KIND };
  await Promise.all(splitLanes(plans, SEARCH_LANES).map((lane) => gateway.read(kindHits, { ...params, plans: lane }, warmUpMeta)));
}
