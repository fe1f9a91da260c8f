import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/core/role.js';
import { startTestApp, type TestApp } from '../support/app.js';

// An ORI no record names must not read as an agency that recovered, entered and traced nothing:
// the report, the brief and the agency metrics say NOT_FOUND on the argument, as `agency(ori:)` does.
let app: TestApp;
let known: string;
const UNKNOWN = 'NY9999999';

beforeAll(async () => {
  app = await startTestApp();
  const { records } = await app.gateway.driver.executeQuery(
    'MATCH (a:Agency) RETURN a.ori AS ori ORDER BY ori LIMIT 1',
    {},
    { database: app.config.NEO4J_DATABASE },
  );
  known = records[0]!.get('ori') as string;
}, 300_000);
afterAll(() => app.close());

const QUERIES: Array<[string, string, string]> = [
  ['agencyReport', 'query($o: String!) { agencyReport(ori: $o) { ori findings } }', 'ori'],
  ['dailyBrief', 'query($o: NonEmptyString!) { dailyBrief(agencyOri: $o) { agencyOri } }', 'agencyOri'],
  ['agencyMetrics', 'query($o: String!) { agencyMetrics(key: $o) { key } }', 'key'],
  ['agencyMetricsTrend', 'query($o: String!) { agencyMetricsTrend(scope: AGENCY, key: $o) { period } }', 'key'],
];

describe('questions about one agency, asked with an ORI no record names', () => {
  it.each(QUERIES)('%s is NOT_FOUND on the ORI argument', async (_name, query, field) => {
    const res = await app.gqlRaw(query, { o: UNKNOWN }, [Role.ANALYST]);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field });
    expect(res.errors?.[0]?.message).toContain(UNKNOWN);
  });

  it.each(QUERIES)('%s still answers for an agency on record', async (name, query) => {
    const res = await app.gqlRaw(query, { o: known }, [Role.ANALYST]);
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    expect(res.data?.[name]).toBeTruthy();
  });

  it('keeps state and national metrics, which name no agency, answering', async () => {
    const res = await app.gqlRaw('{ state: agencyMetrics(scope: STATE, key: "NY") { key } nation: agencyMetrics(scope: NATION) { key } }', {}, [Role.ANALYST]);
    expect(res.errors).toBeUndefined();
    expect(res.data?.state.key).toBe('NY');
  });
});
