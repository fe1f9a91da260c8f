import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSeedGeneration } from '../../seeds/generate.js';
import { tallyRecord } from '../../seeds/record-sink.js';
import { graphCounts, verifyBatch } from '../../seeds/verify.js';
import type { Gateway } from '../../src/db/gateway.js';
import { checkpointPath } from '../../src/import/import.checkpoint.js';
import { importFile, ImportInterrupted, type ImportProgress } from '../../src/import/importer.js';
import { RECORD_FIELDS } from '../../src/import/record.rules.js';
import { RECORD_TYPES, type GraphRecord, type RecordType } from '../../src/import/record.types.js';
import { testGateway } from '../support/app.js';
import { RUN, tempDir, validRecords, writeNdjson } from './fixtures.js';

type Counts = Record<string, number>;

/**
 * Data nodes and relationships; each run's own (:Source) node is provenance, counted by the tests
 * of provenance, and the outbox (:Event) announcing new leads is counted by the lead-cycle tests.
 */
async function counts(gateway: Gateway): Promise<Counts> {
  const [row] = await gateway.read<{ labels: Counts; relTypesCount: Counts }>(graphCounts);
  const { Source: _runs, Event: _outbox, EventCounter: _counter, ...labels } = row!.labels;
  return { ...labels, ...row!.relTypesCount };
}

function delta(after: Counts, before: Counts): Counts {
  const out: Counts = {};
  for (const k of new Set([...Object.keys(after), ...Object.keys(before)])) {
    const d = (after[k] ?? 0) - (before[k] ?? 0);
    if (d) out[k] = d;
  }
  return out;
}

async function expectInGraph(gateway: Gateway, records: GraphRecord[]) {
  for (const type of RECORD_TYPES) {
    const these = records.filter((r) => r.type === type);
    if (these.length) expect(await verifyBatch(gateway, type, these)).toEqual([]);
  }
}

function expectedDelta(records: GraphRecord[]): Counts {
  const c: Counts = {};
  for (const r of records) tallyRecord(r, c);
  return c;
}

/** Many records of every type: `groups` independent copies of the valid set. */
function manyRecords(tag: string, groups: number): GraphRecord[] {
  return Array.from({ length: groups }, (_, i) => validRecords(`${tag}${RUN}${i}`, i)).flat();
}

