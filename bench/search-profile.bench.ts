/**
 * Where a search's time goes, statement by statement, on the bench graph (scale M by default):
 * - each full-text index on its own, asked the way `search` asks it now and the way it asked
 *   before (substring clauses `*word*` over every field of every index instead of only the
 *   serial and the evidence id),
 * - the whole search statement for an investigator (people by name) in both forms,
 * - the investigator's read-audit write (one AuditEvent naming 20 people, its own write
 *   transaction and commit), which every answer naming a person waits for (CJIS AU-3, fail closed).
 * Run by `npm run bench -- --only search-profile`; the latency through the server is in resolution.bench.ts.
 */
import os from 'node:os';
import { storeAuditRecord } from '../src/audit/audit.data.js';
import { AuditOutcome, newAuditRecord } from '../src/audit/audit-record.js';
import { Role } from '../src/core/role.js';
import { cypher } from '../src/db/cypher.registry.js';
import { fulltextQuery, searchTextPieces } from '../src/search/search-query.js';
import { SEARCH_CAP_PER_KIND } from '../src/search/search.data.js';
import { SearchKind } from '../src/search/search.type.js';
import type { BenchContext, BenchResult } from './bench.types.js';
import { percentile, round, searchInputs, type SearchInput } from './search-inputs.js';

const probe = cypher('bench/fulltext-probe');
const search = cypher('search/search');

const INDEX_OF: Record<string, { index: string; substringField: string | null }> = {
  PERSON: { index: 'search_person', substringField: null },
  FIREARM: { index: 'search_firearm', substringField: 'serial' },
  FFL: { index: 'search_ffl', substringField: null },
  AGENCY: { index: 'search_agency', substringField: null },
  SCENE: { index: 'search_scene', substringField: null },
  CASING: { index: 'search_casing', substringField: 'evidenceId' },
};
const ALL = Object.keys(INDEX_OF);
/** The earlier form: every digit word also as `*word*` over every field of the index. */
const before = (pieces: string[]) => fulltextQuery(pieces, 'ANY').replace(/ANY:\*/g, '*');
const now = (pieces: string[], field: string | null) => fulltextQuery(pieces, field);
const ROUNDS = 3;

const stats = (ms: number[]) => {
  const s = [...ms].sort((a, b) => a - b);
  return { n: s.length, p50: round(percentile(s, 50)), p95: round(percentile(s, 95)), max: round(s.at(-1) ?? NaN) };
};

async function timed(work: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await work();
  return performance.now() - t0;
}

export default async function searchProfileBench(ctx: BenchContext): Promise<BenchResult> {
  const load = os.loadavg().map((v) => round(v, 2));
  const inputs = await searchInputs(ctx.gateway);
  const meta = { operation: 'bench-search-profile' };
  const perIndex = new Map<string, number[]>();
  const perGroup = new Map<string, number[]>();
  const add = (m: Map<string, number[]>, key: string, ms: number) => m.set(key, [...(m.get(key) ?? []), ms]);
  const statementParams = (v: SearchInput, form: 'before' | 'now') => {
    const pieces = searchTextPieces(v.text);
    return {
      limit: 21,
      afterSort: null,
      afterId: null,
      kinds: (v.kinds ?? ALL).map((k) => SearchKind[k as keyof typeof SearchKind]),
      cap: SEARCH_CAP_PER_KIND,
      query: form === 'now' ? now(pieces, null) : before(pieces),
      firearmQuery: form === 'now' ? now(pieces, 'serial') : before(pieces),
      casingQuery: form === 'now' ? now(pieces, 'evidenceId') : before(pieces),
      personQuery: form === 'now' ? now(pieces, null) : before(pieces),
    };
  };
  ctx.log(`search-profile: ${inputs.length} inputs x ${ROUNDS} rounds, per index and whole statement...`);
  for (let r = 0; r <= ROUNDS; r++) {
    for (const [i, v] of inputs.entries()) {
      // Alternate which form goes first, so neither profits from the other warming the same index blocks.
      const forms = i % 2 ? (['before', 'now'] as const) : (['now', 'before'] as const);
      const pieces = searchTextPieces(v.text);
      // Round 0 runs only the whole statements, so their first-time figures are first-time.
      for (const kind of r > 0 ? (v.kinds ?? ALL) : []) {
        const { index, substringField } = INDEX_OF[kind]!;
        for (const form of forms) {
          const query = form === 'now' ? now(pieces, substringField) : before(pieces);
          const ms = await timed(() => ctx.gateway.read(probe, { index, query, cap: SEARCH_CAP_PER_KIND }, meta));
          add(perIndex, `${kind} ${form}`, ms);
        }
      }
      for (const form of forms) {
        const ms = await timed(() => ctx.gateway.read(search, statementParams(v, form), meta));
        // Round 0 asks each input for the first time: kept apart (cold index blocks), not mixed into the repeated rounds.
        add(perGroup, r > 0 ? `${v.group} ${form}` : `${v.group} ${form} (first time)`, ms);
      }
    }
  }
  ctx.log('search-profile: read-audit writes...');
  const people = Array.from({ length: 20 }, (_, i) => `P-PROFILE-${i}`);
  const audit: number[] = [];
  for (let i = 0; i < 60; i++) {
    const record = newAuditRecord({
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
    const ms = await timed(() => storeAuditRecord(ctx.gateway, record));
    if (i >= 5) audit.push(ms);
  }
  const indexRows = [...perIndex].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => ({ key: k, ...stats(v) }));
  const groupRows = [...perGroup].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => ({ key: k, ...stats(v) }));
  const auditStats = stats(audit);
  const table = (rows: Array<{ key: string; n: number; p50: number; p95: number; max: number }>) => [
    '| What | n | p50 ms | p95 ms | max ms |',
    '|---|---|---|---|---|',
    ...rows.map((r) => `| ${r.key} | ${r.n} | ${r.p50} | ${r.p95} | ${r.max} |`),
  ];
  const markdown = [
    `## Search statement profile, scale ${ctx.scale}`,
    '',
    `Load average ${load.join(' / ')} (1/5/15 min) at start. "before": substring clauses over every field of every index; "now": only on Firearm.serial and Casing.evidenceId.`,
    '',
    'Each full-text index alone (the kinds each input searches):',
    '',
    ...table(indexRows),
    '',
    'The whole search statement (investigator: people by name and address), by kind of input:',
    '',
    ...table(groupRows),
    '',
    `Read-audit write (one AuditEvent + 20 AuditTouch, own transaction and commit): p50 ${auditStats.p50} / p95 ${auditStats.p95} / max ${auditStats.max} ms (${auditStats.n} writes).`,
  ].join('\n');
  return {
    name: 'search-profile',
    metrics: {
      loadAverage1m: load[0]!,
      auditWriteP50Ms: auditStats.p50,
      auditWriteP95Ms: auditStats.p95,
      ...Object.fromEntries(groupRows.map((r) => [`statementP95Ms ${r.key}`, r.p95])),
      ...Object.fromEntries(indexRows.map((r) => [`indexP95Ms ${r.key}`, r.p95])),
    },
    markdown,
  };
}
