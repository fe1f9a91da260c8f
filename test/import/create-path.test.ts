import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cypher } from '../../src/db/cypher.registry.js';
import type { Gateway, Row } from '../../src/db/gateway.js';
import { CREATE_TYPES, recordWriteSource, UPSERT, upsertInTransaction, type UpsertBatch } from '../../src/import/import.data.js';
import { recordKey } from '../../src/import/record.references.js';
import { RECORD_TYPES, type GraphRecord } from '../../src/import/record.types.js';
import { newWriteSource, sourceParam, type WriteSource } from '../../src/import/write-source.js';
import { addStatusRows, emptyStatusCounts } from '../../src/import/write-status.js';
import { toWriteRow } from '../../src/import/write-row.js';
import { unique } from '../security/support.js';
import { testGateway } from '../support/app.js';
import { RUN, validRecords } from './fixtures.js';

/**
 * Records new to the graph take a create-only statement (no old values to compare), the rest the
 * upsert (src/import/import.data.ts). The two must leave the same graph, with the same provenance,
 * and a record created concurrently by another writer must never become two nodes.
 */
const snapshot = cypher('import/record-snapshot');

const LABELS: Record<string, string> = {
  manufacturer: 'Manufacturer',
  agency: 'Agency',
  ffl: 'Ffl',
  person: 'Person',
  firearm: 'Firearm',
  scene: 'Scene',
  casing: 'Casing',
  sale: 'Sale',
  recovery: 'Recovery',
  trace: 'Trace',
  lead: 'Lead',
};

let gateway: Gateway;
beforeAll(() => {
  gateway = testGateway();
});
afterAll(() => gateway.close());

async function newSource(agencyOri: string | null): Promise<WriteSource> {
  const source = newWriteSource('IMPORT', agencyOri, 'create-path test', 'create-path test');
  await recordWriteSource(gateway, source, { operation: 'test' });
  return source;
}

const batchesOf = (records: GraphRecord[]): UpsertBatch[] =>
  RECORD_TYPES.flatMap((type) => {
    const rows = records.filter((r) => r.type === type).map(toWriteRow);
    return rows.length ? [{ type, rows }] : [];
  });

/** Every record through the upsert statements alone (what every write did before the create-only path). */
const upsertOnly = (records: GraphRecord[], source: WriteSource) =>
  gateway.writeInTransaction('test:upsert-only', async (run) => {
    for (const b of batchesOf(records)) await run(UPSERT[b.type], { rows: b.rows, source: sourceParam(source) });
  });

const statusOf = (rows: Row[][]) => rows.reduce((c, r) => addStatusRows(c, r), emptyStatusCounts());

/** A record's node and links with everything specific to one copy (its tag, agency, dealer, maker, source) replaced by placeholders. */
async function normalised(record: GraphRecord, names: Array<[string, string]>, source: WriteSource) {
  const key = recordKey(record);
  const [row] = await gateway.read<{ props: Record<string, unknown>; links: Array<Record<string, unknown>> }>(snapshot, { label: LABELS[record.type], key });
  let text = JSON.stringify(row);
  for (const [from, to] of [...names, [source.id, '<source>'] as [string, string]]) text = text.split(from).join(to);
  const parsed = JSON.parse(text) as { props: Record<string, unknown>; links: Array<Record<string, unknown>> };
  const order = (l: Record<string, unknown>) => `${String(l.type)}|${String(l.outgoing)}|${String(l.target)}`;
  return { props: parsed.props, links: parsed.links.sort((x, y) => order(x).localeCompare(order(y))) };
}

