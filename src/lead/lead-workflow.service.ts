import { AppError, notFound } from '../errors/app-error.js';
import { ErrorCode } from '../errors/error-code.js';
import { appendEvents, type LeadEventKind } from '../event/event.data.js';
import type { RequestContext } from '../core/context.js';
import { inLeadTransaction, lockLeadState, writeTransition } from './lead.data.js';
import { decide, LEAD_TARGET_HOURS, type LeadAction } from './lead-workflow.rules.js';
import { casingsOf, reconcileSeriesLinks } from './series-links.data.js';

export interface TransitionRequest {
  leadId: string;
  action: LeadAction;
  note?: string | null;
  assignee?: string | null;
  dueInHours?: number | null;
  outcome?: string | null;
}

const EVENT_OF: Record<LeadAction, (to: string) => LeadEventKind> = {
  CONFIRM: () => 'HIT_CONFIRMED',
  REJECT: () => 'LEAD_REJECTED',
  REOPEN: () => 'LEAD_REOPENED',
  REFER: () => 'LEAD_REFERRED',
  RECORD_OUTCOME: () => 'OUTCOME_RECORDED',
  CLOSE: () => 'LEAD_CLOSED',
};

/**
 * One workflow transition, in one write transaction: lock the lead, decide (pure rules), write
 * the change and its history entry, recompute the series' derived gun links when the review
 * status changed, and append the outbox event, so the change, its links and its event commit
 * together or not at all. A repeat of the same transition changes nothing (idempotent) and
 * returns the lead as it is.
 */
export async function transitionLead(ctx: RequestContext, req: TransitionRequest, now = Date.now()): Promise<{ changed: boolean }> {
  const user = ctx.user!;
  const at = new Date(now).toISOString();
  // dueInHours is checked where it is declared (dueInHoursRule, lead.args.ts).
  const dueHours = req.dueInHours ?? LEAD_TARGET_HOURS;
  const dueAt = req.action === 'REFER' ? new Date(now + dueHours * 3_600_000).toISOString() : null;
  const result = await inLeadTransaction(ctx, `lead:${req.action}`, async (run) => {
    const state = await lockLeadState(run, req.leadId);
    if (!state) throw notFound('lead', 'leadId', req.leadId);
    // A repeated referral keeps its first due time: only the assignee decides whether it is the same.
    const decision = decide(state, {
      action: req.action,
      actor: user.subject,
      at,
      note: req.note,
      assignee: req.assignee,
      dueAt: null,
      outcome: req.outcome,
    });
    if (decision.kind === 'noop') return { changed: false };
    if (decision.kind === 'refused') {
      throw new AppError(ErrorCode.INVALID_TRANSITION, `${req.action} refused: ${decision.reason}`, { field: decision.field, status: state.status });
    }
    const set = req.action === 'REFER' ? { ...decision.set, dueAt } : decision.set;
    await writeTransition(run, {
      id: req.leadId,
      set,
      at,
      action: req.action,
      actor: user.subject,
      actorAgencyOri: user.agencyOri,
      fromStatus: state.status,
      note: req.note?.trim() || null,
      assignee: req.action === 'REFER' ? (req.assignee ?? null) : null,
      dueAt,
      outcome: req.action === 'RECORD_OUTCOME' ? (req.outcome ?? null) : null,
    });
    // NIBIN: a review verdict changes which casings form a series, and so which guns reach them.
    if (decision.statusChanged) await reconcileSeriesLinks(run, await casingsOf(run, [req.leadId]), at);
    await appendEvents(
      run,
      [
        {
          kind: EVENT_OF[req.action](decision.to),
          leadId: req.leadId,
          actor: user.subject,
          actorAgencyOri: user.agencyOri,
          assignee: req.action === 'REFER' ? (req.assignee ?? null) : null,
        },
      ],
      at,
    );
    return { changed: true };
  });
  ctx.audit.wrote = result.changed;
  return result;
}
