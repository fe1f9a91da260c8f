import os from 'node:os';
import path from 'node:path';
import { mkdtempSync } from 'node:fs';
import neo4j from 'neo4j-driver';
import { startLocalNeo4j, freePort } from '../neo4j/local-neo4j.js';

/**
 * Does a supervisor's decision wait behind a long import? Imports hold the decision epoch's shared lock
 * while a batch writes, a decision asks for it exclusively (src/import/decision-epoch.data.ts). If new
 * shared locks overtook a waiting exclusive one, two import batches in flight, each taking the lock as
 * the other releases it, could hold a decision off until the whole import ends. This asks Neo4j
 * Community itself, on a throwaway local Neo4j: two readers re-take the shared lock at once each time
 * they release it (held 1 s, half a second apart), and a writer asks for the exclusive lock at 0.7 s.
 * The writer gets it when the two holders then present have released, if the readers' new requests
 * queue behind it. `npx tsx bench/decision-epoch-locks.ts`; the timeline is printed
 * (bench/results/decision-epoch-locks-2026-12-07.md).
 */
const home = mkdtempSync(path.join(os.tmpdir(), 'lockexp-'));
const port = await freePort();
const db = await startLocalNeo4j({ home, port, password: 'lockexp-pass', heap: '512m', pagecache: '128m', log: () => {} });
const driver = neo4j.driver(db.uri, neo4j.auth.basic('neo4j', 'lockexp-pass'));
try {
  await driver.executeQuery("MERGE (e:DecisionEpoch {name: 'decisions'}) ON CREATE SET e.value = 0");
  const t0 = Date.now();
  const at = () => `${Date.now() - t0} ms`;
  const shared = async (who: string, holdMs: number) => {
    const s = driver.session();
    const tx = s.beginTransaction();
    await tx.run("MATCH (e:DecisionEpoch {name: 'decisions'}) CALL apoc.lock.read.nodes([e]) RETURN 1");
    console.log(`${at()} ${who} holds shared`);
    await new Promise((r) => setTimeout(r, holdMs));
    await tx.commit();
    await s.close();
    console.log(`${at()} ${who} released`);
  };
  // Two readers overlapping, each re-acquiring right after it releases, for 6 s.
  const reader = async (who: string, offset: number) => {
    await new Promise((r) => setTimeout(r, offset));
    while (Date.now() - t0 < 6000) await shared(who, 1000);
  };
  const writer = async () => {
    await new Promise((r) => setTimeout(r, 700));
    const s = driver.session();
    const tx = s.beginTransaction();
    console.log(`${at()} writer asks exclusive`);
    await tx.run("MATCH (e:DecisionEpoch {name: 'decisions'}) CALL apoc.lock.nodes([e]) RETURN 1");
    console.log(`${at()} writer holds exclusive`);
    await new Promise((r) => setTimeout(r, 300));
    await tx.commit();
    await s.close();
    console.log(`${at()} writer released`);
  };
  await Promise.all([reader('A', 0), reader('B', 500), writer()]);
} finally {
  await driver.close();
  await db.stop();
}
