import { keyedLoader } from '../common/batch-loader.js';
import type { RequestContext } from '../core/context.js';
import { cypher } from '../db/cypher.registry.js';
import type { Gateway, QueryMeta } from '../db/gateway.js';
import type { Person } from '../model/person.type.js';
import type { PageRequest } from '../pagination/page-args.js';
import { pagedList } from '../pagination/paged-list.js';
import type { CandidateStatus, DuplicateCandidate } from './duplicate-candidate.type.js';
import type { Neighbours, PersonRecord } from './person-match.compute.js';

const candidatesPage = cypher('resolution/candidates-page');
const candidatesCount = cypher('resolution/candidates-count');
const decide = cypher('resolution/decide');
const sameAs = cypher('resolution/same-as');
const personRecords = cypher('resolution/person-records');
const neighbours = cypher('resolution/neighbours');
const storeCandidates = cypher('resolution/store-candidates');
const deleteStale = cypher('resolution/delete-stale-candidates');

/** Person ids per neighbour read; candidate rows per store statement. */
const ID_BATCH = 2_000;
const STORE_BATCH = 1_000;

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

/** The resolution run's reads and its one write (src/resolution/resolution.job.ts). */
export function resolutionRunData(gateway: Gateway, meta: QueryMeta) {
  return {
    /** Every person record, once. */
    personRecords: () => gateway.read<PersonRecord>(personRecords, {}, meta),
    /** Addresses, phones and associates of the given people, by id. */
    neighbours: async (ids: string[]) => {
      const out = new Map<string, Neighbours>();
      for (let i = 0; i < ids.length; i += ID_BATCH) {
        for (const r of await gateway.read<Neighbours & { id: string }>(neighbours, { ids: ids.slice(i, i + ID_BATCH) }, meta)) out.set(r.id, r);
      }
      return out;
    },
    /** Stores this run's candidate pairs (reasons as JSON) and removes open pairs no longer proposed, in one write transaction. */
    store: async <T extends { reasons: unknown }>(candidates: T[], computedAt: string): Promise<void> => {
      const steps = [];
      for (let i = 0; i < candidates.length; i += STORE_BATCH) {
        const rows = candidates.slice(i, i + STORE_BATCH).map((c) => ({ ...c, reasons: JSON.stringify(c.reasons) }));
        steps.push({ statement: storeCandidates, params: { rows, computedAt } });
      }
      steps.push({ statement: deleteStale, params: { computedAt } });
      await gateway.writeAll(steps, meta);
    },
  };
}
