import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Role } from '../../src/core/role.js';
import { Subscriber, LEAD_EVENTS } from '../leads/ws-client.js';
import { startTestApp, type TestApp } from '../support/app.js';

/**
 * Argument rules declared on the input and args types, through the real server and Neo4j: a bad
 * argument is refused before the resolver runs, as BAD_USER_INPUT naming its full path, and a
 * good one still reaches the data (the args classes carry the defaults the queries had). The
 * rules themselves are unit-tested in test/unit/<area>/*-args.test.ts; this file proves they are
 * wired to the fields they guard.
 */
let app: TestApp;
const manifest = inject('manifest');
const open: Subscriber[] = [];

beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  for (const s of open) await s.close();
  await app.close();
});

const faultOf = async (query: string, variables: Record<string, unknown> = {}, as: Role[] = [Role.INVESTIGATOR]) => {
  const res = await app.gqlRaw(query, variables, as);
  expect(res.errors, JSON.stringify(res)).toBeDefined();
  const error = res.errors![0]!;
  expect(JSON.stringify(error)).not.toMatch(/stack|MATCH |neo4j/i);
  return { code: error.extensions?.code, field: error.extensions?.field };
};

const dealer = () => `Ffl:${manifest.traceExamples[0]!.dealerLicense}`;
const buyer = () => `Person:${manifest.traceExamples[0]!.purchaserId}`;

describe('declared argument rules refuse bad input naming the field', () => {
  it.each([
    ['{ agencyMetrics(scope: STATE) { key } }', 'key'],
    ['{ agencyMetricsTrend(scope: NATION, from: "2025-03", to: "2025-01") { key } }', 'to'],
    ['{ agencyLeague(scope: NATION) { totalCount } }', 'scope'],
    ['{ agencyLeague(period: "soon") { totalCount } }', 'period'],
    ['{ agencyReport(ori: "nypd") { ori } }', 'ori'],
    ['{ leadTriage(from: "2025-02-01T00:00:00Z", to: "2025-01-01T00:00:00Z") { totalCount } }', 'to'],
    ['{ dailyBrief(agencyOri: "NY03") { agencyOri } }', 'agencyOri'],
    ['{ dealerRiskSubgraph(license: "1-23-456-01-2B-01234", limit: 0) { truncated } }', 'limit'],
    ['{ flaggedPurchasers(typology: "NOPE") { totalCount } }', 'typology'],
    ['{ search(text: "   ") { totalCount } }', 'text'],
    ['{ search(text: "glock", kinds: []) { totalCount } }', 'kinds'],
    ['{ nodes(ids: ["Person:P-1", "Agency:XX"]) { id } }', 'ids[1]'],
    [`{ person(id: "${'x'.repeat(201)}") { personId } }`, 'id'],
    ['{ linkChart(seeds: ["Person:P-1", "Person:P-2"], limit: 1) { truncated } }', 'seeds'],
    ['{ expand(nodeId: "Person:P-1", known: ["nope"]) { truncated } }', 'known[0]'],
    ['{ mostConnected(filter: { state: "GA", maxSeeds: 20 }, limit: 5) { chartNodes } }', 'filter.maxSeeds'],
    ['{ shortestPaths(from: "Person:P-1", to: "person:P-1") { hops } }', 'to'],
    ['{ openInvestigation(id: "I-1", version: 0) { warnings } }', 'version'],
    ['mutation { shareInvestigation(id: "I-1") { id } }', 'users'],
    ['mutation { saveInvestigation(input: { name: "x", nodes: [{ id: "Person:P-1", x: 0, y: 0 }], basedOnVersion: 2 }) { number } }', 'input.basedOnVersion'],
    ['mutation { referLead(leadId: "L-1", assignee: "det-x", dueInHours: 200) { id } }', 'dueInHours'],
    ['mutation { rejectSamePerson(candidateId: "  ") { status } }', 'candidateId'],
  ])('%s → %s', async (query, field) => {
    expect(await faultOf(query)).toEqual({ code: 'BAD_USER_INPUT', field });
  });

  it('a long review note and an empty import are refused before anything is read or written', async () => {
    const note = 'x'.repeat(2001);
    expect(await faultOf('mutation($n: String) { rejectSamePerson(candidateId: "DC-1", note: $n) { status } }', { n: note })).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'note',
    });
    expect(await faultOf('mutation { importRecords(records: []) { accepted } }', {}, [Role.INGEST])).toEqual({ code: 'BAD_USER_INPUT', field: 'records' });
  });

  it('checks that need the caller stay in the resolver, with a code and the field', async () => {
    // The default test token's subject is test-user: it cannot share with itself.
    expect(await faultOf('mutation { shareInvestigation(id: "I-1", users: ["test-user"]) { id } }')).toEqual({ code: 'BAD_USER_INPUT', field: 'users[0]' });
  });
});

describe('the args types keep the defaults and reach the data', () => {
  it.each([
    ['{ agencyMetrics(scope: NATION) { key } }'],
    ['{ agencyLeague(first: 3) { totalCount } }'],
    ['{ agencyLeague(state: "", fieldDivision: "") { totalCount } }'],
    ['{ leadTriage(first: 2) { totalCount } }'],
    ['{ dailyBrief(agencyOri: "NY0303000") { agencyOri } }'],
    ['query($s: [ID!]!) { linkChart(seeds: $s, depth: 1, limit: 50) { truncated nodes { id } } }'],
    ['query($s: [ID!]) { mostConnected(seeds: $s, depth: 1, limit: 20, orderBy: DEGREE, first: 3) { chartNodes } }'],
  ])('%s', async (query) => {
    const res = await app.gqlRaw(query, query.includes('$s') ? { s: [dealer(), buyer()] } : {}, [Role.INVESTIGATOR]);
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    expect(res.data).toBeTruthy();
  });

  it('a link chart still grows from its (trimmed, de-duplicated) seeds', async () => {
    const res = await app.gqlRaw('query($s: [ID!]!) { linkChart(seeds: $s, depth: 1, limit: 50) { nodes { id distance } } }', {
      s: [dealer(), ` ${dealer()} `, buyer()],
    });
    expect(res.errors).toBeUndefined();
    const seeds = (res.data!.linkChart.nodes as Array<{ id: string; distance: number }>).filter((n) => n.distance === 0).map((n) => n.id);
    expect(seeds.sort()).toEqual([dealer(), buyer()].sort());
  });
});

describe('lastEventId of the subscription (type-graphql does not validate subscribe: the stream runs the rule)', () => {
  const subscriber = async (lastEventId: string) => {
    const s = new Subscriber(app.url, await app.token([Role.ANALYST]));
    open.push(s);
    s.subscribe(LEAD_EVENTS, { lastEventId });
    await s.waitFor(1);
    return JSON.stringify(s.errored ?? s.received[0]);
  };

  it('a malformed id is BAD_USER_INPUT; an id of no event yet is NOT_FOUND; both name lastEventId', async () => {
    const malformed = await subscriber('abc');
    expect(malformed).toContain('BAD_USER_INPUT');
    expect(malformed).toContain('lastEventId');
    const future = await subscriber('999999999999');
    expect(future).toContain('NOT_FOUND');
    expect(future).toContain('lastEventId');
  });
});
