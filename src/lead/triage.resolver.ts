import { Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { requireAgency } from '../agency/agency.data.js';
import { Role } from '../core/role.js';
import { toConnection } from '../pagination/connection.js';
import { pageRequest, PageArgs } from '../pagination/page-args.js';
import type { RequestContext } from '../core/context.js';
import { leadById } from './lead.data.js';
import { ENTRY_TARGET_HOURS } from './lead-workflow.rules.js';
import { DailyBriefArgs, LeadTriageArgs } from './lead.args.js';
import { triageConfig } from './triage-config.js';
import { dailyBriefRow, MAX_TRIAGE_CANDIDATES, triageCandidates } from './triage.data.js';
import { triageScore } from './triage.score.js';
import { DailyBrief, TriagedLead, TriagedLeadConnection, TriageFactorKind } from './triage.type.js';

const DAY = 86_400_000;

// A bad config/lead-triage-weights.json fails the start (schema build), not a request.
triageConfig();

/** The window of checked arguments (LeadTriageArgs, DailyBriefArgs): open ends filled in. */
function window({ from, to }: { from?: Date | null; to?: Date | null }, defaultDays: number): { from: string; to: string } {
  const end = to ?? new Date();
  const start = from ?? new Date(end.getTime() - defaultDays * DAY);
  return { from: start.toISOString(), to: end.toISOString() };
}

@Resolver()
export class TriageResolver {
  @Authorized(Role.ANALYST)
  @Query(() => TriagedLeadConnection, {
    description:
      `Open leads (unreviewed, or confirmed and not closed) correlated in the window (default: the last 30 days), ranked by an explainable GETS-style score ` +
      `(recency, violence of the linked scenes, scenes and agencies in the series, known gun or suspect, distance between scenes); each factor is shown with its weight. ` +
      `Weights: config/lead-triage-weights.json. Ranks at most ${MAX_TRIAGE_CANDIDATES} newest open leads; keyset-paged.`,
  })
  async leadTriage(@Args(() => LeadTriageArgs) args: LeadTriageArgs, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: RequestContext) {
    const req = pageRequest('leadTriage', page);
    const w = window(args, 30);
    const config = triageConfig();
    const now = Date.now();
    const ranked = (await triageCandidates(ctx, w.from, w.to, args.agencyOri ?? null))
      .map((input) => triageScore(input, config, now))
      .sort((a, b) => b.score - a.score || a.leadId.localeCompare(b.leadId))
      .map((s, i) => ({ ...s, rank: i + 1 }));
    const after = req.after;
    const start = after ? ranked.filter((r) => r.score > Number(after.sort) || (r.score === Number(after.sort) && r.leadId <= after.id)).length : 0;
    const slice = ranked.slice(start, start + req.limit);
    const leads = await Promise.all(slice.map((s) => leadById(ctx).load(s.leadId)));
    const rows = slice.map((s, i) => ({
      node: { rank: s.rank, score: s.score, factors: s.factors.map((f) => ({ ...f, factor: f.factor as TriageFactorKind })), lead: leads[i]! } as TriagedLead,
      sort: s.score,
      id: s.leadId,
    }));
    return toConnection(req, rows, ranked.length);
  }

  @Authorized(Role.ANALYST)
  @Query(() => DailyBrief, {
    description:
      'The daily brief of one agency (default: the last 24 hours): guns recovered, casings entered (and those entered late), new leads, new hits, hits touching other agencies, overdue referrals.',
  })
  async dailyBrief(@Args(() => DailyBriefArgs) args: DailyBriefArgs, @Ctx() ctx: RequestContext): Promise<DailyBrief> {
    const ori = args.agencyOri;
    await requireAgency(ctx, ori, 'agencyOri');
    const w = window(args, 1);
    return { agencyOri: ori, ...w, ...(await dailyBriefRow(ctx, ori, w.from, w.to, ENTRY_TARGET_HOURS)) };
  }
}
