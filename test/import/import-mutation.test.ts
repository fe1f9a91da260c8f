import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/core/role.js';
import type { Gateway } from '../../src/db/gateway.js';
import { NODE_LABELS, tallyRecord } from '../../src/import/record.tally.js';
import type { GraphRecord } from '../../src/import/record.types.js';
import { startTestApp, testGateway, type TestApp } from '../support/app.js';
import { sha256, testStatement, unique } from '../security/support.js';
import { RUN, validRecords } from './fixtures.js';
import { asInput } from '../leads/fixtures.js';
import { graphql } from '../generated/graphql/index.js';

/** importRecords (INGEST): the importer's rules, all or nothing, idempotent, every call audited. */
const countGraph = testStatement('count-graph');
const byHash = testStatement('audit-events-by-hash');

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

interface Counts {
  nodes: number;
  relationships: number;
}
const counts = async () => (await db.read<Counts>(countGraph))[0]!;

/** Nodes and relationships the records write when they are new to the graph. */
function expectedGrowth(records: GraphRecord[]): Counts {
  const c: Record<string, number> = {};
  for (const r of records) tallyRecord(r, c);
  const labels: readonly string[] = NODE_LABELS;
  const sum = (node: boolean) =>
    Object.entries(c)
      .filter(([k]) => labels.includes(k) === node)
      .reduce((a, [, v]) => a + v, 0);
  return { nodes: sum(true), relationships: sum(false) };
}

interface Sent {
  status: number;
  data?: {
    importRecords: {
      accepted: number;
      created: number;
      updated: number;
      unchanged: number;
      conflicted: number;
      sourceId: string;
      byType: Array<{ type: string; count: number }>;
    };
  } | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
  audit: Array<Record<string, unknown>>;
  touched: string[][];
}

/**
 * Sends one importRecords call. Its document is its own (a unique operation name, so its audit
 * record is found by the document's hash): untyped on purpose (gqlRaw), read through `Sent`.
 */
async function send(records: Array<Record<string, unknown>>, role = Role.INGEST): Promise<Sent> {
  const document = `mutation Import_${unique()}($records: [ImportRecordInput!]!) { importRecords(records: $records) { accepted created updated unchanged conflicted sourceId byType { type count created updated unchanged conflicted } } }`;
  const res = await app.gqlRaw(document, { records: asInput(records) }, [role]);
  const stored = await db.read<{ event: Record<string, unknown>; touched: string[] }>(byHash, { hash: sha256(document) });
  return { ...(res as Omit<Sent, 'audit' | 'touched'>), audit: stored.map((s) => s.event), touched: stored.map((s) => [...s.touched].sort()) };
}

const person = (id: string, extra: Record<string, unknown> = {}) => ({
  type: 'person',
  id,
  firstName: 'Ima',
  lastName: 'Ingest',
  dateOfBirth: '1991-02-03',
  address: '9 Pine St',
  city: 'Trenton',
  state: 'NJ',
  ...extra,
});

