import { afterAll, describe, expect, it } from 'vitest';
import type { Statement } from '../../src/db/cypher.registry.js';
import { Gateway, type QueryMeta } from '../../src/db/gateway.js';
import { runWarmUpSearch } from '../../src/search/search.data.js';
import { WARM_UP_MAX_SEARCHES, warmUpPlans, warmUpSearch } from '../../src/search/search-warm-up.js';
import { SearchKind } from '../../src/search/search.type.js';
import { testStatement } from '../security/support.js';
import { testGateway } from '../support/app.js';

const aPersonCity = testStatement('a-person-city');

/** Every row the warm-up reads, to check what it searched and that no person's field came back. */
class RecordingGateway extends Gateway {
  readonly rows: Array<{ statement: string; row: Record<string, unknown> }> = [];
  constructor(private readonly inner: Gateway) {
    super(inner.driver, { database: 'neo4j', txTimeoutMs: 60_000 });
  }
  override async read<T = Record<string, unknown>>(statement: Statement, params: Record<string, unknown> = {}, meta: QueryMeta = {}): Promise<T[]> {
    const rows = await this.inner.read<T>(statement, params, meta);
    for (const row of rows) this.rows.push({ statement: statement.name, row: row as Record<string, unknown> });
    return rows;
  }
}

describe('search warm-up at start (against Neo4j)', () => {
  const gateway = testGateway();
  afterAll(() => gateway.close());

  it('searches the way search does for the time given, finds real hits, and reads no field of a person', async () => {
    const recording = new RecordingGateway(gateway);
    const said: string[] = [];
    const { searches, ms } = await warmUpSearch(recording, 2, (m) => said.push(m));
    expect(searches).toBeGreaterThan(0);
    expect(searches).toBeLessThanOrEqual(WARM_UP_MAX_SEARCHES);
    expect(ms).toBeGreaterThanOrEqual(0);
    expect(said.at(-1)).toMatch(/^Search warmed up: \d+ searches/);
    const hits = recording.rows.filter((r) => r.statement === 'search/kind-hits');
    // Two statements per search (the kinds side by side), each a row per kind.
    expect(hits.length).toBeGreaterThanOrEqual(searches * 2);
    // The warm-up exercised matching and ranking, not only empty lookups, and no person's field came back.
    expect(hits.some((r) => Number(r.row.total) > 0)).toBe(true);
    const people = hits.filter((r) => r.row.kind === SearchKind.PERSON).flatMap((r) => r.row.hits as Array<{ caption: unknown[] }>);
    expect(people.every((h) => h.caption.length === 0)).toBe(true);
  });

  it('finds people by a text that names their city, yet reads none of their fields', async () => {
    const [{ city }] = (await gateway.read<{ city: string }>(aPersonCity)) as [{ city: string }];
    const recording = new RecordingGateway(gateway);
    await runWarmUpSearch(recording, warmUpPlans(city));
    const people = recording.rows.filter((r) => r.row.kind === SearchKind.PERSON);
    expect(people).toHaveLength(1);
    expect(Number(people[0]!.row.total)).toBeGreaterThan(0);
    const hits = people[0]!.row.hits as Array<{ key: string; caption: unknown[] }>;
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.caption.length === 0 && typeof h.key === 'string')).toBe(true);
  });

  it('does nothing when told 0 seconds', async () => {
    const recording = new RecordingGateway(gateway);
    expect(await warmUpSearch(recording, 0, () => {})).toEqual({ searches: 0, ms: 0 });
    expect(recording.rows).toEqual([]);
  });
});
