import { cypher } from '../db/cypher.registry.js';
import type { RequestContext } from '../core/context.js';
import type { TriageInput } from './triage.score.js';
import type { DailyBrief } from './triage.type.js';

const candidates = cypher('lead/triage-candidates');
const brief = cypher('lead/brief-counts');

/** Open leads a triage ranks at most (newest first): a bound on the work of one ranking. */
export const MAX_TRIAGE_CANDIDATES = 2000;
const MAX_SERIES = 500;
const MAX_BRIEF_LIST = 100;

export function triageCandidates(ctx: RequestContext, from: string, to: string, agencyOri: string | null): Promise<TriageInput[]> {
  return ctx.gateway.read<TriageInput>(candidates, { from, to, agencyOri, maxCandidates: MAX_TRIAGE_CANDIDATES, max: MAX_SERIES }, ctx.meta);
}

export async function dailyBriefRow(
  ctx: RequestContext,
  ori: string,
  from: string,
  to: string,
  entryTargetHours: number,
): Promise<Omit<DailyBrief, 'agencyOri' | 'from' | 'to'>> {
  const [row] = await ctx.gateway.read<Omit<DailyBrief, 'agencyOri' | 'from' | 'to'>>(
    brief,
    { ori, from, to, now: new Date().toISOString(), entryTargetHours, max: MAX_BRIEF_LIST },
    ctx.meta,
  );
  return row!;
}
