import { keyedLoader } from '../common/batch-loader.js';
import type { RequestContext } from '../core/context.js';
import { cypher } from '../db/cypher.registry.js';
import type { Person } from '../model/person.type.js';
import type { PageRequest } from '../pagination/page-args.js';
import { pagedList } from '../pagination/paged-list.js';
import type { CandidateStatus, DuplicateCandidate } from './duplicate-candidate.type.js';

const candidatesPage = cypher('resolution/candidates-page');
const candidatesCount = cypher('resolution/candidates-count');
const decide = cypher('resolution/decide');
const sameAs = cypher('resolution/same-as');

type CandidateRow = Omit<DuplicateCandidate, 'reasons'> & { reasons: string };

const parse = (row: CandidateRow): DuplicateCandidate => ({ ...row, reasons: JSON.parse(row.reasons) as DuplicateCandidate['reasons'] });

export async function candidatePage(ctx: RequestContext, req: PageRequest, status: CandidateStatus, minScore: number) {
  const conn = await pagedList<CandidateRow>(ctx, req, { page: candidatesPage, count: candidatesCount }, { status, minScore });
  return { ...conn, edges: conn.edges.map((e) => ({ ...e, node: parse(e.node) })) };
}

/** Records a decision; `before` is the status it had (the caller refuses a silent change of another analyst's decision). */
export async function decideCandidate(ctx: RequestContext, id: string, status: CandidateStatus, note: string | null) {
  const [row] = await ctx.gateway.write<{ before: CandidateStatus; node: CandidateRow }>(
    decide,
    { id, status, note, subject: ctx.user?.subject ?? null, agencyOri: ctx.user?.agencyOri ?? null, at: new Date().toISOString() },
    ctx.meta,
  );
  return row ? { before: row.before, candidate: parse(row.node) } : null;
}

/** The other records of a person's resolved cluster (confirmed SAME_AS), one statement per batch of people. */
export const sameAsOf = (ctx: RequestContext) => keyedLoader<Person[]>(ctx, 'resolution.sameAs', sameAs, []);
