import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4jDriver, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, startLocalNeo4j, type LocalNeo4j } from '../../neo4j/local-neo4j.js';
import { Role } from '../../src/core/role.js';
import { statementText } from '../../src/db/cypher.registry.js';
import { migrate } from '../../src/db/migrate.js';
import { dropSearchIndexes, searchIndexMigrations } from '../../src/import/search-indexes.data.js';
import { ImportInterrupted, importFile } from '../../src/import/importer.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { graphql } from '../generated/graphql/index.js';
import { tempDir, validRecords, writeNdjson } from './fixtures.js';

// A Neo4j of its own: a bulk load only builds the search indexes after its writes into an empty graph.
const password = 'bulk-index-test-pw';
let home: string;
let neo4j: LocalNeo4j;
let app: TestApp;
// The checks below read the schema and empty this throwaway graph directly (no service statement does either).
let driver: Driver;

const SEARCH = graphql(`
  query BulkLoadSearch($text: String!) {
    search(text: $text, first: 5) {
      totalCount
      edges {
        node {
          kind
          key
        }
      }
    }
  }
`);

beforeAll(async () => {
  home = mkdtempSync(path.join(os.tmpdir(), 'crimegun-bulk-index-'));
  neo4j = await startLocalNeo4j({ home, port: await freePort(), password, heap: '512m', pagecache: '64m' });
  app = await startTestApp({}, { uri: neo4j.uri, user: 'neo4j', password, database: 'neo4j' });
  await migrate(app.gateway);
  driver = neo4jDriver.driver(neo4j.uri, neo4jDriver.auth.basic('neo4j', password));
}, 180_000);

afterAll(async () => {
  await driver?.close();
  await app?.close();
  await neo4j?.stop();
  rmSync(home, { recursive: true, force: true });
});

const run = async (text: string) => (await driver.executeQuery(text, {}, { database: 'neo4j' })).records;
const fullTextIndexes = async () =>
  (await run('SHOW FULLTEXT INDEXES YIELD name, state RETURN name, state ORDER BY name')).map((r) => `${r.get('name')}:${r.get('state')}`);
const recordedVersions = async () => (await run('MATCH (m:SchemaMigration) RETURN m.version AS version')).map((r) => String(r.get('version')));
const emptyGraph = () => run('MATCH (n) WHERE NOT n:SchemaMigration DETACH DELETE n');
const file = (tag: string) => writeNdjson(path.join(tempDir(), `${tag}.ndjson`), validRecords(tag) as unknown as Array<Record<string, unknown>>);
const expected = () =>
  searchIndexMigrations()
    .map((m) => `${m.index}:ONLINE`)
    .sort();

describe('search indexes during a load into an empty graph', () => {
  it('knows the eight full-text indexes search reads, and counts every label they cover', () => {
    const migrations = searchIndexMigrations();
    expect(migrations.map((m) => m.index)).toContain('search_person');
    expect(migrations).toHaveLength(8);
    for (const m of migrations) expect(statementText('import/searched-records-count')).toContain(`(n:${m.label})`);
  });

  it('keeps them current for a small file (auto), even into an empty graph', async () => {
    const summary = await importFile(app.gateway, file('BULKA'));
    expect(summary.accepted).toBeGreaterThan(5);
    expect(summary.searchIndexMs).toBe(0);
    expect(await fullTextIndexes()).toEqual(expected());
  });

  it('builds them after the writes when asked, online again and finding what was loaded before the import returns', async () => {
    await emptyGraph();
    const summary = await importFile(app.gateway, file('BULKB'), { searchIndexes: 'defer' });
    expect(summary.searchIndexMs).toBeGreaterThan(0);
    expect(await fullTextIndexes()).toEqual(expected());
    expect(await recordedVersions()).toEqual(expect.arrayContaining(searchIndexMigrations().map((m) => m.version)));
    const res = await app.gql(SEARCH, { text: 'IMPTEST BULKB Guns' }, [Role.ANALYST]);
    expect(res.errors).toBeUndefined();
    expect(res.data!.search.edges.map((e) => e.node.kind)).toContain('FFL');
  });

  it('never drops them when the graph already holds records search can find', async () => {
    const summary = await importFile(app.gateway, file('BULKC'), { searchIndexes: 'defer' });
    expect(summary.searchIndexMs).toBe(0);
    expect(await fullTextIndexes()).toEqual(expected());
  });

  it('builds them again when the load stops half-way', async () => {
    await emptyGraph();
    await expect(importFile(app.gateway, file('BULKD'), { searchIndexes: 'defer', batchSize: 1, stopAfterBatches: 2 })).rejects.toBeInstanceOf(
      ImportInterrupted,
    );
    expect(await fullTextIndexes()).toEqual(expected());
  });

  it('answers a search while they are missing with SERVICE_UNAVAILABLE, and the next migration run builds them', async () => {
    await dropSearchIndexes(app.gateway);
    expect(await fullTextIndexes()).toEqual([]);
    const res = await app.gql(SEARCH, { text: 'IMPTEST' }, [Role.ANALYST]);
    expect(res.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(res.errors?.[0]?.message).toMatch(/search is being rebuilt/i);
    // What the next start of the service or importer does, were the loading process killed here.
    const migration = await migrate(app.gateway);
    expect(migration.applied.sort()).toEqual(
      searchIndexMigrations()
        .map((m) => m.version)
        .sort(),
    );
    expect(await fullTextIndexes()).toEqual(expected());
  });
});
