import { keyedLoader } from '../common/batch-loader.js';
import type { RequestContext } from '../core/context.js';
import { cypher } from '../db/cypher.registry.js';
import type { TransactionReader } from '../db/gateway.js';
import type { Casing } from '../model/casing.type.js';
import type { Lead } from '../model/lead.type.js';
import { toConnection, type PageRow } from '../pagination/connection.js';
import type { ConnectionValue } from '../pagination/connection.type.js';
import { pageParams, type PageRequest } from '../pagination/page-args.js';
import type { LeadState, TimelinessInput } from './lead-workflow.rules.js';
import type { LeadTransition } from './lead-workflow.type.js';

const byId = cypher('lead/by-id');
const casings = cypher('lead/casings');

export const leadById = (ctx: RequestContext) => keyedLoader<Lead | null>(ctx, 'lead.byId', byId, null);
export const leadCasings = (ctx: RequestContext) => keyedLoader<Casing[]>(ctx, 'lead.casings', casings, []);

const lockState = cypher('lead/lock-state');
const applyTransition = cypher('lead/apply-transition');
const historyPage = cypher('lead/history-page');
const historyCount = cypher('lead/history-count');
const timelinessInputs = cypher('lead/timeliness');
const workflowById = cypher('lead/workflow-by-id');

export interface LeadWorkflowRow {
  reviewedBy: string | null;
  referredAt: string | null;
  referredBy: string | null;
  assignee: string | null;
  dueAt: string | null;
  outcome: string | null;
  outcomeAt: string | null;
  closedAt: string | null;
  closedBy: string | null;
}

export const leadWorkflow = (ctx: RequestContext) => keyedLoader<LeadWorkflowRow | null>(ctx, 'lead.workflow', workflowById, null);
export const leadTimelinessInputs = (ctx: RequestContext) => keyedLoader<TimelinessInput | null>(ctx, 'lead.timeliness', timelinessInputs, null);

/** The lead's workflow state, locked until the transaction ends; null when no lead has the id. */
/**
 * One write transaction for a lead's transition: the state read under lock, the transition, the
 * derived gun links and the events commit together or not at all.
 */
export const inLeadTransaction = <T>(ctx: RequestContext, label: string, work: (run: TransactionReader) => Promise<T>): Promise<T> =>
  ctx.gateway.writeInTransaction(label, work, ctx.meta);

export async function lockLeadState(run: TransactionReader, id: string): Promise<LeadState | null> {
  return (await run<LeadState>(lockState, { id }))[0] ?? null;
}

export interface AppliedTransition {
  id: string;
  set: Record<string, unknown>;
  at: string;
  action: string;
  actor: string;
  actorAgencyOri: string | null;
  fromStatus: string;
  note: string | null;
  assignee: string | null;
  dueAt: string | null;
  outcome: string | null;
}

export async function writeTransition(run: TransactionReader, t: AppliedTransition): Promise<number> {
  return (await run<{ n: number }>(applyTransition, { ...t }))[0]?.n ?? 0;
}

/** One lead's history, oldest first, keyset-paged on its position. */
export async function leadHistory(ctx: RequestContext, leadId: string, req: PageRequest): Promise<ConnectionValue<LeadTransition>> {
  const rows = req.first === 0 ? [] : await ctx.gateway.read<PageRow<LeadTransition>>(historyPage, { leadId, ...pageParams(req) }, ctx.meta);
  return toConnection(req, rows, async () => (await ctx.gateway.read<{ total: number }>(historyCount, { leadId }, ctx.meta))[0]?.total ?? 0);
}

/** A lead read afresh (not from the request's loader cache): what a mutation returns after its change. */
export async function readLeadFresh(ctx: RequestContext, id: string): Promise<Lead | null> {
  return (await ctx.gateway.read<{ key: string; value: Lead }>(byId, { keys: [id] }, ctx.meta))[0]?.value ?? null;
}
