import { cypher } from '../db/cypher.registry.js';
import { toConnection, type PageRow } from '../pagination/connection.js';
import type { ConnectionValue } from '../pagination/connection.type.js';
import { pageParams, type PageRequest } from '../pagination/page-args.js';
import type { RecordType } from '../import/record.types.js';
import type { RequestContext } from '../core/context.js';
import { refused } from '../errors/app-error.js';
import { ErrorCode } from '../errors/error-code.js';
import { decisionProblems, type DecisionCheck } from './decision.check.js';
import { followSeriesAfterDecision } from './decision.series.js';
import { ConflictSide, type DataConflict, type RecordSource } from './provenance.type.js';
import { advanceDecisionEpoch, lockDecisionEpoch } from '../import/decision-epoch.data.js';

const recordSources = cypher('provenance/record-sources');
const recordSourceCount = cypher('provenance/record-source-count');
const conflicts = cypher('provenance/conflicts');
const conflictCount = cypher('provenance/conflict-count');
const resolve = cypher('provenance/resolve-conflict');
const heldByWorkflow = cypher('provenance/conflict-held-by-workflow');
const lockRecord = cypher('provenance/decision-lock');

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

/**
 * The decision, or `stale` when the record's field no longer holds the value the conflict was taken
 * against (nothing written to the record; an OPEN conflict now shows the present value).
 */
export interface ResolveOutcome {
  conflict: DataConflict;
  stale: boolean;
}

/** The decision and what the import's rules said of it: with problems, nothing was written (decision.check.ts). */
export interface DecisionOutcome extends ResolveOutcome {
  check: DecisionCheck | null;
}

/**
 * A supervisor's decision, in ONE write transaction: the decision epoch is locked exclusively, then the
 * conflict's record (decision-lock.cypher), then it is checked by the import's rules (decision.check.ts),
 * then written, and the epoch moved on. Checked in a read of its own before the transaction, a write
 * landing between the check and the decision slipped past the rules (docs/import.md, A decision is
 * checked like an import); now every import write waits for the decision (and the decision for the import
 * writes under way: the epoch's shared lock, src/import/decision-epoch.data.ts), the check reads in the
 * transaction that writes, and an import that checked its records before the decision checks them again.
 * Writes the kept side of the conflict to its record (and of the same send's conflicts the check found
 * must be decided with it), unless the decision breaks a rule the import checks: then nothing is written
 * to the record, a stale conflict is still brought up to date, and the transaction commits that (the
 * caller refuses the decision after the commit). A lead's review (status, reviewedAt) that the lead workflow
 * has acted on is the workflow's (docs/import.md, "A lead's review belongs to the workflow"): keeping an incoming
 * review would change it with no history entry, no series recomputation and a workflow stage that no longer
 * matches, so it is refused (CONFLICT, field `keep`); keeping the current one closes the conflict as usual. A decision
 * on any other lead or casing field moves the NIBIN series it changes, in the same transaction (decision.series.ts).
 * The driver may run the transaction again (a deadlock with an import is one reason): each run starts afresh.
 */
export async function resolveConflict(ctx: RequestContext, id: string, keep: ConflictSide, subject: string, now = Date.now()): Promise<DecisionOutcome | null> {
  return ctx.gateway.writeInTransaction(
    'provenance/resolve-conflict',
    async (run): Promise<DecisionOutcome | null> => {
      // First, before the record's lock: imports writing now finish first, and no import writes until this commits.
      await lockDecisionEpoch(run);
      const [locked] = await run<{ record: string | null }>(lockRecord, { id });
      if (!locked) return null;
      const held = await run<{ status: string }>(heldByWorkflow, { id });
      if (held.length > 0 && keep === ConflictSide.INCOMING) {
        throw refused(
          ErrorCode.CONFLICT,
          'keep',
          `the lead's review is decided through the lead workflow (it is ${held[0]!.status}); change it there (reopenLead with a reason, then confirmLead or rejectLead; a referred hit gets an outcome and is closed) and resolve this conflict keeping CURRENT`,
        );
      }
      // The record as the decision would leave it, by the import's rules: a refusal writes nothing to it.
      const check = await decisionProblems(run, id, locked.record, keep, now);
      const breaksRules = (check?.problems.length ?? 0) > 0;
      const at = new Date().toISOString();
      const [outcome] = await run<ResolveOutcome>(resolve, { id, record: locked.record, keep, subject, at, refused: breaksRules });
      if (!outcome) return null;
      if (outcome.stale || breaksRules) return { ...outcome, check };
      // Fields the record's rules tie to this one, from the same send, are decided with it (decision.check.ts).
      for (const sibling of check?.together ?? [])
        await run<ResolveOutcome>(resolve, { id: sibling, record: locked.record, keep, subject, at, refused: false });
      await followSeriesAfterDecision(run, outcome.conflict, at);
      // Imports that checked records before this commit check them again before they write.
      await advanceDecisionEpoch(run);
      return { ...outcome, check };
    },
    ctx.meta,
  );
}
