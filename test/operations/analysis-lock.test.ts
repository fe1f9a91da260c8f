import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAnalysisExclusive } from '../../src/analysis/analysis.lock.js';
import { cypher } from '../../src/db/cypher.registry.js';
import type { Gateway } from '../../src/db/gateway.js';
import { testGateway } from '../support/app.js';
import { unique } from '../security/support.js';

const acquire = cypher('analysis/lock-acquire');
const release = cypher('analysis/lock-release');
let db: Gateway;
beforeAll(() => {
  db = testGateway();
});
afterAll(async () => {
  await db?.close();
});

const take = async (holder: string, leaseMs: number) =>
  (await db.write<{ acquired: boolean; holder: string }>(acquire, { name: 'analysis', holder, leaseMs }))[0]!;

describe('the analysis lock (single flight across processes)', () => {
  it('admits one of two concurrent runs; the other is told who holds it', { timeout: 600_000 }, async () => {
    const [a, b] = [`proc-a-${unique()}`, `proc-b-${unique()}`];
    const runs = await Promise.all([runAnalysisExclusive(db, () => {}, { holder: a }), runAnalysisExclusive(db, () => {}, { holder: b })]);
    const ran = runs.filter((r) => r.ran);
    const refused = runs.filter((r) => !r.ran);
    expect(ran).toHaveLength(1);
    expect(refused).toHaveLength(1);
    // The refused one names the winner.
    expect((refused[0] as { holder: string }).holder).toBe(runs[0]!.ran ? a : b);
    // Released after the run: the next one gets it.
    expect((await take(`proc-c-${unique()}`, 1_000)).acquired).toBe(true);
    await new Promise((r) => setTimeout(r, 1_200));
  });

  it('a holder that died frees the lock when its lease runs out', async () => {
    const ghost = `ghost-${unique()}`;
    const next = `next-${unique()}`;
    expect((await take(ghost, 1_500)).acquired).toBe(true);
    expect(await take(next, 1_000)).toMatchObject({ acquired: false, holder: ghost });
    await new Promise((r) => setTimeout(r, 1_700));
    expect(await take(next, 1_000)).toMatchObject({ acquired: true, holder: next });
    const now = new Date().toISOString();
    await db.write(release, { name: 'analysis', holder: next, startedAt: now, finishedAt: now, outcome: 'ok' });
    expect((await take(`after-${unique()}`, 1)).acquired).toBe(true);
    await new Promise((r) => setTimeout(r, 20));
  });
});
