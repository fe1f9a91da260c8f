import { afterAll, beforeAll, expect } from 'vitest';
import { runAnalysis } from '../../src/analysis/analysis.job.js';
import { cypher } from '../../src/db/cypher.registry.js';
import { loadRiskConfig, type RiskConfig } from '../../src/risk/risk-config.js';
import { importRecords } from '../leads/fixtures.js';
import { Role } from '../../src/core/role.js';
import { startTestApp, type GqlResult, type TestApp } from '../support/app.js';
import { graphql } from '../generated/graphql/index.js';
import type { CaseReads1Query, CaseReads2Query } from '../generated/graphql/graphql.js';

/**
 * Every stored network and every flagged purchaser, read page by page as an analyst: test files
 * share a Neo4j and add their own cases, so the cases of one file may sit on any page.
 */
const NETWORKS = graphql(`
  query CaseReads1($after: String) {
    traffickingNetworks(first: 10, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          typology
          evidence
          members(first: 40) {
            edges {
              node {
                personId
                role
                evidence
              }
            }
          }
        }
      }
    }
  }
`);
const FLAGGED = graphql(`
  query CaseReads2($after: String) {
    flaggedPurchasers(first: 100, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          personId
          strawGuns
          evidence
        }
      }
    }
  }
`);

export type CaseNetwork = CaseReads1Query['traffickingNetworks']['edges'][number]['node'];
export type CaseFlag = CaseReads2Query['flaggedPurchasers']['edges'][number]['node'];

