import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Role } from '../../src/core/role.js';
import { startTestApp, type TestApp } from '../support/app.js';

/**
 * What a new analyst types into GraphiQL (docs/api.md, Errors): each answer is either a clear
 * error, a code from src/errors/error-code.ts naming the argument at fault, or an empty result
 * when the question is valid but has no answer; never INTERNAL_SERVER_ERROR, a stack trace or
 * Cypher, and never an unbounded traversal (every chart bound is refused past its maximum).
 */
let app: TestApp;
const m = inject('manifest');
const license = m.traceExamples[0]!.dealerLicense;
const personId = m.traceExamples[0]!.purchaserId;
const evidenceId = m.series[0]!.casingIds[0]!;
const ori = m.series[0]!.agencyOris[0]!;
const long = 'x'.repeat(10_000);

beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

async function ask(query: string, variables: Record<string, unknown> = {}, roles = [Role.INVESTIGATOR]) {
  const res = await app.gqlRaw(query, variables, roles);
  const text = JSON.stringify(res);
  expect(text).not.toMatch(/INTERNAL_SERVER_ERROR|stacktrace|MATCH \(|Neo\.ClientError/);
  return res;
}

/** [what, query, variables, code, field] */
type Refused = [string, string, Record<string, unknown>, string, string];

describe('refused with a code and the argument at fault', () => {
  const scenesPage = '{ scenes(first: 1) { pageInfo { endCursor } } }';
  const cases: Refused[] = [
    ['first: -1', '{ scenes(first: -1) { totalCount } }', {}, 'BAD_USER_INPUT', 'first'],
    ['first: 101 on a nested list', `{ ffl(license: "${license}") { sales(first: 101) { totalCount } } }`, {}, 'BAD_USER_INPUT', 'first'],
    ['a garbage cursor', '{ scenes(after: "garbage!!") { totalCount } }', {}, 'BAD_USER_INPUT', 'after'],
    ['a 10,000-character cursor', 'query($a: String) { scenes(after: $a) { totalCount } }', { a: long }, 'BAD_USER_INPUT', 'after'],
    ['a blank id', '{ network(id: " ") { id } }', {}, 'BAD_USER_INPUT', 'id'],
    ['a 10,000-character evidence id', 'query($k: NonEmptyString!) { casing(evidenceId: $k) { evidenceId } }', { k: long }, 'BAD_USER_INPUT', 'evidenceId'],
    [
      'an evidence id with spaces around it',
      'query($k: NonEmptyString!) { casing(evidenceId: $k) { evidenceId } }',
      { k: ` ${evidenceId} ` },
      'NOT_FOUND',
      'evidenceId',
    ],
    [
      'an evidence id in lower case',
      'query($k: NonEmptyString!) { casing(evidenceId: $k) { evidenceId } }',
      { k: evidenceId.toLowerCase() },
      'NOT_FOUND',
      'evidenceId',
    ],
    ['a person id that does not exist', '{ person(id: "P-NO-SUCH-ONE") { personId } }', {}, 'NOT_FOUND', 'id'],
    ['a license in lower case', 'query($k: NonEmptyString!) { ffl(license: $k) { license } }', { k: license.toLowerCase() }, 'BAD_USER_INPUT', 'license'],
    ['an ORI in lower case', 'query($k: NonEmptyString!) { agency(ori: $k) { ori } }', { k: ori.toLowerCase() }, 'BAD_USER_INPUT', 'ori'],
    ['a node id of an unknown kind', '{ node(id: "Foo:bar") { id } }', {}, 'BAD_USER_INPUT', 'id'],
    ['101 node ids', 'query($i: [ID!]!) { nodes(ids: $i) { id } }', { i: Array.from({ length: 101 }, (_, k) => `Person:X${k}`) }, 'BAD_USER_INPUT', 'ids'],
    ['search: only Lucene operators', 'query($t: String!) { search(text: $t) { totalCount } }', { t: '*:* ( \\ ~ " ?' }, 'BAD_USER_INPUT', 'text'],
    ['search: an emoji', 'query($t: String!) { search(text: $t) { totalCount } }', { t: '😀' }, 'BAD_USER_INPUT', 'text'],
    ['search: 121 characters', 'query($t: String!) { search(text: $t) { totalCount } }', { t: 'a'.repeat(121) }, 'BAD_USER_INPUT', 'text'],
    ['search: kinds []', '{ search(text: "smith", kinds: []) { totalCount } }', {}, 'BAD_USER_INPUT', 'kinds'],
    ['from after to', '{ scenes(filter: { from: "2025-01-01T00:00:00Z", to: "2024-01-01T00:00:00Z" }) { totalCount } }', {}, 'BAD_USER_INPUT', 'filter.to'],
    ['from after to (local dates)', '{ highRiskDealers(filter: { from: "2025-01-01", to: "2024-01-01" }) { totalCount } }', {}, 'BAD_USER_INPUT', 'filter.to'],
    ['from after to (lead triage)', '{ leadTriage(from: "2025-01-01T00:00:00Z", to: "2024-01-01T00:00:00Z") { totalCount } }', {}, 'BAD_USER_INPUT', 'to'],
    ['from after to (months)', '{ agencyMetrics(scope: NATION, from: "2024-05", to: "2024-01") { __typename } }', {}, 'BAD_USER_INPUT', 'to'],
    ['month 13', '{ agencyMetrics(scope: NATION, from: "2024-13") { __typename } }', {}, 'BAD_USER_INPUT', 'from'],
    ['a state in lower case', '{ ffls(filter: { state: "pa" }) { totalCount } }', {}, 'BAD_USER_INPUT', 'filter.state'],
    ['chart depth 100', `{ linkChart(seeds: ["Ffl:${license}"], depth: 100) { truncated } }`, {}, 'BAD_USER_INPUT', 'depth'],
    ['chart limit 100000', `{ linkChart(seeds: ["Ffl:${license}"], limit: 100000) { truncated } }`, {}, 'BAD_USER_INPUT', 'limit'],
    [
      'chart from after to',
      `{ linkChart(seeds: ["Ffl:${license}"], from: "2025-01-01T00:00:00Z", to: "2024-01-01T00:00:00Z") { truncated } }`,
      {},
      'BAD_USER_INPUT',
      'from',
    ],
    ['chart seed that does not exist', '{ linkChart(seeds: ["Person:P-NO-SUCH-ONE"]) { truncated } }', {}, 'NOT_FOUND', 'seeds'],
    ['expand limit 100000', `{ expand(nodeId: "Ffl:${license}", limit: 100000) { truncated } }`, {}, 'BAD_USER_INPUT', 'limit'],
    [
      'expand 1,001 known nodes',
      'query($k: [ID!]) { expand(nodeId: "Person:X", known: $k) { truncated } }',
      { k: Array.from({ length: 1001 }, (_, k) => `Person:X${k}`) },
      'BAD_USER_INPUT',
      'known',
    ],
    ['a path from a node to itself', `{ shortestPaths(from: "Ffl:${license}", to: "Ffl:${license}") { hops } }`, {}, 'BAD_USER_INPUT', 'to'],
    ['a path of 100 hops', `{ shortestPaths(from: "Ffl:${license}", to: "Person:${personId}", maxHops: 100) { hops } }`, {}, 'BAD_USER_INPUT', 'maxHops'],
    ['a path to a node that does not exist', `{ shortestPaths(from: "Ffl:${license}", to: "Person:P-NO-SUCH-ONE") { hops } }`, {}, 'NOT_FOUND', 'to'],
    ['same-gun walk of 100 hops', `{ casing(evidenceId: "${evidenceId}") { linkedCasings(maxHops: 100) { hops } } }`, {}, 'BAD_USER_INPUT', 'maxHops'],
    ['dealer subgraph depth 10', `{ dealerRiskSubgraph(license: "${license}", depth: 10) { truncated } }`, {}, 'BAD_USER_INPUT', 'depth'],
    ['most connected: neither seeds nor filter', '{ mostConnected { chartNodes } }', {}, 'BAD_USER_INPUT', 'seeds'],
    [
      'most connected: 1,000 seeds by state',
      '{ mostConnected(filter: { state: "FL", maxSeeds: 1000 }) { chartNodes } }',
      {},
      'BAD_USER_INPUT',
      'filter.maxSeeds',
    ],
  ];

  it.each(cases)('%s', async (_what, query, variables, code, field) => {
    const res = await ask(query, variables);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code, field });
    expect(res.errors![0]!.message).toContain(field.split('.').pop()!);
  });

  it('a cursor of another list, or one tampered with, is refused naming `after`', async () => {
    const cursor = (await ask('{ casings(first: 1) { pageInfo { endCursor } } }')).data!.casings.pageInfo.endCursor as string;
    const other = await ask('query($a: String) { scenes(after: $a) { totalCount } }', { a: cursor });
    expect(other.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
    const own = (await ask(scenesPage)).data!.scenes.pageInfo.endCursor as string;
    const tampered = Buffer.from(Buffer.from(own, 'base64url').toString('utf8').replace(/.$/, 'X')).toString('base64url');
    const bad = await ask('query($a: String) { scenes(after: $a) { totalCount } }', { a: tampered });
    expect(bad.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});

describe('valid questions with no answer are empty, not errors', () => {
  it('first: 0 gives the count and no rows', async () => {
    const res = await ask('{ scenes(first: 0) { totalCount edges { cursor } pageInfo { hasNextPage endCursor } } }');
    expect(res.errors).toBeUndefined();
    expect(res.data!.scenes.totalCount).toBeGreaterThan(0);
    expect(res.data!.scenes.edges).toEqual([]);
  });

  it('after the last page: no rows, no next page', async () => {
    let after: string | null = null;
    for (let n = 0; n < 20; n++) {
      const page = await ask('query($a: String) { scenes(first: 100, after: $a) { pageInfo { hasNextPage endCursor } } }', { a: after });
      after = page.data!.scenes.pageInfo.endCursor;
      if (!page.data!.scenes.pageInfo.hasNextPage) break;
    }
    const res = await ask('query($a: String) { scenes(first: 100, after: $a) { edges { cursor } pageInfo { hasNextPage endCursor } } }', { a: after });
    expect(res.data!.scenes).toEqual({ edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
  });

  it.each([
    ['a far-future window', '{ scenes(filter: { from: "9999-12-31T00:00:00Z" }) { totalCount } }', (d: any) => d.scenes.totalCount === 0],
    [
      'an empty window',
      '{ scenes(filter: { from: "2024-01-01T00:00:00Z", to: "2024-01-01T00:00:00Z" }) { totalCount } }',
      (d: any) => d.scenes.totalCount === 0,
    ],
    ['a serial of wildcards', '{ firearmBySerial(serial: "*") { firearmId } }', (d: any) => d.firearmBySerial.length === 0],
    ['search text with Lucene syntax among words', '{ search(text: "name:smith [a TO z] ^2") { totalCount } }', (d: any) => d.search.totalCount >= 0],
    ['search text in other scripts', '{ search(text: "Müller 北京") { totalCount } }', (d: any) => d.search.totalCount === 0],
    ['an ORI with no scenes', '{ scenes(filter: { agencyOri: "NY9999999" }) { totalCount } }', (d: any) => d.scenes.totalCount === 0],
    ['a network that does not exist', '{ network(id: "NO-SUCH-NETWORK") { id } }', (d: any) => d.network === null],
    [
      'a chart window with no links',
      `{ linkChart(seeds: ["Ffl:${license}"], from: "9999-01-01T00:00:00Z") { nodes { id } truncated } }`,
      (d: any) => d.linkChart.nodes.length === 1,
    ],
    [
      'a path between unconnected nodes',
      `{ shortestPaths(from: "Agency:${ori}", to: "Person:${personId}", maxHops: 1) { hops paths { nodeIds } } }`,
      (d: any) => d.shortestPaths.hops === null && d.shortestPaths.paths.length === 0,
    ],
  ])('%s', async (_what, query, check) => {
    const res = await ask(query);
    expect(res.errors).toBeUndefined();
    expect(check(res.data)).toBe(true);
  });
});

describe('whole degrees typed into a distance filter', () => {
  const near = (lat: string, lon: string) => `{ scenes(filter: { near: { latitude: ${lat}, longitude: ${lon}, radiusKm: 250 } }) { totalCount } }`;

  it('latitude: 40, longitude: -75 (Int literals) answer like 40.0 and -75.0', async () => {
    // Whole degrees around a real scene: that scene is within 250 km of them.
    const scene = await ask('{ scenes(first: 1) { edges { node { location { latitude longitude } } } } }');
    const { latitude, longitude } = scene.data!.scenes.edges[0].node.location as { latitude: number; longitude: number };
    const [lat, lon] = [Math.round(latitude), Math.round(longitude)];
    const whole = await ask(near(String(lat), String(lon)));
    const decimal = await ask(near(lat.toFixed(1), lon.toFixed(1)));
    expect(whole.errors).toBeUndefined();
    expect(whole.data).toEqual(decimal.data);
    expect(whole.data!.scenes.totalCount).toBeGreaterThan(0);
  });

  it('a whole number out of range is still refused', async () => {
    const res = await ask(near('91', '-75'));
    expect(res.errors![0]!.extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors![0]!.message).toContain('between -90 and 90');
  });
});