describe('the create-only path for new records', () => {
  it('writes every new record exactly as the upsert writes it: properties, links, provenance', async () => {
    const tagA = `CPA${RUN}${unique()}`;
    const tagB = `CPB${RUN}${unique()}`;
    const a = validRecords(tagA);
    const b = validRecords(tagB);
    // The agency, dealer and maker of each copy: written first (the upsert writes these types either way).
    const names = (records: GraphRecord[], tag: string): Array<[string, string]> => {
      const agency = records.find((r) => r.type === 'agency') as { ori: string };
      const ffl = records.find((r) => r.type === 'ffl') as { license: string };
      const maker = records.find((r) => r.type === 'manufacturer') as { name: string };
      return [
        [maker.name, '<maker>'],
        [tag, '<tag>'],
        [agency.ori, '<ori>'],
        [ffl.license, '<license>'],
      ];
    };
    const sourceA = await newSource((a.find((r) => r.type === 'agency') as { ori: string }).ori);
    const sourceB = await newSource((b.find((r) => r.type === 'agency') as { ori: string }).ori);

    const written = await upsertInTransaction(gateway, 'test:create-path', { sourceParam: sourceParam(sourceA), batches: batchesOf(a) }, { operation: 'test' });
    await upsertOnly(b, sourceB);

    expect(statusOf(written)).toEqual({ created: a.length, updated: 0, unchanged: 0, conflicted: 0 });
    const checked = a.filter((r) => (CREATE_TYPES as readonly string[]).includes(r.type));
    expect(new Set(checked.map((r) => r.type))).toEqual(new Set(CREATE_TYPES));
    for (const [i, record] of checked.entries()) {
      const other = b.filter((r) => (CREATE_TYPES as readonly string[]).includes(r.type))[i]!;
      const viaCreate = await normalised(record, names(a, tagA), sourceA);
      const viaUpsert = await normalised(other, names(b, tagB), sourceB);
      expect(viaCreate.links.length, `${record.type} has links or is a person`).toBeGreaterThanOrEqual(record.type === 'person' ? 0 : 1);
      expect({ type: record.type, ...viaCreate }).toEqual({ type: record.type, ...viaUpsert });
    }

    // Sent again by the same source: compared by the upsert, nothing changes.
    const again = await upsertInTransaction(gateway, 'test:create-path', { sourceParam: sourceParam(sourceA), batches: batchesOf(a) }, { operation: 'test' });
    expect(statusOf(again)).toEqual({ created: 0, updated: 0, unchanged: a.length, conflicted: 0 });
  });

  it('creates a key sent twice in one batch once, then compares the second copy; a mixed batch reports both', async () => {
    const tag = `CPD${RUN}${unique()}`;
    const people = validRecords(tag).filter((r) => r.type === 'person');
    const source = await newSource(null);
    const [p1, p2] = people as [GraphRecord, GraphRecord];
    const first = await upsertInTransaction(gateway, 'test:twice', { sourceParam: sourceParam(source), batches: batchesOf([p1]) }, { operation: 'test' });
    expect(statusOf(first).created).toBe(1);
    // p1 exists (upsert: unchanged); p2 is new and sent twice (created, then unchanged).
    const rows = [toWriteRow(p1), toWriteRow(p2), toWriteRow(p2)];
    const mixed = await upsertInTransaction(
      gateway,
      'test:twice',
      { sourceParam: sourceParam(source), batches: [{ type: 'person', rows }] },
      { operation: 'test' },
    );
    expect(statusOf(mixed)).toEqual({ created: 1, updated: 0, unchanged: 2, conflicted: 0 });
    const [row] = await gateway.read<{ props: { sourceIds: string[] } }>(snapshot, { label: 'Person', key: recordKey(p2) });
    expect(row!.props.sourceIds).toEqual([source.id]);
  });

  it('keeps one node per key when two writers create the same new records at once, with both sources recorded', async () => {
    const tag = `CPR${RUN}${unique()}`;
    const people: GraphRecord[] = Array.from({ length: 300 }, (_, i) => ({
      type: 'person',
      id: `IMPTEST-${tag}-P${i}`,
      firstName: 'Race',
      lastName: `Writer${i}`,
      dateOfBirth: '1990-01-02',
      address: `${i} Race St`,
      city: 'Camden',
      state: 'NJ',
    })) as GraphRecord[];
    const [s1, s2] = [await newSource('NJ0040100'), await newSource('NJ0040200')];
    const send = (source: WriteSource) =>
      upsertInTransaction(gateway, 'test:race', { sourceParam: sourceParam(source), batches: batchesOf(people) }, { operation: 'test' });
    const [r1, r2] = await Promise.all([send(s1), send(s2)]);
    const total = emptyStatusCounts();
    for (const c of [statusOf(r1), statusOf(r2)]) for (const k of Object.keys(total) as Array<keyof typeof total>) total[k] += c[k];
    // Same values from both: each person created once, found unchanged by the other writer.
    expect(total).toEqual({ created: 300, updated: 0, unchanged: 300, conflicted: 0 });
    for (const p of [people[0]!, people[299]!]) {
      const rows = await gateway.read<{ props: { sourceIds: string[] } }>(snapshot, { label: 'Person', key: recordKey(p) });
      expect(rows).toHaveLength(1);
      expect([...rows[0]!.props.sourceIds].sort()).toEqual([s1.id, s2.id].sort());
    }
  });
});
