import { afterAll, describe, expect, inject, it } from 'vitest';
import { Role } from '../../src/core/role.js';
import { mintToken } from '../../src/auth/token.js';
import { loadConfig } from '../../src/config/config.js';
import { freePort } from '../../neo4j/local-neo4j.js';
import { onRunNeo4j, spawnService, type SpawnedService } from '../support/spawn-service.js';
import { testGateway } from '../support/app.js';
import { asInput, nibinWorld } from '../leads/fixtures.js';
import { sample, scrape } from './prometheus-text.js';
import { opsStatement } from './support.js';

/**
 * Two real service processes on one Neo4j behave as one service: both take writes, and the
 * analysis job each schedules after them runs one at a time across the two (the lock in the
 * database); the one that found it held runs after the other, never beside it.
 */
const db = inject('neo4j');
const runsSince = opsStatement('analysis-runs-since');
const config = loadConfig({ NODE_ENV: 'development', NEO4J_URI: db.uri, NEO4J_PASSWORD: db.password });
const running: SpawnedService[] = [];

afterAll(async () => {
  for (const s of running) {
    if (s.child.exitCode === null) {
      s.child.kill('SIGTERM');
      await s.exited;
    }
  }
});

async function start(port: number): Promise<string> {
  const service = spawnService({
    ...onRunNeo4j(db, port),
    ANALYSIS_AFTER_INGEST: 'true',
    ANALYSIS_AFTER_INGEST_MS: '300',
    ANALYSIS_TX_TIMEOUT_MS: '600000',
    LOG_LEVEL: 'info',
    NEO4J_TX_TIMEOUT_MS: '60000',
    REQUEST_TIMEOUT_MS: '90000',
  });
  running.push(service);
  await service.waitFor(/crimegun-graph ready/, 300_000);
  return `http://127.0.0.1:${port}`;
}

interface Run {
  holder: string;
  startedAt: string;
  finishedAt: string;
  outcome: string;
  heldLock: boolean;
}

describe('two service processes on one Neo4j', () => {
  it('run the analysis job single-flight: one waits for the other', { timeout: 900_000 }, async () => {
    const [a, b] = await Promise.all([freePort().then(start), freePort().then(start)]);
    const gateway = testGateway();
    try {
      const from = new Date().toISOString();
      const token = await mintToken(config, { subject: 'two-proc', agencyOri: 'NY0303000', roles: [Role.INGEST] });
      const tag = Date.now().toString(36).toUpperCase();
      // A write on each process at the same moment: each schedules an analysis run 300 ms later.
      const answers = await Promise.all(
        [a, b].map((base, i) =>
          fetch(`${base}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
            body: JSON.stringify({
              query: 'mutation TwoProc($r: [ImportRecordInput!]!) { importRecords(records: $r) { accepted } }',
              variables: { r: asInput(nibinWorld(`TW${tag}${i}`).records) },
            }),
          }).then((r) => r.json() as Promise<{ errors?: unknown }>),
        ),
      );
      for (const answer of answers) expect(answer.errors).toBeUndefined();

      let runs: Run[] = [];
      const deadline = Date.now() + 600_000;
      while (Date.now() < deadline) {
        runs = await gateway.read<Run>(runsSince, { from });
        if (new Set(runs.map((r) => r.holder)).size >= 2) break;
        await new Promise((r) => setTimeout(r, 1_000));
      }
      // Each process ran once, each holding the lock, one after the other.
      expect(new Set(runs.map((r) => r.holder)).size).toBe(2);
      for (const r of runs) expect(r).toMatchObject({ outcome: 'ok', heldLock: true });
      for (let i = 1; i < runs.length; i++) expect(Date.parse(runs[i]!.startedAt)).toBeGreaterThanOrEqual(Date.parse(runs[i - 1]!.finishedAt));

      // Each process's /metrics says so: two runs in all, and at least one found the lock held.
      const texts = await Promise.all([a, b].map(async (base) => (await scrape(base)).text));
      const total = (labels: Record<string, string>) => texts.reduce((n, t) => n + (sample(t, 'crimegun_analysis_runs_total', labels) || 0), 0);
      expect(total({ outcome: 'ok' })).toBe(2);
      expect(total({ outcome: 'busy' })).toBeGreaterThanOrEqual(1);
      for (const t of texts) expect(sample(t, 'crimegun_analysis_duration_seconds_count', { outcome: 'ok' })).toBe(1);
    } finally {
      await gateway.close();
    }
  });
});
