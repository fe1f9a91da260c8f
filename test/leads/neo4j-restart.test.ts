import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, startLocalNeo4j, type LocalNeo4j } from '../../neo4j/local-neo4j.js';
import { Role } from '../../src/core/role.js';
import { migrate } from '../../src/db/migrate.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { graphql } from '../generated/graphql/index.js';
import type { TypedDocumentString } from '../generated/graphql/graphql.js';
import { asInput, nibinWorld } from './fixtures.js';
import { settle, Subscriber } from './ws-client.js';

/**
 * A live subscriber while Neo4j is killed (SIGKILL, right after a commit) and started again:
 * the service stays up, its outbox poller retries, and the subscriber, on the same connection,
 * receives every event exactly once and in order, including the one committed just before the
 * crash; a client reconnecting with its last event id gets exactly what followed.
 * A Neo4j of its own, because this file kills it.
 */
const password = 'restart-test-pw';
let home: string;
let port: number;
let neo4j: LocalNeo4j | undefined;
let app: TestApp;
const subscribers: Subscriber[] = [];
// A long transaction timeout: on a loaded machine Neo4j's own start-up transactions can take minutes.
const start = () => startLocalNeo4j({ home, port, password, heap: '512m', pagecache: '64m', txTimeoutMs: 600_000 });

beforeAll(async () => {
  home = mkdtempSync(path.join(os.tmpdir(), 'crimegun-restart-'));
  port = await freePort();
  neo4j = await start();
  app = await startTestApp({ NEO4J_TX_TIMEOUT_MS: '60000', REQUEST_TIMEOUT_MS: '90000' }, { uri: neo4j.uri, user: 'neo4j', password, database: 'neo4j' });
  await migrate(app.gateway);
});

afterAll(async () => {
  await Promise.all(subscribers.map((s) => s.close().catch(() => {})));
  await app?.close();
  await neo4j?.stop();
  rmSync(home, { recursive: true, force: true });
});

const EVENTS = 'subscription RestartEvents($lastEventId: ID) { leadEvents(lastEventId: $lastEventId) { id kind leadId status } }';

async function mutate<TResult, TVariables>(roles: Role[], document: TypedDocumentString<TResult, TVariables>, variables: TVariables) {
  const res = await app.gql(document, variables, roles);
  expect(res.errors, String(document)).toBeUndefined();
}

describe('Neo4j restarted under a live subscriber', () => {
  it('delivers every event exactly once, in order, across a crash and restart of Neo4j', { timeout: 600_000 }, async () => {
    const w = nibinWorld(`NR${Date.now().toString(36).toUpperCase()}`);
    await mutate(
      [Role.INGEST],
      graphql(`
        mutation RestartImport($r: [ImportRecordInput!]!) {
          importRecords(records: $r) {
            accepted
          }
        }
      `),
      { r: asInput(w.records) },
    );
    await mutate(
      [Role.INVESTIGATOR],
      graphql(`
        mutation RestartAddWatch($k: NonEmptyString!) {
          addWatch(kind: SERIES, key: $k) {
            id
          }
        }
      `),
      { k: w.id('C1') },
    );
    const live = new Subscriber(app.url, await app.token([Role.INVESTIGATOR]));
    subscribers.push(live);
    live.subscribe(EVENTS);
    await settle(2_000);
    await mutate(
      [Role.EXAMINER],
      graphql(`
        mutation RestartConfirm($id: NonEmptyString!) {
          confirmLead(leadId: $id) {
            id
          }
        }
      `),
      { id: w.id('LT4') },
    );
    await live.waitFor(1, 60_000);
    const first = live.events[0]!.id;

    // Committed, then Neo4j dies at once: the poller may or may not have read the event yet.
    await mutate(
      [Role.SUPERVISOR],
      graphql(`
        mutation RestartRefer($id: NonEmptyString!) {
          referLead(leadId: $id, assignee: "det-restart") {
            id
          }
        }
      `),
      { id: w.id('LT4') },
    );
    process.kill(neo4j!.pid, 'SIGKILL');
    neo4j = undefined;
    await settle(3_000);
    const down = await app.gql(
      graphql(`
        query RestartDown {
          lead(id: "x") {
            id
          }
        }
      `),
      {},
      [Role.EXAMINER],
    );
    expect(down.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');

    neo4j = await start();
    // The service reconnects by itself (the driver's pool); wait until it answers again.
    for (let i = 0; i < 120; i++) {
      const res = await app.gql(
        graphql(`
          query RestartLeadStatus($id: NonEmptyString!) {
            lead(id: $id) {
              status
            }
          }
        `),
        { id: w.id('LT4') },
        [Role.EXAMINER],
      );
      if (!res.errors) break;
      await settle(500);
    }
    await mutate(
      [Role.SUPERVISOR],
      graphql(`
        mutation RestartOutcome($id: NonEmptyString!) {
          recordLeadOutcome(leadId: $id, outcome: ARREST) {
            id
          }
        }
      `),
      { id: w.id('LT4') },
    );
    await live.waitFor(3, 120_000);
    await settle(2_000);
    expect(live.errored).toBeUndefined();
    expect(live.events.map((e) => e.kind)).toEqual(['HIT_CONFIRMED', 'LEAD_REFERRED', 'OUTCOME_RECORDED']);
    const ids = live.events.map((e) => Number(e.id));
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(new Set(ids).size).toBe(3);

    // A client that was away reconnects with its last event id: exactly what followed it.
    const back = new Subscriber(app.url, await app.token([Role.INVESTIGATOR]));
    subscribers.push(back);
    back.subscribe(EVENTS, { lastEventId: first });
    await back.waitFor(2, 60_000);
    await settle(1_500);
    expect(back.events.map((e) => e.id)).toEqual(live.events.slice(1).map((e) => e.id));
  });
});
