/**
 * Where a search's time goes, statement by statement, on the bench graph (scale M by default):
 * - the whole search for an investigator (people by name) in four forms: the kinds dealt over
 *   two statements run at once (how `search` asks now, src/search/search.data.ts), all in one
 *   statement, one statement per kind (all at once), and "previous" (six indexes one after
 *   another in one statement, with the earlier queries: bench/search-previous.ts);
 * - first time and repeated: round 0 gives each form its own never-asked inputs (an analyst
 *   types new things; Lucene caches queries it was just asked), later rounds repeat one set;
 * - each kind's statement alone (repeated rounds), and the read-audit write (one AuditEvent
 *   naming 20 people, its own write transaction and commit) that every answer naming a person
 *   waits for (CJIS AU-3, fail closed);
 * - a search that shows people with its audit record: after it in a transaction of its own (as
 *   before), or in the search's own transaction (how `search` records now, search.data.ts).
 * Run by `npm run bench -- --only search-profile`; the latency through the server is in resolution.bench.ts.
 */
import os from 'node:os';
import { storeAuditRecord, storeAuditRecordIn } from '../src/audit/audit.data.js';
import { AuditOutcome, newAuditRecord } from '../src/audit/audit-record.js';
import { Role } from '../src/core/role.js';
import { cypher } from '../src/db/cypher.registry.js';
import { kindPlans, splitLanes } from '../src/search/search-plan.js';
import { searchTextPieces } from '../src/search/search-query.js';
import { SEARCH_CAP_PER_KIND } from '../src/search/search.data.js';
import { SearchKind } from '../src/search/search.type.js';
import type { BenchContext, BenchResult } from './bench.types.js';
import { previousQuery } from './search-previous.js';
import { percentile, round, searchInputSets, warmUpInputs, type SearchInput } from './search-inputs.js';

const kindHits = cypher('search/kind-hits');
const previous = cypher('bench/search-previous');
const commitProbe = cypher('bench/commit-probe');
const FORMS = ['two statements', 'one statement', 'one per kind', 'previous'] as const;
const LANES: Record<Exclude<Form, 'previous'>, number> = { 'two statements': 2, 'one statement': 1, 'one per kind': 6 };
type Form = (typeof FORMS)[number];
const ROUNDS = 3;
const page = { limit: 21, afterSort: null, afterId: null };

const stats = (ms: number[]) => {
  const s = [...ms].sort((a, b) => a - b);
  return { n: s.length, p50: round(percentile(s, 50)), p95: round(percentile(s, 95)), max: round(s.at(-1) ?? NaN) };
};

async function timed(work: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await work();
  return performance.now() - t0;
}

const kindsOf = (v: SearchInput) => (v.kinds ?? Object.keys(SearchKind)).map((k) => SearchKind[k as keyof typeof SearchKind]);

