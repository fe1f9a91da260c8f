import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Role } from '../../src/core/role.js';
import type { Gateway } from '../../src/db/gateway.js';
import { startTestApp, testGateway, type TestApp } from '../support/app.js';
import { sha256, testStatement, unique } from './support.js';

/**
 * Every way a new analyst can reach a person's name, date of birth or address (docs/security.md,
 * the masking rule): for ANALYST the personal fields are null, with no error, and the request's
 * audit record names the people with outcome DENIED; for roles with no read operations
 * (EXAMINER, INGEST, ADMIN) the field is FORBIDDEN and the refusal is recorded, naming the person
 * when the arguments did (it used to name no one, so "who looked at this person" missed refused
 * attempts); for INVESTIGATOR the data is there and the record names every person returned
 * (CJIS AU-3).
 */
const byHash = testStatement('audit-events-by-hash');
const m = inject('manifest');
const personId = m.traceExamples[0]!.purchaserId;
const license = m.traceExamples[0]!.dealerLicense;
const firearmId = m.traceExamples[0]!.firearmId;

let app: TestApp;
let db: Gateway;
beforeAll(async () => {
  app = await startTestApp();
  db = testGateway();
});
afterAll(async () => {
  await app.close();
  await db.close();
});

const PERSON = 'firstName lastName dateOfBirth address city';
const CHART = 'nodes { id kind label properties }';
/** [where, selection] — each returns the purchaser `personId` among others. */
const reads: Array<[string, string]> = [
  ['person', `person(id: "${personId}") { ${PERSON} }`],
  ['node', `node(id: "Person:${personId}") { ... on Person { ${PERSON} } }`],
  ['nodes', `nodes(ids: ["Person:${personId}"]) { ... on Person { ${PERSON} } }`],
  ['trace chain', `firearm(id: "${firearmId}") { traceChain { purchaser { ${PERSON} } } }`],
  ["a dealer's sales", `ffl(license: "${license}") { sales(first: 100) { edges { node { purchaser { ${PERSON} } } } } }`],
  ['link chart', `linkChart(seeds: ["Person:${personId}"], depth: 1, limit: 30) { ${CHART} }`],
  ['paths', `shortestPaths(from: "Ffl:${license}", to: "Person:${personId}") { chart { ${CHART} } }`],
  ['dealer subgraph', `dealerRiskSubgraph(license: "${license}", depth: 1, limit: 1000) { ${CHART} }`],
  ['search by id', `search(text: "${personId}", kinds: [PERSON]) { edges { node { label node { ... on Person { ${PERSON} } } } } }`],
];

const TYPED = ['firstName', 'lastName', 'dateOfBirth', 'address', 'city'];
const PROPERTIES = [...TYPED, 'name', 'location'];

/**
 * Every personal value in an answer: typed Person fields, the properties of PERSON chart nodes,
 * and person captions (a chart node's or search hit's label other than "Person <id>").
 */
function personalValues(data: unknown): unknown[] {
  const found: unknown[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) return v.forEach(walk);
    if (!v || typeof v !== 'object') return;
    const o = v as Record<string, unknown>;
    const isPerson = o.kind === 'PERSON';
    if (isPerson && typeof o.label === 'string' && !o.label.startsWith('Person ')) found.push(o.label);
    for (const [k, x] of Object.entries(o)) {
      if (k === 'properties') {
        // Property maps of other kinds (a dealer's name and city) are not personal data.
        if (isPerson) for (const p of PROPERTIES) if ((x as Record<string, unknown>)[p] != null) found.push((x as Record<string, unknown>)[p]);
      } else if (TYPED.includes(k)) {
        if (x !== null && x !== undefined) found.push(x);
      } else walk(x);
    }
  };
  walk(data);
  return found;
}

async function run(where: string, selection: string, role: Role) {
  const doc = `query WildPersonal_${where.replace(/\W/g, '_')}_${unique()} { ${selection} }`;
  const res = await app.gqlRaw(doc, {}, [role]);
  const stored = await db.read<{ event: Record<string, unknown>; touched: string[] }>(byHash, { hash: sha256(doc) });
  return { res, stored };
}

describe('personal data by role, and its audit record', () => {
  it.each(reads)('%s: ANALYST gets it masked, and the look is recorded DENIED naming the person', async (where, selection) => {
    const { res, stored } = await run(where, selection, Role.ANALYST);
    expect(res.errors).toBeUndefined();
    expect(personalValues(res.data)).toEqual([]);
    expect(stored.map((s) => s.event.outcome)).toEqual(['DENIED']);
    expect(stored[0]!.touched).toContain(personId);
  });

  it.each(reads)('%s: INVESTIGATOR sees it, and the record names the person', async (where, selection) => {
    const { res, stored } = await run(where, selection, Role.INVESTIGATOR);
    expect(res.errors).toBeUndefined();
    expect(personalValues(res.data).length).toBeGreaterThan(0);
    expect(stored.map((s) => s.event.outcome)).toEqual(['ALLOWED']);
    expect(stored.flatMap((s) => s.touched)).toContain(personId);
  });

  /** The reads whose arguments name the person (the others reach them through a gun or a dealer). */
  const NAMED = new Set(['person', 'node', 'nodes', 'link chart', 'paths']);

  it.each([Role.EXAMINER, Role.INGEST, Role.ADMIN])(
    '%s: every one of them is FORBIDDEN, nothing personal leaves, the refusal is recorded naming whom it asked about',
    async (role) => {
      for (const [where, selection] of reads) {
        const { res, stored } = await run(where, selection, role);
        expect(
          res.errors?.map((e) => e.extensions?.code),
          where,
        ).toEqual(['FORBIDDEN']);
        expect(personalValues(res.data), where).toEqual([]);
        expect(
          stored.map((s) => s.event.outcome),
          where,
        ).toEqual(['DENIED']);
        expect(stored[0]!.touched, where).toEqual(NAMED.has(where) ? [personId] : []);
      }
    },
  );

  it('a refused read naming 150 people names at most 100 in its record (the arguments are not validated yet)', async () => {
    const ids = Array.from({ length: 150 }, (_, i) => `"Person:WILD-${i}"`).join(', ');
    const { res, stored } = await run('many ids', `nodes(ids: [${ids}]) { id }`, Role.INGEST);
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(stored[0]!.touched).toHaveLength(100);
  });

  it('a refused read with an id too long to be one is still FORBIDDEN, not an audit outage', async () => {
    const { res, stored } = await run('long id', `person(id: "${'P'.repeat(10_000)}") { firstName }`, Role.EXAMINER);
    expect(res.status).toBe(200);
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(stored.map((s) => [s.event.outcome, s.touched])).toEqual([['DENIED', []]]);
  });
});
