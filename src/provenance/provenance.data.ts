import { cypher } from '../db/cypher.registry.js';
import { toConnection, type PageRow } from '../pagination/connection.js';
import type { ConnectionValue } from '../pagination/connection.type.js';
import { pageParams, type PageRequest } from '../pagination/page-args.js';
import type { RecordType } from '../import/record.types.js';
import type { RequestContext } from '../core/context.js';
import { refused } from '../errors/app-error.js';
import { ErrorCode } from '../errors/error-code.js';
import { followSeriesAfterDecision } from './decision.series.js';
import { ConflictSide, type DataConflict, type RecordSource } from './provenance.type.js';

const recordSources = cypher('provenance/record-sources');
const recordSourceCount = cypher('provenance/record-source-count');
const conflicts = cypher('provenance/conflicts');
const conflictCount = cypher('provenance/conflict-count');
const resolve = cypher('provenance/resolve-conflict');
const heldByWorkflow = cypher('provenance/conflict-held-by-workflow');
const decisionRecord = cypher('provenance/decision-record');

export async function sourcesOf(ctx: RequestContext, type: RecordType, key: string, page: PageRequest): Promise<ConnectionValue<RecordSource>> {
  const params = { type, key };
  const rows = page.first === 0 ? [] : await ctx.gateway.read<PageRow<RecordSource>>(recordSources, { ...params, ...pageParams(page) }, ctx.meta);
  return toConnection(page, rows, async () => (await ctx.gateway.read<{ total: number }>(recordSourceCount, params, ctx.meta))[0]?.total ?? 0);
}

export interface ConflictQuery {
  agencyOri: string | null;
  recordType: RecordType | null;
  status: string | null;
  from: string;
  to: string;
}

export async function listConflicts(ctx: RequestContext, query: ConflictQuery, page: PageRequest): Promise<ConnectionValue<DataConflict>> {
  const rows = page.first === 0 ? [] : await ctx.gateway.read<PageRow<DataConflict>>(conflicts, { ...query, ...pageParams(page) }, ctx.meta);
  return toConnection(page, rows, async () => (await ctx.gateway.read<{ total: number }>(conflictCount, { ...query }, ctx.meta))[0]?.total ?? 0);
}

/** The record a decision on a conflict writes to, with the side it keeps (decision.check.ts). */
export interface DecisionRow {
  recordType: RecordType;
  key: string;
  field: string;
  link: string | null;
  kept: unknown;
  /** The record's stored properties; null when the record is gone. */
  props: Record<string, unknown> | null;
  /** Its import links (a hit with its confirmation time). */
  links: Array<{ type: string; target: string; confirmedAt: string | null }>;
  /** The other conflicts the same send raised on the record, not yet decided this way, with the side they would keep. */
  siblings: Array<{ id: string; field: string; link: string | null; kept: unknown }>;
}

export async function readDecisionRecord(ctx: RequestContext, id: string, keep: ConflictSide): Promise<DecisionRow | undefined> {
  return (await ctx.gateway.read<DecisionRow>(decisionRecord, { id, keep }, ctx.meta))[0];
}

/**
 * The decision, or `stale` when the record's field no longer holds the value the conflict was taken
 * against (nothing written to the record; an OPEN conflict now shows the present value).
 */
export interface ResolveOutcome {
  conflict: DataConflict;
  stale: boolean;
}

/**
 * Writes the kept side of a conflict to its record (and of the conflicts `together` names, decided with it),
 * unless `breaksRules` (the decision breaks a rule the import
 * checks, decision.check.ts): then nothing is written, and a stale conflict is still brought up to date. A lead's review (status, reviewedAt) that the lead workflow
 * has acted on is the workflow's (docs/import.md, "A lead's review belongs to the workflow"): keeping an incoming
 * review would change it with no history entry, no series recomputation and a workflow stage that no longer
 * matches, so it is refused (CONFLICT, field `keep`); keeping the current one closes the conflict as usual. A decision
 * on any other lead or casing field moves the NIBIN series it changes, in the same transaction (decision.series.ts).
 */
export async function resolveConflict(
  ctx: RequestContext,
  id: string,
  keep: ConflictSide,
  subject: string,
  breaksRules = false,
  together: readonly string[] = [],
): Promise<ResolveOutcome | null> {
  const rows = await ctx.gateway.writeInTransaction(
    'provenance/resolve-conflict',
    async (run) => {
      const held = await run<{ status: string }>(heldByWorkflow, { id });
      if (held.length > 0 && keep === ConflictSide.INCOMING) {
        throw refused(
          ErrorCode.CONFLICT,
          'keep',
          `the lead's review is decided through the lead workflow (it is ${held[0]!.status}); change it there (reopenLead with a reason, then confirmLead or rejectLead; a referred hit gets an outcome and is closed) and resolve this conflict keeping CURRENT`,
        );
      }
      const at = new Date().toISOString();
      const outcome = await run<ResolveOutcome>(resolve, { id, keep, subject, at, refused: breaksRules });
      if (!outcome[0] || outcome[0].stale || breaksRules) return outcome;
      // Fields the record's rules tie to this one, from the same send, are decided with it (decision.check.ts).
      for (const sibling of together) await run<ResolveOutcome>(resolve, { id: sibling, keep, subject, at, refused: false });
      await followSeriesAfterDecision(run, outcome[0].conflict, at);
      return outcome;
    },
    ctx.meta,
  );
  return rows[0] ?? null;
}