export default async function searchProfileBench(ctx: BenchContext): Promise<BenchResult> {
  const load = os.loadavg().map((v) => round(v, 2));
  const sets = await searchInputSets(ctx.gateway, FORMS.length + 1);
  const meta = { operation: 'bench-search-profile' };
  const plansOf = (v: SearchInput) => kindPlans(kindsOf(v), searchTextPieces(v.text), true, v.text);
  const runForm = async (form: Form, v: SearchInput) => {
    const pieces = searchTextPieces(v.text);
    if (form === 'previous') {
      const q = previousQuery(pieces);
      const params = { ...page, kinds: kindsOf(v), cap: SEARCH_CAP_PER_KIND, query: q, personQuery: q };
      return ctx.gateway.read(previous, { ...params, firearmQuery: previousQuery(pieces, 'serial'), casingQuery: previousQuery(pieces, 'evidenceId') }, meta);
    }
    return Promise.all(splitLanes(plansOf(v), LANES[form]).map((plans) => ctx.gateway.read(kindHits, { ...page, plans, cap: SEARCH_CAP_PER_KIND }, meta)));
  };
  const perKind = new Map<string, number[]>();
  const perGroup = new Map<string, number[]>();
  const add = (m: Map<string, number[]>, key: string, ms: number) => m.set(key, [...(m.get(key) ?? []), ms]);
  ctx.log(`search-profile: ${sets[0]!.length} inputs, first time per form, then ${ROUNDS} repeated rounds...`);
  // Warm-up (connections, code paths) on a set no form is measured on.
  for (const v of warmUpInputs(sets[FORMS.length]!, 20)) for (const form of FORMS) await runForm(form, v);
  // Round 0: every form asks its own set, each input once: all first-time.
  for (let i = 0; i < sets[0]!.length; i++) {
    // Rotate which form goes first, so none is always the first after another's cold start.
    for (const form of FORMS.map((_, j) => FORMS[(i + j) % FORMS.length]!)) {
      const v = sets[FORMS.indexOf(form)]![i]!;
      add(perGroup, `${v.group} ${form} (first time)`, await timed(() => runForm(form, v)));
    }
  }
  for (let r = 1; r <= ROUNDS; r++) {
    for (const [i, v] of sets[0]!.entries()) {
      // Rotate which form goes first, so none profits from another warming the same index blocks.
      const order = FORMS.map((_, j) => FORMS[(i + r + j) % FORMS.length]!);
      for (const form of order) add(perGroup, `${v.group} ${form}`, await timed(() => runForm(form, v)));
      for (const plan of plansOf(v)) {
        add(perKind, plan.kind, await timed(() => ctx.gateway.read(kindHits, { ...page, plans: [plan], cap: SEARCH_CAP_PER_KIND }, meta)));
      }
    }
  }
  ctx.log('search-profile: read-audit writes...');
  const people = Array.from({ length: 20 }, (_, i) => `P-PROFILE-${i}`);
  const auditRecord = (i: number) =>
    newAuditRecord({
      user: { subject: 'bench-profile', agencyOri: 'NY0303000', roles: [Role.INVESTIGATOR] },
      document: 'query BenchSearch { search }',
      sourceAddress: '127.0.0.1',
      operation: 'BenchSearchProfile',
      rootFields: ['search'],
      personIds: people,
      outcome: AuditOutcome.ALLOWED,
      errorCodes: [],
      wrote: false,
      requestId: `bench-profile-${i}`,
    });
  // The search and its record, both ways, on the inputs that show people (names: every kind; addresses: people only).
  const withPeople = sets[0]!.filter((v) => v.group === 'name' || v.group === 'person-address');
  const recordAfter = async (v: SearchInput, i: number) => {
    await runForm('two statements', v);
    await storeAuditRecord(ctx.gateway, auditRecord(i));
  };
  const recordInside = async (v: SearchInput, i: number) => {
    const lanes = splitLanes(plansOf(v), 2);
    const own = lanes.findIndex((l) => l.some((p) => p.kind === SearchKind.PERSON));
    const others = Promise.all(lanes.map((l, j) => (j === own ? [] : ctx.gateway.read(kindHits, { ...page, plans: l, cap: SEARCH_CAP_PER_KIND }, meta))));
    await ctx.gateway.writeInTransaction(
      'bench-search-with-audit',
      async (run) => {
        await run(kindHits, { ...page, plans: lanes[own]!, cap: SEARCH_CAP_PER_KIND });
        await others;
        await storeAuditRecordIn(run, auditRecord(i));
      },
      meta,
    );
  };
  const together = new Map<string, number[]>();
  for (let r = 0; r < ROUNDS; r++) {
    for (const [i, v] of withPeople.entries()) {
      const ways = [
        ['record after, own transaction', recordAfter],
        ['record in the search transaction', recordInside],
      ] as const;
      for (const [name, way] of (i + r) % 2 ? [...ways].reverse() : ways) add(together, `${v.group}: ${name}`, await timed(() => way(v, r * 1000 + i)));
    }
  }
  const audit: number[] = [];
  const commits: number[] = [];
  for (let i = 0; i < 60; i++) {
    const record = auditRecord(i);
    const ms = await timed(() => storeAuditRecord(ctx.gateway, record));
    if (i >= 5) audit.push(ms);
    const bare = await timed(() => ctx.gateway.write(commitProbe, {}, meta));
    if (i >= 5) commits.push(bare);
  }
  const rowsOf = (m: Map<string, number[]>) => [...m].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => ({ key: k, ...stats(v) }));
  const kindRows = rowsOf(perKind);
  const togetherRows = rowsOf(together);
  const groupRows = rowsOf(perGroup);
  const auditStats = stats(audit);
  const commitStats = stats(commits);
  const table = (rows: Array<{ key: string; n: number; p50: number; p95: number; max: number }>) => [
    '| What | n | p50 ms | p95 ms | max ms |',
    '|---|---|---|---|---|',
    ...rows.map((r) => `| ${r.key} | ${r.n} | ${r.p50} | ${r.p95} | ${r.max} |`),
  ];
  const markdown = [
    `## Search statement profile, scale ${ctx.scale}`,
    '',
    `Load average ${load.join(' / ')} (1/5/15 min) at start. two statements: the kinds dealt over two statements run at once (as search asks now); one statement: all kinds in one; one per kind: a statement per kind, all at once; previous: six indexes in one statement with the earlier queries.`,
    '',
    'The whole search (investigator: people by name and address), by kind of input; "(first time)": inputs never asked before, each form its own:',
    '',
    ...table(groupRows),
    '',
    "Each kind's statement alone (repeated rounds):",
    '',
    ...table(kindRows),
    '',
    'A search that shows people and its audit record (20 people), repeated inputs: the record after the search in its own transaction, or inside the search transaction before it commits:',
    '',
    ...table(togetherRows),
    '',
    `Read-audit write (one AuditEvent + 20 AuditTouch, own transaction and commit): p50 ${auditStats.p50} / p95 ${auditStats.p95} / max ${auditStats.max} ms (${auditStats.n} writes).`,
    `The cheapest committing write (one property set): p50 ${commitStats.p50} / p95 ${commitStats.p95} / max ${commitStats.max} ms.`,
  ].join('\n');
  return {
    name: 'search-profile',
    metrics: {
      loadAverage1m: load[0]!,
      auditWriteP50Ms: auditStats.p50,
      auditWriteP95Ms: auditStats.p95,
      bareCommitP50Ms: commitStats.p50,
      bareCommitP95Ms: commitStats.p95,
      ...Object.fromEntries(groupRows.map((r) => [`statementP95Ms ${r.key}`, r.p95])),
      ...Object.fromEntries(kindRows.map((r) => [`kindP95Ms ${r.key}`, r.p95])),
      ...Object.fromEntries(
        togetherRows.flatMap((r) => [
          [`withAuditP50Ms ${r.key}`, r.p50],
          [`withAuditP95Ms ${r.key}`, r.p95],
        ]),
      ),
    },
    markdown,
  };
}
