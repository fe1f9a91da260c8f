import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cypher } from '../../src/db/cypher.registry.js';
import { ImportInterrupted, importFile } from '../../src/import/importer.js';
import { unique } from '../security/support.js';
import { RUN, tempDir, writeNdjson } from './fixtures.js';
import { chronologyRecords, chronologyServer, recoveryMovedAlong, rejectsOf } from './chronology-cases.js';

/**
 * A file is written type by type, so a correction is checked before the file's later types are read
 * (docs/import.md, Chronology: "Checked from both ends"). A correction whose only problems are with the
 * stored records depending on it is held and checked again once the file's later types are written:
 * a scene moved past its casing's pick-up is written when a later line of the same file moves the
 * casing along, and still refused when no line does.
 */
const server = chronologyServer();

/** The scene's stored time, read back from the graph. */
const occurredAt = async (key: string) =>
  String((await server.db.read<{ props: { occurredAt: unknown } }>(cypher('import/record-snapshot'), { label: 'Scene', key }))[0]?.props.occurredAt);

describe('a correction checked again after the later types of the same file', () => {
  const fresh = () => {
    const tag = `CF${RUN}${unique()}`;
    const { base, of } = chronologyRecords(tag);
    // Scene SC1 happened 2025-03-14 23:40; its casing EV1 was picked up 2025-03-15 01:10 and entered 14:00.
    const scene = { ...of('scene'), occurredAt: '2025-03-15T02:00:00Z' };
    const casing = { ...of('casing'), recoveredAt: '2025-03-15T03:00:00Z' };
    return { base, of, scene, casing, dir: tempDir() };
  };

  it('writes a scene moved past its casing when a later line moves the casing along', async () => {
    const { base, of, scene, casing, dir } = fresh();
    expect((await importFile(server.db, writeNdjson(path.join(dir, 'base.ndjson'), base))).rejected).toBe(0);
    const summary = await importFile(server.db, writeNdjson(path.join(dir, 'both.ndjson'), [scene, casing]));
    expect(summary).toMatchObject({ accepted: 2, rejected: 0 });
    expect(summary.statuses.scene).toMatchObject({ updated: 1 });
    expect(new Date(await occurredAt(of('scene').id as string)).toISOString()).toBe('2025-03-15T02:00:00.000Z');
  });

  it('still refuses it when the file does not move the casing, naming the casing, and keeps the stored scene', async () => {
    const { base, of, scene, dir } = fresh();
    expect((await importFile(server.db, writeNdjson(path.join(dir, 'base.ndjson'), base))).rejected).toBe(0);
    // A later type is in the file (the casing, unchanged), so the scene is held and checked again.
    const summary = await importFile(server.db, writeNdjson(path.join(dir, 'scene.ndjson'), [scene, of('casing')]));
    expect(summary).toMatchObject({ accepted: 1, rejected: 1 });
    expect(rejectsOf(summary.rejectFile!)).toMatchObject([
      { line: 1, field: 'occurredAt', reason: expect.stringMatching(/after casing .*-EV1 was recovered at this scene/) },
    ]);
    expect(new Date(await occurredAt(of('scene').id as string)).toISOString()).toBe('2025-03-14T23:40:00.000Z');
  });

  it('writes a held line on the run that resumes an import stopped before it was checked again', async () => {
    const { base, of, scene, casing, dir } = fresh();
    expect((await importFile(server.db, writeNdjson(path.join(dir, 'base.ndjson'), base))).rejected).toBe(0);
    // Line 1 is held, line 2's batch commits past it, line 3 moves the casing; the run stops after that batch.
    const file = writeNdjson(path.join(dir, 'resumed.ndjson'), [scene, of('scene', 1), casing]);
    await expect(importFile(server.db, file, { batchSize: 1, concurrency: 1, stopAfterBatches: 2 })).rejects.toBeInstanceOf(ImportInterrupted);
    expect(new Date(await occurredAt(of('scene').id as string)).toISOString()).toBe('2025-03-14T23:40:00.000Z');
    // Resumed: the scene now passes its first check, and the checkpoint says the earlier run held it, not wrote it.
    const summary = await importFile(server.db, file, { batchSize: 1, concurrency: 1 });
    expect(summary.rejected).toBe(0);
    expect(new Date(await occurredAt(of('scene').id as string)).toISOString()).toBe('2025-03-15T02:00:00.000Z');
  });
});

/** A stored record's properties, read back from the graph. */
const stored = async (label: string, key: string) =>
  (await server.db.read<{ props: Record<string, unknown> }>(cypher('import/record-snapshot'), { label, key }))[0]?.props ?? {};

describe('records whose rules read each other, held and checked together', () => {
  // The fixture gun was first sold 2024-12-20 and recovered 2025-04-02; its trace says 103 days.
  const fresh = async () => {
    const { base, of } = chronologyRecords(`CP${RUN}${unique()}`);
    const dir = tempDir();
    expect((await importFile(server.db, writeNdjson(path.join(dir, 'base.ndjson'), base))).rejected).toBe(0);
    return { of, dir };
  };

  it("writes a sale's new date with its trace's new time-to-crime, sent in one file", async () => {
    const { of, dir } = await fresh();
    // Each alone breaks the other's rule: the sale against the stored figure, the trace against the stored date.
    const summary = await importFile(
      server.db,
      writeNdjson(path.join(dir, 'pair.ndjson'), [
        { ...of('sale'), soldOn: '2024-12-25' },
        { ...of('trace'), timeToCrimeDays: 98 },
      ]),
    );
    expect(summary).toMatchObject({ accepted: 2, rejected: 0 });
    expect(summary.statuses).toMatchObject({ sale: { updated: 1 }, trace: { updated: 1 } });
    expect(String((await stored('Sale', of('sale').id as string)).soldOn)).toBe('2024-12-25');
    expect(Number((await stored('Trace', of('trace').id as string)).timeToCrimeDays)).toBe(98);
  });

  it('refuses both, naming each field, when the new figure does not match the new date', async () => {
    const { of, dir } = await fresh();
    const summary = await importFile(
      server.db,
      writeNdjson(path.join(dir, 'pair.ndjson'), [
        { ...of('sale'), soldOn: '2024-12-25' },
        { ...of('trace'), timeToCrimeDays: 97 },
      ]),
    );
    expect(summary).toMatchObject({ accepted: 0, rejected: 2 });
    expect(rejectsOf(summary.rejectFile!)).toMatchObject([
      { line: 1, field: 'soldOn', reason: expect.stringMatching(/records a time-to-crime of 103/) },
      { line: 2, field: 'timeToCrimeDays', reason: expect.stringMatching(/is 97, but .* are 98 days apart/) },
    ]);
    expect(String((await stored('Sale', of('sale').id as string)).soldOn)).toBe('2024-12-20');
    expect(Number((await stored('Trace', of('trace').id as string)).timeToCrimeDays)).toBe(103);
  });

  it('writes a recovery moved with its trace when the trace moves its request and figure along', async () => {
    const { of, dir } = await fresh();
    const summary = await importFile(server.db, writeNdjson(path.join(dir, 'moved.ndjson'), recoveryMovedAlong(of)));
    expect(summary).toMatchObject({ accepted: 4, rejected: 0 });
    expect(String((await stored('Recovery', of('recovery').id as string)).recoveredOn)).toBe('2025-04-06');
    expect(Number((await stored('Trace', of('trace').id as string)).timeToCrimeDays)).toBe(107);
  });
});
