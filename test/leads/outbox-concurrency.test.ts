import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDriver, type Gateway } from '../../src/db/gateway.js';
import { appendEvents } from '../../src/event/event.data.js';
import { testGateway } from '../support/app.js';

/** The outbox numbers events from one counter; writers that append at the same moment must never share a number. */
describe('outbox under concurrent writers', () => {
  let gateway: Gateway;
  let leadId: string;
  beforeAll(async () => {
    gateway = testGateway();
    const db = inject('neo4j');
    const driver = createDriver(db.uri, db.user, db.password);
    const session = driver.session({ database: db.database });
    const result = await session.run('MATCH (l:Lead) RETURN l.id AS id ORDER BY l.id LIMIT 1');
    await session.close();
    await driver.close();
    leadId = result.records[0]!.get('id') as string;
  });
  afterAll(() => gateway.close());

  it('16 transactions appending at once all commit, with distinct sequence numbers', async () => {
    const at = new Date().toISOString();
    const event = { kind: 'LEAD_CREATED' as const, leadId, actor: null, actorAgencyOri: null, assignee: null };
    const results = await Promise.allSettled(
      Array.from({ length: 16 }, () => gateway.writeInTransaction('outbox-race', (run) => appendEvents(run, [event, event], at), { operation: 'outbox-race' })),
    );
    const failures = results.filter((r) => r.status === 'rejected');
    expect(failures).toEqual([]);
    const seqs = results.flatMap((r) => (r.status === 'fulfilled' ? r.value : []));
    expect(seqs).toHaveLength(32);
    expect(new Set(seqs).size).toBe(32);
  });
});
