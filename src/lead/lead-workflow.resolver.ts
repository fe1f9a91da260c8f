import { Arg, Args, Authorized, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import { Role } from '../core/role.js';
import { idRule } from '../common/arg-rules.js';
import { ruleFor } from '../common/validate-args.js';
import { NonEmptyStringScalar } from '../common/scalars.js';
import { notFound } from '../errors/app-error.js';
import { pageRequest, PageArgs } from '../pagination/page-args.js';
import type { RequestContext } from '../core/context.js';
import { leadHistory, leadTimelinessInputs, leadWorkflow, readLeadFresh } from './lead.data.js';
import { LEAD_TARGET_HOURS, stageOf, timeliness, type LeadAction as Action } from './lead-workflow.rules.js';
import { dueInHoursRule } from './lead.args.js';
import { transitionLead } from './lead-workflow.service.js';
import { LeadOutcome, LeadStage, LeadTimeliness, LeadTransitionConnection } from './lead-workflow.type.js';
import { LeadWorkflow } from './lead-workflow-state.type.js';
import { Lead } from '../model/lead.type.js';

const LEAD_ID = { description: 'Lead id.', validateFn: ruleFor('leadId', idRule()) };

async function run(
  ctx: RequestContext,
  leadId: string,
  action: Action,
  extra: { note?: string | null; assignee?: string | null; dueInHours?: number | null; outcome?: string | null } = {},
): Promise<Lead> {
  await transitionLead(ctx, { leadId, action, ...extra });
  const lead = await readLeadFresh(ctx, leadId);
  if (!lead) throw notFound('lead', 'leadId', leadId);
  return lead;
}

/**
 * The lead workflow (CGIC: analyse, refer, track, feed back). Every transition is a mutation:
 * validated against the lead's state (INVALID_TRANSITION naming the field to fix), idempotent (a
 * repeat changes nothing), audited like every mutation, kept as the lead's history, and
 * announced to subscribers through the outbox in the same transaction.
 */
@Resolver(() => Lead)
export class LeadWorkflowResolver {
  @Authorized(Role.EXAMINER)
  @Mutation(() => Lead, {
    description: 'EXAMINER: confirm the lead after comparing the casings under the microscope (a confirmed hit). Its gun links reach the whole series at once.',
  })
  confirmLead(
    @Arg('leadId', () => NonEmptyStringScalar, LEAD_ID) leadId: string,
    @Arg('note', () => String, { nullable: true, description: "Examiner's note." }) note: string | null,
    @Ctx() ctx: RequestContext,
  ) {
    return run(ctx, leadId, 'CONFIRM', { note });
  }

  @Authorized(Role.EXAMINER)
  @Mutation(() => Lead, { description: 'EXAMINER: reject the lead (not fired by the same gun). Never followed; any gun link it carried is undone.' })
  rejectLead(
    @Arg('leadId', () => NonEmptyStringScalar, LEAD_ID) leadId: string,
    @Arg('note', () => String, { nullable: true, description: "Examiner's note." }) note: string | null,
    @Ctx() ctx: RequestContext,
  ) {
    return run(ctx, leadId, 'REJECT', { note });
  }

  @Authorized(Role.EXAMINER)
  @Mutation(() => Lead, {
    description: 'EXAMINER: send a reviewed (not yet referred) lead back for review, with the reason on record. The only way to change a verdict.',
  })
  reopenLead(
    @Arg('leadId', () => NonEmptyStringScalar, LEAD_ID) leadId: string,
    @Arg('reason', () => NonEmptyStringScalar, { description: 'Why the verdict is reopened (required, kept in the history).' }) reason: string,
    @Ctx() ctx: RequestContext,
  ) {
    return run(ctx, leadId, 'REOPEN', { note: reason });
  }

  @Authorized(Role.INVESTIGATOR)
  @Mutation(() => Lead, {
    description: `INVESTIGATOR or SUPERVISOR: refer a confirmed hit to an investigator, due in dueInHours (default ${LEAD_TARGET_HOURS}: the 24–48 h lead target).`,
  })
  referLead(
    @Arg('leadId', () => NonEmptyStringScalar, LEAD_ID) leadId: string,
    @Arg('assignee', () => NonEmptyStringScalar, {
      description: 'The investigator (token subject) the hit goes to.',
      validateFn: ruleFor('assignee', idRule()),
    })
    assignee: string,
    @Arg('dueInHours', () => Int, {
      nullable: true,
      description: `Hours from now the investigator is due to act (1–168; default ${LEAD_TARGET_HOURS}).`,
      validateFn: ruleFor('dueInHours', dueInHoursRule()),
    })
    dueInHours: number | null,
    @Arg('note', () => String, { nullable: true, description: 'Note for the assignee.' }) note: string | null,
    @Ctx() ctx: RequestContext,
  ) {
    return run(ctx, leadId, 'REFER', { assignee, dueInHours, note });
  }

  @Authorized(Role.INVESTIGATOR)
  @Mutation(() => Lead, {
    description: 'INVESTIGATOR or SUPERVISOR: record what the referral led to (after referral only; changeable until closed, each change in the history).',
  })
  recordLeadOutcome(
    @Arg('leadId', () => NonEmptyStringScalar, LEAD_ID) leadId: string,
    @Arg('outcome', () => LeadOutcome, { description: 'The outcome.' }) outcome: LeadOutcome,
    @Arg('note', () => String, { nullable: true, description: 'Details (case number, arrest report).' }) note: string | null,
    @Ctx() ctx: RequestContext,
  ) {
    return run(ctx, leadId, 'RECORD_OUTCOME', { outcome, note });
  }

  @Authorized(Role.INVESTIGATOR)
  @Mutation(() => Lead, { description: 'INVESTIGATOR or SUPERVISOR: close a lead whose outcome is recorded.' })
  closeLead(
    @Arg('leadId', () => NonEmptyStringScalar, LEAD_ID) leadId: string,
    @Arg('note', () => String, { nullable: true, description: 'Closing note.' }) note: string | null,
    @Ctx() ctx: RequestContext,
  ) {
    return run(ctx, leadId, 'CLOSE', { note });
  }

  @FieldResolver(() => LeadWorkflow, { description: 'Who reviewed it, where it is in the cycle, the referral and its outcome.' })
  async workflow(@Root() lead: Lead, @Ctx() ctx: RequestContext): Promise<LeadWorkflow> {
    const w = await leadWorkflow(ctx).load(lead.id);
    const state = {
      status: lead.status,
      reviewedAt: lead.reviewedAt,
      reviewedBy: w?.reviewedBy ?? null,
      referredAt: w?.referredAt ?? null,
      assignee: w?.assignee ?? null,
      dueAt: w?.dueAt ?? null,
      outcome: w?.outcome ?? null,
      closedAt: w?.closedAt ?? null,
    };
    return { ...state, ...(w ?? {}), stage: stageOf(state) as LeadStage } as LeadWorkflow;
  }

  @FieldResolver(() => LeadTimeliness, {
    nullable: true,
    description: 'Hours between the steps of the cycle against the 24 h entry and 24–48 h lead targets, and what is overdue now.',
  })
  async timeliness(@Root() lead: Lead, @Ctx() ctx: RequestContext): Promise<LeadTimeliness | null> {
    const input = await leadTimelinessInputs(ctx).load(lead.id);
    return input ? timeliness(input, Date.now()) : null;
  }

  @FieldResolver(() => LeadTransitionConnection, {
    description: "The lead's history, oldest first: every workflow transition with who, when and why. Keyset-paged.",
  })
  history(@Root() lead: Lead, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: RequestContext) {
    return leadHistory(ctx, lead.id, pageRequest(`leadHistory:${lead.id}`, page));
  }
}