interface Page<T> {
  edges: Array<{ node: T }>;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/** Every node of a keyset-paged list, following endCursor until the last page. */
export async function allPages<T>(page: (after: string | null) => Promise<Page<T>>): Promise<T[]> {
  const out: T[] = [];
  let after: string | null = null;
  do {
    const list: Page<T> = await page(after);
    out.push(...list.edges.map((e) => e.node));
    after = list.pageInfo.hasNextPage ? list.pageInfo.endCursor! : null;
  } while (after);
  return out;
}

export const readAllNetworks = (app: TestApp): Promise<CaseNetwork[]> =>
  allPages(async (after) => {
    const res: GqlResult<CaseReads1Query> = await app.gql(NETWORKS, { after }, [Role.ANALYST]);
    expect(res.errors).toBeUndefined();
    return res.data!.traffickingNetworks;
  });

export const readAllFlags = (app: TestApp): Promise<CaseFlag[]> =>
  allPages(async (after) => {
    const res: GqlResult<CaseReads2Query> = await app.gql(FLAGGED, { after }, [Role.ANALYST]);
    expect(res.errors).toBeUndefined();
    return res.data!.flaggedPurchasers;
  });

/** The networks holding the person `personId`. */
export const networksHolding = (networks: CaseNetwork[], personId: string) => networks.filter((n) => n.members.edges.some((e) => e.node.personId === personId));

/** Imports a file's hand-written records (every one must be accepted), runs the analysis job and reads back every network. */
export async function analysedNetworks(app: TestApp, records: Array<Record<string, unknown>>): Promise<CaseNetwork[]> {
  expect(await importRecords(app, records)).toBe(records.length);
  await runAnalysis(app.gateway);
  return readAllNetworks(app);
}

/**
 * Registers a test file's hooks: one test app, its hand-written records imported and analysed once;
 * `networks()` gives every network read back. Afterwards the file's guns are removed
 * (`removeCaseGuns`), so later files see none of them.
 */
export function analysedCaseFile(records: Array<Record<string, unknown>>): { networks: () => CaseNetwork[] } {
  let app: TestApp;
  let networks: CaseNetwork[] = [];
  beforeAll(async () => {
    app = await startTestApp();
    networks = await analysedNetworks(app, records);
  }, 300_000);
  afterAll(() => closeAfterRemovingGuns(app, records));
  return { networks: () => networks };
}

/**
 * Registers a test file's hooks for hand-written cases read as an investigator would: one test
 * app, the records imported through the API (at most 1,000 a call, in order, so references are
 * already in the graph), the analysis job run once, every network and flagged purchaser read back
 * into the returned arrays; afterwards the file's guns are removed so later files see none of them.
 */
export function analysedCaseReads(records: Array<Record<string, unknown>>): { networks: CaseNetwork[]; flags: CaseFlag[] } {
  let app: TestApp;
  const read = { networks: [] as CaseNetwork[], flags: [] as CaseFlag[] };
  beforeAll(async () => {
    app = await startTestApp();
    let accepted = 0;
    for (let i = 0; i < records.length; i += 1_000) accepted += await importRecords(app, records.slice(i, i + 1_000));
    expect(accepted).toBe(records.length);
    await runAnalysis(app.gateway);
    const [networks, flags] = await Promise.all([readAllNetworks(app), readAllFlags(app)]);
    read.networks.push(...networks);
    read.flags.push(...flags);
  }, 300_000);
  afterAll(() => closeAfterRemovingGuns(app, records));
  return read;
}

/** The straw purchasers of a network, sorted. */
export const strawBuyersOf = (n: CaseNetwork) =>
  n.members.edges
    .filter((e) => e.node.role === 'STRAW_PURCHASER')
    .map((e) => e.node.personId)
    .sort();

/** A case analysed twice: with one network rule switched off, then as configured (with the job's log). */
export interface OffAndOn {
  off: CaseNetwork[];
  on: CaseNetwork[];
  log: string[];
}

/**
 * Imports a file's hand-written records (every one must be accepted), runs the analysis job with
 * `offSettings` over the configured network settings, reads every network, then runs it as
 * configured and reads them again.
 */
export async function analysedOffAndOn(app: TestApp, records: Array<Record<string, unknown>>, offSettings: Partial<RiskConfig['networks']>): Promise<OffAndOn> {
  // The API takes at most 1,000 records a call; in order, so a record's references are already in the graph.
  let accepted = 0;
  for (let i = 0; i < records.length; i += 1_000) accepted += await importRecords(app, records.slice(i, i + 1_000));
  expect(accepted).toBe(records.length);
  const config = loadRiskConfig();
  await runAnalysis(app.gateway, () => {}, { config: { ...config, networks: { ...config.networks, ...offSettings } } });
  const off = await readAllNetworks(app);
  const log: string[] = [];
  await runAnalysis(app.gateway, (m) => log.push(m));
  return { off, on: await readAllNetworks(app), log };
}

/**
 * Removes a case's guns (firearms, sales, recoveries, traces) when its file is done: many traced
 * crime guns would change the statistics other test files' cases are judged against (they share
 * the database: dealers' trace counts, the counter scan's chance rate, the levels measured on the
 * data). Its stores go too when no sale is left at them (with their risk results: a store counts in
 * every dealer rank and peer group). People stay; without guns they tie nobody.
 */
export async function removeCaseGuns(app: TestApp, records: Array<Record<string, unknown>>): Promise<void> {
  const idsOf = (type: string) => records.flatMap((r) => (r.type === type && typeof r.id === 'string' ? [r.id] : []));
  await app.gateway.write(
    cypher('test/remove-case-records'),
    {
      traceIds: idsOf('trace'),
      recoveryIds: idsOf('recovery'),
      saleIds: idsOf('sale'),
      firearmIds: idsOf('firearm'),
      fflLicenses: records.flatMap((r) => (r.type === 'ffl' && typeof r.license === 'string' ? [r.license] : [])),
    },
    { operation: 'test-cleanup' },
  );
}

/**
 * A test file's end: its guns removed (`removeCaseGuns`), then its app closed. The job's data-level
 * levels (repeat buyers, receivers, association records) are measured on whatever the shared
 * database holds, so guns a file leaves behind change what the files after it are judged against,
 * and the outcome would depend on the order vitest runs the files in.
 */
export async function closeAfterRemovingGuns(app: TestApp, records: Array<Record<string, unknown>>): Promise<void> {
  await removeCaseGuns(app, records);
  await app.close();
}

/**
 * A test file's case analysed off and on (`analysedOffAndOn`) once before its tests, on its own
 * app; its guns are removed and the app closed after them (`removeCaseGuns`). The result fills in
 * before the first test runs.
 */
export function offAndOnCase(records: Array<Record<string, unknown>>, offSettings: Partial<RiskConfig['networks']>): OffAndOn {
  const result: OffAndOn = { off: [], on: [], log: [] };
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
    Object.assign(result, await analysedOffAndOn(app, records, offSettings));
  }, 600_000);
  afterAll(() => closeAfterRemovingGuns(app, records));
  return result;
}