describe('importRecords mutation', () => {
  it('lets INGEST write a record of every type in one call, audited ALLOWED with the people it wrote; sending it again changes nothing', async () => {
    const records = validRecords(`MUT${RUN}${unique()}`);
    const people = records
      .filter((r) => r.type === 'person')
      .map((r) => (r as { id: string }).id)
      .sort();
    const before = await counts();
    const first = await send(records as unknown as Array<Record<string, unknown>>);
    expect(first.errors).toBeUndefined();
    expect(first.data!.importRecords.accepted).toBe(records.length);
    expect(first.data!.importRecords.byType.map((t) => t.type)).toEqual([
      'MANUFACTURER',
      'AGENCY',
      'FFL',
      'PERSON',
      'FIREARM',
      'ASSOCIATION',
      'SCENE',
      'SALE',
      'RECOVERY',
      'CASING',
      'TRACE',
      'LEAD',
      'THEFT',
    ]);
    const afterFirst = await counts();
    const growth = expectedGrowth(records);
    // Plus one (:Source) node: the call itself (provenance).
    expect({ nodes: afterFirst.nodes - before.nodes, relationships: afterFirst.relationships - before.relationships }).toEqual({
      ...growth,
      nodes: growth.nodes + 1,
    });
    expect(first.data!.importRecords).toMatchObject({ created: records.length, updated: 0, unchanged: 0, conflicted: 0 });
    expect(first.audit).toHaveLength(1);
    expect(first.audit[0]).toMatchObject({
      outcome: 'ALLOWED',
      wrote: true,
      errorCodes: [],
      roles: ['INGEST'],
      rootFields: ['importRecords'],
      personIds: people,
      recordsRead: records.length,
      recordsAccepted: records.length,
      recordsRejected: 0,
    });
    expect(first.touched[0]).toEqual(people);

    const again = await send(records as unknown as Array<Record<string, unknown>>);
    expect(again.errors).toBeUndefined();
    expect(again.data!.importRecords.accepted).toBe(records.length);
    // Honest reporting: nothing changed, and the counts say so; only the second call's (:Source) is new.
    expect(again.data!.importRecords).toMatchObject({ created: 0, updated: 0, unchanged: records.length, conflicted: 0 });
    expect(await counts()).toEqual({ ...afterFirst, nodes: afterFirst.nodes + 1 });
    expect(again.audit).toMatchObject([{ outcome: 'ALLOWED', wrote: true }]);
  });

  it('shows a supervisor of the agency the write in auditEvents, with its counts', async () => {
    const subject = `ingest-${unique()}`;
    const FEED = graphql(`
      mutation Feed($r: [ImportRecordInput!]!) {
        importRecords(records: $r) {
          accepted
        }
      }
    `);
    const res = await app.gql(FEED, { r: asInput([person(`MUT-P-${unique()}`)]) }, [Role.INGEST], { subject });
    expect(res.data!.importRecords.accepted).toBe(1);
    const trail = await app.gql(
      graphql(`
        query ImportMutationTrail($s: String) {
          auditEvents(filter: { subject: $s }) {
            edges {
              node {
                operation
                outcome
                wrote
                recordsRead
                recordsAccepted
                recordsRejected
                personIds
              }
            }
          }
        }
      `),
      { s: subject },
      [Role.SUPERVISOR],
    );
    expect(trail.errors).toBeUndefined();
    expect(trail.data!.auditEvents.edges.map((e) => e.node)).toMatchObject([
      { operation: 'Feed', outcome: 'ALLOWED', wrote: true, recordsRead: 1, recordsAccepted: 1, recordsRejected: 0 },
    ]);
  });

  it.each([Role.ANALYST, Role.INVESTIGATOR, Role.SUPERVISOR, Role.ADMIN])(
    'refuses %s with FORBIDDEN, writes nothing and leaves a DENIED record',
    async (role) => {
      const id = `MUT-P-${unique()}`;
      const before = await counts();
      const res = await send([person(id)], role);
      expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
      expect(res.data ?? null).toBeNull();
      expect(await counts()).toEqual(before);
      expect(res.audit).toMatchObject([{ outcome: 'DENIED', errorCodes: ['FORBIDDEN'], wrote: false, roles: [role] }]);
    },
  );

  it('rejects a call with one invalid record with BAD_USER_INPUT naming the record and field, and writes none of it', async () => {
    const ok1 = `MUT-P-${unique()}`;
    const ok2 = `MUT-P-${unique()}`;
    const before = await counts();
    const res = await send([person(ok1), person(ok2), person(`MUT-P-${unique()}`, { dateOfBirth: '1990-13-45' })]);
    expect(res.errors).toHaveLength(1);
    const error = res.errors![0]!;
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'records[2].dateOfBirth', problems: [{ index: 2, field: 'dateOfBirth' }] });
    expect(error.message).toMatch(/^records\[2\]\.dateOfBirth: .*nothing was written$/);
    expect(await counts()).toEqual(before);
    expect(res.audit).toMatchObject([
      { outcome: 'ERROR', errorCodes: ['BAD_USER_INPUT'], wrote: false, recordsRead: 3, recordsAccepted: 0, recordsRejected: 1 },
    ]);
  });

  it('rejects duplicate keys, references to nothing, too many records and none, naming the field', async () => {
    const id = `MUT-P-${unique()}`;
    const cases: Array<[Array<Record<string, unknown>>, string]> = [
      [[person(id), person(id, { firstName: 'Other' })], 'records[1].id'],
      [
        [{ type: 'association', fromPersonId: id, toPersonId: `MUT-NOBODY-${unique()}`, source: 'FIELD_INTERVIEW', since: '2024-01-01' }, person(id)],
        'records[0].toPersonId',
      ],
      [Array.from({ length: 1001 }, (_, i) => person(`${id}-${i}`)), 'records'],
      [[], 'records'],
      [[{ type: 'person', id }], 'records[0].firstName'],
    ];
    const before = await counts();
    for (const [records, field] of cases) {
      const res = await send(records);
      expect(res.errors?.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([['BAD_USER_INPUT', field]]);
      expect(res.audit).toMatchObject([{ outcome: 'ERROR', wrote: false }]);
    }
    expect(await counts()).toEqual(before);
  });

  it('treats Cypher-injection strings in record fields as data', async () => {
    const id = `MUT-P-${unique()}`;
    const evil = '"}) MATCH (n) DETACH DELETE n //';
    const before = await counts();
    const res = await send([person(id, { lastName: evil, address: "x') SET n.pwned = true //" })]);
    expect(res.errors).toBeUndefined();
    // The person and the call's (:Source).
    expect(await counts()).toEqual({ nodes: before.nodes + 2, relationships: before.relationships });
    const read = await app.gql(
      graphql(`
        query ImportMutationLastName($id: NonEmptyString!) {
          person(id: $id) {
            lastName
          }
        }
      `),
      { id },
      [Role.INVESTIGATOR],
    );
    expect(read.data!.person!.lastName).toBe(evil);
  });
});
