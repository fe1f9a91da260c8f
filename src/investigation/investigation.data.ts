import { randomUUID } from 'node:crypto';
import { cypher } from '../db/cypher.registry.js';
import type { TransactionReader } from '../db/gateway.js';
import type { RequestContext } from '../core/context.js';
import { toConnection, type PageRow } from '../pagination/connection.js';
import type { ConnectionValue } from '../pagination/connection.type.js';
import { pageParams, type PageRequest } from '../pagination/page-args.js';
import type { NodeRef } from '../linkchart/node-id.js';
import type { RecordSource } from '../provenance/provenance.type.js';
import type { NodeRow } from '../linkchart/chart-node.mapper.js';
import { CHART_LIMITS } from '../linkchart/chart-limits.js';
import { ALL_RELATIONSHIP_KINDS } from '../linkchart/relationship-kind.enum.js';
import { INVESTIGATION_LIMITS } from './investigation.limits.js';
import type { Investigation, InvestigationAction, InvestigationActivity, InvestigationShare, InvestigationVersion } from './investigation.type.js';

const create = cypher('investigation/create');
const nextVersion = cypher('investigation/next-version');
const addVersion = cypher('investigation/add-version');
const logActivity = cypher('investigation/log-activity');
const visible = cypher('investigation/visible');
const owned = cypher('investigation/owned');
const version = cypher('investigation/version');
const versionsPage = cypher('investigation/versions-page');
const versionsCount = cypher('investigation/versions-count');
const listPage = cypher('investigation/list-page');
const listCount = cypher('investigation/list-count');
const grant = cypher('investigation/grant');
const revoke = cypher('investigation/revoke');
const grants = cypher('investigation/grants');
const activityPage = cypher('investigation/activity-page');
const activityCount = cypher('investigation/activity-count');
const sources = cypher('investigation/sources');
// The saved nodes are found, and the links between them read, by the link-chart statements
// themselves: a reopened chart is drawn by the same rules as any chart.
const seedNodes = cypher('linkchart/seed-nodes');
const closeRing = cypher('linkchart/close-ring');

/** A version as stored: nodes and annotations are JSON text. */
export interface StoredVersion extends Omit<InvestigationVersion, 'investigationId'> {
  nodes: string;
  annotations: string;
}

/** One link between saved nodes, as close-ring.cypher returns it. */
export interface LinkRow {
  rid: string;
  type: string;
  rprops: Record<string, unknown>;
  src: string;
  dst: string;
  atMs: number | null;
}

/** Grantee names: a user by token subject, an agency by ORI. */
export const userGrantee = (subject: string) => `user:${subject}`;
export const agencyGrantee = (ori: string) => `agency:${ori}`;

/** Whom the caller counts as: themself and their agency. */
export function granteesOf(ctx: RequestContext): string[] {
  const user = ctx.user!;
  return [userGrantee(user.subject), ...(user.agencyOri ? [agencyGrantee(user.agencyOri)] : [])];
}

const now = () => new Date().toISOString();

async function log(run: TransactionReader, ctx: RequestContext, id: string, action: InvestigationAction, versionNumber: number | null, detail: string | null) {
  await run(logActivity, {
    activityId: randomUUID(),
    id,
    action,
    version: versionNumber,
    subject: ctx.user!.subject,
    agencyOri: ctx.user!.agencyOri ?? null,
    at: now(),
    requestId: ctx.requestId,
    detail,
  });
}

export interface VersionWrite {
  id: string | null;
  name: string;
  note: string | null;
  basedOnVersion: number | null;
  refs: NodeRef[];
  /** Builds the stored node list from the nodes' current rows (by "Kind:key"); throws for missing ones. */
  nodesJson: (rows: Map<string, NodeRow>) => string;
  annotationsJson: string;
  nodeCount: number;
}

export type SaveOutcome = { version: InvestigationVersion } | { notFound: true } | { conflict: number };

/**
 * Saves a version in one write transaction: reads the nodes' current records (their
 * fingerprints), creates the investigation when new, draws the next number, stores the version
 * and logs the save. Anything refused rolls all of it back.
 */
export async function saveVersion(ctx: RequestContext, w: VersionWrite): Promise<SaveOutcome> {
  const user = ctx.user!;
  return ctx.gateway.writeInTransaction<SaveOutcome>(
    'investigation/save',
    async (run) => {
      const rows = await run<NodeRow & { seed: string }>(seedNodes, { seeds: w.refs });
      const nodes = w.nodesJson(new Map(rows.map((r) => [r.seed, r])));
      const id = w.id ?? randomUUID();
      const at = now();
      if (!w.id) await run(create, { id, name: w.name, subject: user.subject, agencyOri: user.agencyOri ?? null, at });
      const [drawn] = await run<{ ok: boolean; number: number; current: number }>(nextVersion, { id, subject: user.subject, basedOn: w.basedOnVersion });
      if (!drawn) return { notFound: true as const };
      if (!drawn.ok) return { conflict: drawn.current };
      await run(addVersion, {
        id,
        number: drawn.number,
        name: w.name,
        note: w.note,
        at,
        subject: user.subject,
        nodeCount: w.nodeCount,
        nodes,
        annotations: w.annotationsJson,
      });
      await log(run, ctx, id, 'SAVED' as InvestigationAction, drawn.number, null);
      return { version: { investigationId: id, number: drawn.number, name: w.name, note: w.note, savedAt: at, savedBy: user.subject, nodeCount: w.nodeCount } };
    },
    ctx.meta,
  );
}

