import { afterAll, describe, expect, inject, it } from 'vitest';
import { Role, type AuthUser } from '../../src/core/role.js';
import { mintToken } from '../../src/auth/token.js';
import { loadConfig } from '../../src/config/config.js';
import { freePort } from '../../neo4j/local-neo4j.js';
import { onRunNeo4j, spawnService, type SpawnedService } from '../support/spawn-service.js';
import { asInput, nibinWorld } from './fixtures.js';
import { LEAD_EVENTS, settle, Subscriber } from './ws-client.js';

/**
 * Two real service processes on one Neo4j: a subscriber on A receives what a write on B caused;
 * A is stopped, B writes on, A comes back, and the subscriber, reconnecting with its last event
 * id, receives exactly what it missed, in order, then new events live.
 */
const db = inject('neo4j');
const env = (port: number) => ({ ...onRunNeo4j(db, port), LOG_LEVEL: 'info', NEO4J_TX_TIMEOUT_MS: '60000', REQUEST_TIMEOUT_MS: '90000' });
const config = loadConfig({ NODE_ENV: 'development', NEO4J_URI: db.uri, NEO4J_PASSWORD: db.password });
const token = (roles: Role[], user: Partial<AuthUser>) => mintToken(config, { subject: 'tp-user', agencyOri: 'NY0303000', roles, ...user });
const running: SpawnedService[] = [];
const subscribers: Subscriber[] = [];

async function start(port: number): Promise<string> {
  const service = spawnService(env(port));
  running.push(service);
  await service.waitFor(/crimegun-graph ready/, 300_000);
  return `http://127.0.0.1:${port}/graphql`;
}

async function stop(service: SpawnedService) {
  service.child.kill('SIGTERM');
  await service.exited;
}

afterAll(async () => {
  await Promise.all(subscribers.map((s) => s.close().catch(() => {})));
  for (const s of running) if (s.child.exitCode === null) await stop(s);
});

async function post(url: string, roles: Role[], query: string, variables: Record<string, unknown>, user: Partial<AuthUser> = {}) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await token(roles, user)}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  expect(body.errors, query).toBeUndefined();
  return body.data!;
}

describe('outbox delivery across processes and restarts', () => {
  it('write on B, receive on A; A restarts; resume with the last event id', async () => {
    const RUN = Date.now().toString(36).toUpperCase();
    const w = nibinWorld(`TP${RUN}`);
    const [portA, portB, portA2] = [await freePort(), await freePort(), await freePort()];
    const urlA = await start(portA);
    const urlB = await start(portB);
    const serviceA = running[0]!;

    await post(urlB, [Role.INGEST], `mutation($r: [ImportRecordInput!]!) { importRecords(records: $r) { accepted } }`, { r: asInput(w.records) });
    const subject = `tp-${RUN}`;
    await post(urlB, [Role.INVESTIGATOR], `mutation($k: NonEmptyString!) { addWatch(kind: SERIES, key: $k) { id } }`, { k: w.id('C1') }, { subject });

    const onA = new Subscriber(urlA, await token([Role.INVESTIGATOR], { subject }));
    subscribers.push(onA);
    onA.subscribe(LEAD_EVENTS);
    await settle(2_000);
    await post(urlB, [Role.EXAMINER], `mutation($id: NonEmptyString!) { confirmLead(leadId: $id) { id } }`, { id: w.id('LT4') });
    await onA.waitFor(1, 60_000);
    expect(onA.events.map((e) => e.kind)).toEqual(['HIT_CONFIRMED']);
    const last = onA.events[0]!.id;

    // A goes down; B keeps writing.
    await stop(serviceA);
    await post(urlB, [Role.SUPERVISOR], `mutation($id: NonEmptyString!) { referLead(leadId: $id, assignee: "det-tp") { id } }`, { id: w.id('LT4') });

    const urlA2 = await start(portA2);
    const resumed = new Subscriber(urlA2, await token([Role.INVESTIGATOR], { subject }));
    subscribers.push(resumed);
    resumed.subscribe(LEAD_EVENTS, { lastEventId: last });
    await resumed.waitFor(1, 60_000);
    await post(urlB, [Role.SUPERVISOR], `mutation($id: NonEmptyString!) { recordLeadOutcome(leadId: $id, outcome: LINKED_TO_OPEN_CASE) { id } }`, {
      id: w.id('LT4'),
    });
    await resumed.waitFor(2, 60_000);
    await settle(2_000);
    expect(resumed.events.map((e) => e.kind)).toEqual(['LEAD_REFERRED', 'OUTCOME_RECORDED']);
    const ids = resumed.events.map((e) => Number(e.id));
    expect(ids[0]).toBeGreaterThan(Number(last));
    expect(ids[1]).toBeGreaterThan(ids[0]!);
  }, 600_000);
});
