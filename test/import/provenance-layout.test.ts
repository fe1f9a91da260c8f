import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sourceIdsOf, withSourceIds } from '../../src/common/source-ids.js';
import { cypher } from '../../src/db/cypher.registry.js';
import type { Gateway } from '../../src/db/gateway.js';
import { recordWriteSource, upsertInTransaction, type UpsertBatch } from '../../src/import/import.data.js';
import { recordKey } from '../../src/import/record.references.js';
import { RECORD_TYPES, type GraphRecord } from '../../src/import/record.types.js';
import { newWriteSource, sourceParam, type WriteSource } from '../../src/import/write-source.js';
import { toWriteRow } from '../../src/import/write-row.js';
import { unique } from '../security/support.js';
import { testGateway } from '../support/app.js';
import { RUN, validRecords } from './fixtures.js';

/**
 * Provenance layouts (docs/import.md, "Provenance"): one source is stored inline as `sourceId`, a
 * second turns it into the `sourceIds` list; graphs written before hold `sourceIds` lists of one.
 * Whatever the layout, "who told us this" answers the same.
 */
const snapshot = cypher('import/record-snapshot');
const recordSources = cypher('provenance/record-sources');
const recordSourceCount = cypher('provenance/record-source-count');

type Props = Record<string, unknown>;
interface Snapshot {
  props: Props;
  links: Array<{ type: string; props: Props }>;
}

let gateway: Gateway;
beforeAll(() => {
  gateway = testGateway();
});
afterAll(() => gateway.close());

async function newSource(agencyOri: string | null): Promise<WriteSource> {
  const source = newWriteSource('IMPORT', agencyOri, 'provenance layout test', 'provenance layout test');
  await recordWriteSource(gateway, source, { operation: 'test' });
  return source;
}

const batchesOf = (records: GraphRecord[]): UpsertBatch[] =>
  RECORD_TYPES.flatMap((type) => {
    const rows = records.filter((r) => r.type === type).map(toWriteRow);
    return rows.length ? [{ type, rows }] : [];
  });

const send = (records: GraphRecord[], source: WriteSource) =>
  upsertInTransaction(gateway, 'test:layout', { sourceParam: sourceParam(source), batches: batchesOf(records) }, { operation: 'test' });

async function snap(label: string, key: string): Promise<Snapshot> {
  const [row] = await gateway.read<Snapshot>(snapshot, { label, key });
  return row!;
}

/** The sources the provenance API answers for a record: ids newest first, and the count. */
async function sourcesAnswer(type: string, key: string) {
  const rows = await gateway.read<{ id: string }>(recordSources, { type, key, afterSort: null, afterId: null, limit: 100 });
  const [count] = await gateway.read<{ total: number }>(recordSourceCount, { type, key });
  return { ids: rows.map((r) => r.id).sort(), total: count!.total };
}

describe('provenance layouts', () => {
  it('stores one source inline, turns it into a list at the second source, and answers the same either way', async () => {
    const records = validRecords(`PL${RUN}${unique()}`);
    const sale = records.find((r) => r.type === 'sale')!;
    const [a, b] = [await newSource(null), await newSource('NJ0040100')];

    await send(records, a);
    const one = await snap('Sale', recordKey(sale));
    expect(one.props.sourceId).toBe(a.id);
    expect(one.props.sourceIds).toBeUndefined();
    expect(one.links.length).toBe(3);
    for (const link of one.links) expect(link.props, link.type).toMatchObject({ sourceId: a.id });
    for (const link of one.links) expect(link.props.sourceIds, link.type).toBeUndefined();
    expect(await sourcesAnswer('sale', recordKey(sale))).toEqual({ ids: [a.id], total: 1 });

    // The same source again changes nothing; a second source makes the list (first source kept).
    await send([sale], a);
    expect((await snap('Sale', recordKey(sale))).props).toMatchObject({ sourceId: a.id });
    await send([sale], b);
    const two = await snap('Sale', recordKey(sale));
    expect(two.props.sourceIds).toEqual([a.id, b.id]);
    expect(two.props.sourceId).toBeUndefined();
    for (const link of two.links) expect(link.props.sourceIds, link.type).toEqual([a.id, b.id]);
    for (const link of two.links) expect(link.props.sourceId, link.type).toBeUndefined();
    expect(await sourcesAnswer('sale', recordKey(sale))).toEqual({ ids: [a.id, b.id].sort(), total: 2 });
    // Sent again by a known source: the list stays as it is.
    await send([sale], a);
    expect((await snap('Sale', recordKey(sale))).props.sourceIds).toEqual([a.id, b.id]);
  });

  it('reads and extends records written in the list layout before the compact one', async () => {
    const records = validRecords(`PO${RUN}${unique()}`);
    const sale = records.find((r) => r.type === 'sale')!;
    const [a, b] = [await newSource(null), await newSource('NJ0040200')];
    await send(records, a);
    // The graph as an earlier version wrote it: a list of one on the node and on its links.
    await gateway.write(
      {
        name: 'test/provenance-list-layout',
        text: `MATCH (n:Sale {id: $key}) SET n.sourceIds = [n.sourceId], n.sourceId = null
               WITH n MATCH (n)-[x]-() WHERE x.sourceId IS NOT NULL SET x.sourceIds = [x.sourceId], x.sourceId = null`,
      },
      { key: recordKey(sale) },
    );
    const old = await snap('Sale', recordKey(sale));
    expect(old.props.sourceIds).toEqual([a.id]);
    expect(await sourcesAnswer('sale', recordKey(sale))).toEqual({ ids: [a.id], total: 1 });

    await send([sale], a);
    expect((await snap('Sale', recordKey(sale))).props.sourceIds).toEqual([a.id]);
    await send([sale], b);
    const two = await snap('Sale', recordKey(sale));
    expect(two.props.sourceIds).toEqual([a.id, b.id]);
    for (const link of two.links) expect(link.props.sourceIds, link.type).toEqual([a.id, b.id]);
    expect(await sourcesAnswer('sale', recordKey(sale))).toEqual({ ids: [a.id, b.id].sort(), total: 2 });
  });

  it('shows readers one shape: sourceIds', () => {
    expect(withSourceIds({ id: 'x', sourceId: 's1' })).toEqual({ id: 'x', sourceIds: ['s1'] });
    expect(withSourceIds({ id: 'x', sourceIds: ['s1', 's2'] })).toEqual({ id: 'x', sourceIds: ['s1', 's2'] });
    expect(sourceIdsOf({ id: 'x' })).toEqual([]);
  });
});