export async function visibleInvestigation(ctx: RequestContext, id: string): Promise<Investigation | null> {
  const rows = await ctx.gateway.read<{ investigation: Investigation }>(visible, { id, grantees: granteesOf(ctx) }, ctx.meta);
  return rows[0]?.investigation ?? null;
}

export async function readVersion(ctx: RequestContext, id: string, number: number): Promise<StoredVersion | null> {
  return (await ctx.gateway.read<{ version: StoredVersion }>(version, { id, number }, ctx.meta))[0]?.version ?? null;
}

export async function investigationPage(ctx: RequestContext, req: PageRequest): Promise<ConnectionValue<Investigation>> {
  const params = { grantees: granteesOf(ctx) };
  const rows = req.first === 0 ? [] : await ctx.gateway.read<PageRow<Investigation>>(listPage, { ...params, ...pageParams(req) }, ctx.meta);
  return toConnection(req, rows, async () => (await ctx.gateway.read<{ total: number }>(listCount, params, ctx.meta))[0]?.total ?? 0);
}

export async function versionPage(ctx: RequestContext, id: string, req: PageRequest): Promise<ConnectionValue<InvestigationVersion>> {
  const rows =
    req.first === 0 ? [] : await ctx.gateway.read<PageRow<Omit<InvestigationVersion, 'investigationId'>>>(versionsPage, { id, ...pageParams(req) }, ctx.meta);
  const withId = rows.map((r) => ({ ...r, node: { ...r.node, investigationId: id } }));
  return toConnection(req, withId, async () => (await ctx.gateway.read<{ total: number }>(versionsCount, { id }, ctx.meta))[0]?.total ?? 0);
}

export async function activityOf(ctx: RequestContext, id: string, req: PageRequest): Promise<ConnectionValue<InvestigationActivity>> {
  const rows = req.first === 0 ? [] : await ctx.gateway.read<PageRow<InvestigationActivity>>(activityPage, { id, ...pageParams(req) }, ctx.meta);
  return toConnection(req, rows, async () => (await ctx.gateway.read<{ total: number }>(activityCount, { id }, ctx.meta))[0]?.total ?? 0);
}

export async function sharesOf(ctx: RequestContext, id: string): Promise<InvestigationShare[]> {
  return ctx.gateway.read<InvestigationShare>(grants, { id, max: INVESTIGATION_LIMITS.maxShares + 1 }, ctx.meta);
}

/** Adds (or withdraws) shares of one of the caller's own investigations and logs it; false when it is not theirs. */
export async function changeShares(
  ctx: RequestContext,
  id: string,
  grantees: string[],
  add: boolean,
): Promise<{ owned: boolean; changed: number; full: boolean }> {
  const subject = ctx.user!.subject;
  return ctx.gateway.writeInTransaction(
    'investigation/share',
    async (run) => {
      const [mine] = await run<{ id: string }>(owned, { id, subject });
      if (!mine) return { owned: false, changed: 0, full: false };
      if (add) {
        const existing = new Set((await run<{ grantee: string }>(grants, { id, max: INVESTIGATION_LIMITS.maxShares + 1 })).map((g) => g.grantee));
        // The owner's own grant does not count against the share limit.
        const after = new Set([...existing, ...grantees]).size - 1;
        if (after > INVESTIGATION_LIMITS.maxShares) return { owned: true, changed: 0, full: true };
      }
      const [row] = add
        ? await run<{ added: number }>(grant, { id, subject, grantees, at: now() })
        : await run<{ removed: number }>(revoke, { id, subject, grantees });
      const changed = Number(row && 'added' in row ? row.added : ((row as { removed?: number } | undefined)?.removed ?? 0));
      await log(run, ctx, id, (add ? 'SHARED' : 'UNSHARED') as InvestigationAction, null, grantees.join(', '));
      return { owned: true, changed, full: false };
    },
    ctx.meta,
  );
}

/** Logs that the caller opened a version (the request's audit record says the same). */
export async function logOpened(ctx: RequestContext, id: string, versionNumber: number): Promise<void> {
  await ctx.gateway.writeInTransaction('investigation/opened', (run) => log(run, ctx, id, 'OPENED' as InvestigationAction, versionNumber, null), ctx.meta);
}

/** The saved nodes that exist now, and the links between them, in one read transaction (one snapshot). */
export async function readSavedChart(ctx: RequestContext, refs: NodeRef[]): Promise<{ rows: Map<string, NodeRow>; links: LinkRow[] }> {
  return ctx.gateway.readInTransaction(
    'investigation/chart',
    async (read) => {
      const rows = await read<NodeRow & { seed: string }>(seedNodes, { seeds: refs });
      const eids = rows.map((r) => r.eid);
      const links = eids.length
        ? await read<LinkRow>(closeRing, {
            frontier: eids,
            known: Object.fromEntries(eids.map((e) => [e, true])),
            maxDegree: CHART_LIMITS.hubDegree,
            types: ALL_RELATIONSHIP_KINDS,
            from: null,
            to: null,
            fanout: CHART_LIMITS.maxFanout,
            rowCap: CHART_LIMITS.maxRingRows,
          })
        : [];
      return { rows: new Map(rows.map((r) => [r.seed, r])), links };
    },
    ctx.meta,
  );
}

/** Sources (provenance) by id, newest first, at most `max`. */
export async function sourcesById(ctx: RequestContext, ids: string[], max: number): Promise<RecordSource[]> {
  if (ids.length === 0) return [];
  return (await ctx.gateway.read<{ source: RecordSource }>(sources, { ids, max }, ctx.meta)).map((r) => r.source);
}