describe('import', () => {
  let gateway: Gateway;
  beforeAll(() => {
    gateway = testGateway();
  });
  afterAll(() => gateway.close());

  it('writes an NDJSON file exactly, and re-importing it changes nothing', async () => {
    const records = manyRecords('IDEM', 4);
    const file = writeNdjson(path.join(tempDir(), 'records.ndjson'), records as unknown as Record<string, unknown>[]);
    const before = await counts(gateway);
    const first = await importFile(gateway, file, { batchSize: 7 });
    expect(first).toMatchObject({ records: records.length, accepted: records.length, rejected: 0, rejectFile: null, interrupted: false });
    const afterFirst = await counts(gateway);
    expect(delta(afterFirst, before)).toEqual(expectedDelta(records));
    await expectInGraph(gateway, records);
    const second = await importFile(gateway, file, { batchSize: 7 });
    expect(second.accepted).toBe(records.length);
    expect(delta(await counts(gateway), afterFirst)).toEqual({});
    await expectInGraph(gateway, records);
  });

  it('writes the same graph and the same rejects when a file is validated in worker threads', async () => {
    // No people: person resolution's tests measure their blocks against everyone the suite writes.
    const personFree = new Set(['manufacturer', 'agency', 'ffl', 'firearm', 'scene']);
    const records = manyRecords('WORKERS', 3).filter((r) => personFree.has(r.type));
    const lines = [...records.map((r) => JSON.stringify(r)), JSON.stringify(records[2]), '{not json', '{"type":"firearm","id":"X"}'];
    const file = path.join(tempDir(), 'records.ndjson');
    writeFileSync(file, lines.join('\r\n'));
    const before = await counts(gateway);
    const first = await importFile(gateway, file, { batchSize: 5, validationWorkers: 2 });
    expect(first).toMatchObject({ records: records.length + 3, accepted: records.length, rejected: 3, interrupted: false });
    expect(delta(await counts(gateway), before)).toEqual(expectedDelta(records));
    await expectInGraph(gateway, records);
    const rejectsInWorkers = readFileSync(first.rejectFile!, 'utf8');
    // Validated on the importer's thread, the same file: the same rejects, line for line, and nothing new to write.
    const again = await importFile(gateway, file, { batchSize: 5, validationWorkers: 0 });
    expect(readFileSync(again.rejectFile!, 'utf8')).toBe(rejectsInWorkers);
    expect({ ...again.byType, statuses: Object.values(again.statuses).every((s) => s.created === 0) }).toEqual({ ...first.byType, statuses: true });
  });

  it('resumes an interrupted import to the same graph a clean import gives, without rewriting committed batches', async () => {
    const records = manyRecords('RESUME', 5);
    const file = writeNdjson(path.join(tempDir(), 'resume.ndjson'), records as unknown as Record<string, unknown>[]);
    const before = await counts(gateway);
    const err = await importFile(gateway, file, { batchSize: 4, stopAfterBatches: 3, concurrency: 1 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportInterrupted);
    expect((err as ImportInterrupted).summary.batches).toBe(3);
    expect(existsSync(checkpointPath(file))).toBe(true);
    const partial = delta(await counts(gateway), before);
    expect(Object.values(partial).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    expect(partial).not.toEqual(expectedDelta(records));

    const progress: ImportProgress[] = [];
    const resumed = await importFile(gateway, file, { batchSize: 4, concurrency: 1, onProgress: (p) => progress.push(p), progressEveryMs: 0 });
    expect(resumed).toMatchObject({ accepted: records.length, rejected: 0, interrupted: false });
    expect(resumed.resumedRecords).toBe(9);
    expect(existsSync(checkpointPath(file))).toBe(false);
    expect(delta(await counts(gateway), before)).toEqual(expectedDelta(records));
    await expectInGraph(gateway, records);
    expect(progress.at(-1)).toMatchObject({ phase: 'write', percent: 100, records: records.length, total: records.length });
  });

  it('resumes to the same graph when two writers were in flight at the stop', async () => {
    const records = manyRecords('RESUME2', 6);
    const file = writeNdjson(path.join(tempDir(), 'resume2.ndjson'), records as unknown as Record<string, unknown>[]);
    const before = await counts(gateway);
    const err = await importFile(gateway, file, { batchSize: 2, stopAfterBatches: 5, concurrency: 2 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportInterrupted);
    const checkpoint = JSON.parse(readFileSync(checkpointPath(file), 'utf8')) as { committedThroughLine: Record<string, number> };
    expect(Object.keys(checkpoint.committedThroughLine).length).toBeGreaterThan(0);
    const resumed = await importFile(gateway, file, { batchSize: 2, concurrency: 2 });
    expect(resumed.resumedRecords).toBeGreaterThan(0);
    expect(delta(await counts(gateway), before)).toEqual(expectedDelta(records));
    await expectInGraph(gateway, records);
  });

  it('ignores a checkpoint left by a different version of the file', async () => {
    const dir = tempDir();
    const records = manyRecords('CHG', 2);
    const file = writeNdjson(path.join(dir, 'changed.ndjson'), records as unknown as Record<string, unknown>[]);
    await importFile(gateway, file, { batchSize: 3, stopAfterBatches: 2 }).catch(() => undefined);
    const changed = records.map((r) => (r.type === 'manufacturer' ? { ...r, country: 'DE' } : r));
    writeNdjson(file, changed as unknown as Record<string, unknown>[]);
    const result = await importFile(gateway, file, { batchSize: 3 });
    expect(result.resumedRecords).toBe(0);
    await expectInGraph(gateway, changed);
  });

  it('imports one CSV file per record type, the type taken from the file name, with CSV line numbers in rejects', async () => {
    const dir = tempDir();
    const records = validRecords(`CSV${RUN}`);
    const plural: Partial<Record<RecordType, string>> = { person: 'people', agency: 'agencies', recovery: 'recoveries' };
    const before = await counts(gateway);
    for (const type of RECORD_TYPES) {
      const cols = RECORD_FIELDS[type];
      const rows = records.filter((r) => r.type === type).map((r) => cols.map((c) => csvCell((r as unknown as Record<string, unknown>)[c])).join(','));
      if (type === 'firearm')
        rows.push(
          cols
            .map((c) =>
              c === 'id'
                ? `IMPTEST-CSV${RUN}-BAD`
                : c === 'caliber'
                  ? '9 mm'
                  : csvCell((records.find((r) => r.type === 'firearm') as unknown as Record<string, unknown>)[c]),
            )
            .join(','),
        );
      const file = path.join(dir, `imptest-${plural[type] ?? `${type}s`}.csv`);
      writeFileSync(file, [cols.join(','), ...rows].join('\n') + '\n');
      const summary = await importFile(gateway, file);
      if (type === 'firearm') {
        expect(summary).toMatchObject({ accepted: 1, rejected: 1 });
        const reject = JSON.parse(readFileSync(summary.rejectFile!, 'utf8').trim());
        expect(reject).toMatchObject({ line: 3, type: 'firearm', key: `IMPTEST-CSV${RUN}-BAD`, field: 'caliber' });
      } else {
        expect(summary.rejected, type).toBe(0);
      }
    }
    expect(delta(await counts(gateway), before)).toEqual(expectedDelta(records));
    await expectInGraph(gateway, records);
  });

  it('accepts the generated seed as an import of the graph it came from, changing nothing', async () => {
    const records = [...createSeedGeneration('S', 42).batches()].flatMap((b) => b.records);
    const file = writeNdjson(path.join(tempDir(), 'seed-S-42.ndjson'), records as unknown as Record<string, unknown>[]);
    const before = await counts(gateway);
    const summary = await importFile(gateway, file);
    expect(summary).toMatchObject({ records: records.length, accepted: records.length, rejected: 0 });
    expect(delta(await counts(gateway), before)).toEqual({});
  });
});

function csvCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
