import { keyedLoader } from '../common/batch-loader.js';
import type { RequestContext } from '../core/context.js';
import { cypher } from '../db/cypher.registry.js';
import type { Gateway, QueryMeta } from '../db/gateway.js';
import type { Person } from '../model/person.type.js';
import type { PageRequest } from '../pagination/page-args.js';
import { pagedList } from '../pagination/paged-list.js';
import type { CandidateStatus, DuplicateCandidate } from './duplicate-candidate.type.js';
import type { Neighbours, PersonRecord } from './person-match.compute.js';
import type { ResolutionState } from './resolution-incremental.js';

const candidatesPage = cypher('resolution/candidates-page');
const candidatesCount = cypher('resolution/candidates-count');
const decide = cypher('resolution/decide');
const sameAs = cypher('resolution/same-as');
const personRecords = cypher('resolution/person-records');
const neighbours = cypher('resolution/neighbours');
const storeCandidates = cypher('resolution/store-candidates');
const deleteStale = cypher('resolution/delete-stale-candidates');
const stateRead = cypher('resolution/state-read');
const stateWrite = cypher('resolution/state-write');
/** The one stored state of incremental person resolution. */
const STATE_NAME = 'person';

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
    /** The last run's incremental state (null when none is stored: the next run is a full one). */
    state: async (): Promise<ResolutionState | null> => {
      const [row] = await gateway.read<{ model: string | null; fingerprints: string | null; promising: string | null }>(stateRead, { name: STATE_NAME }, meta);
      if (!row?.model || !row.fingerprints || !row.promising) return null;
      return {
        model: row.model,
        fingerprints: new Map(Object.entries(JSON.parse(row.fingerprints) as Record<string, string>)),
        promising: JSON.parse(row.promising) as Array<[string, string]>,
      };
    },
    /**
     * Stores this run's candidate pairs (reasons as JSON), removes open pairs no longer proposed and
     * replaces the incremental state (when given), in one write transaction: candidates and state never disagree.
     */
    store: async <T extends { reasons: unknown }>(candidates: T[], computedAt: string, state?: ResolutionState): Promise<void> => {
      const steps = [];
      if (state) {
        const fingerprints = JSON.stringify(Object.fromEntries(state.fingerprints));
        steps.push({
          statement: stateWrite,
          params: { name: STATE_NAME, model: state.model, fingerprints, promising: JSON.stringify(state.promising), computedAt },
        });
      }
      for (let i = 0; i < candidates.length; i += STORE_BATCH) {
        const rows = candidates.slice(i, i + STORE_BATCH).map((c) => ({ ...c, reasons: JSON.stringify(c.reasons) }));
        steps.push({ statement: storeCandidates, params: { rows, computedAt } });
      }
      steps.push({ statement: deleteStale, params: { computedAt } });
      await gateway.writeAll(steps, meta);
    },
  };
}
