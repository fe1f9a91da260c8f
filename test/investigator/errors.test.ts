import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';
import { graphql } from '../generated/graphql/index.js';

let app: TestApp;
const manifest = inject('manifest');

beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

async function expectError(query: string, variables: Record<string, unknown>, code: string, field?: string) {
  const res = await app.gqlRaw(query, variables);
  expect(res.errors, JSON.stringify(res)).toBeDefined();
  const error = res.errors![0]!;
  expect(error.extensions?.code).toBe(code);
  if (field) expect(error.extensions?.field).toBe(field);
  expect(error.message.length).toBeGreaterThan(10);
  expect(JSON.stringify(error)).not.toMatch(/stack|MATCH |neo4j/i);
  return error;
}

describe('lookups: an unknown key is NOT_FOUND naming the argument; a malformed one is BAD_USER_INPUT', () => {
  it.each([
    ['casing', 'query($k: NonEmptyString!) { casing(evidenceId: $k) { evidenceId } }', 'evidenceId'],
    ['scene', 'query($k: NonEmptyString!) { scene(id: $k) { id: sceneId } }', 'id'],
    ['firearm', 'query($k: NonEmptyString!) { firearm(id: $k) { id: firearmId } }', 'id'],
    ['person', 'query($k: NonEmptyString!) { person(id: $k) { id: personId } }', 'id'],
    ['lead', 'query($k: NonEmptyString!) { lead(id: $k) { id: leadId } }', 'id'],
  ])('%s with an unknown id', async (_kind, query, field) => {
    const error = await expectError(query, { k: 'INVTEST-NO-SUCH-ID' }, 'NOT_FOUND', field);
    expect(error.message).toContain('INVTEST-NO-SUCH-ID');
  });

  it('ffl: unknown but well-formed license is NOT_FOUND, malformed is BAD_USER_INPUT', async () => {
    const q = 'query($k: NonEmptyString!) { ffl(license: $k) { license } }';
    await expectError(q, { k: '9-99-999-01-9A-99999' }, 'NOT_FOUND', 'license');
    await expectError(q, { k: '123-not-a-license' }, 'BAD_USER_INPUT', 'license');
  });

  it('agency: unknown but well-formed ORI is NOT_FOUND, malformed is BAD_USER_INPUT', async () => {
    const q = 'query($k: NonEmptyString!) { agency(ori: $k) { ori } }';
    await expectError(q, { k: 'NY9999999' }, 'NOT_FOUND', 'ori');
    await expectError(q, { k: 'nypd' }, 'BAD_USER_INPUT', 'ori');
  });

  it('firearmBySerial is a search: no match is an empty list, not an error', async () => {
    const res = await app.gql(
      graphql(`
        query Errors1 {
          firearmBySerial(serial: "INVTEST-NO-SERIAL") {
            id: firearmId
          }
        }
      `),
      {},
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.firearmBySerial).toEqual([]);
  });

  it('known keys resolve to their records', async () => {
    const ex = manifest.traceExamples[0]!;
    const series = manifest.series[0]!;
    const res = await app.gql(
      graphql(`
        query Errors2($lic: NonEmptyString!, $ori: NonEmptyString!, $pid: NonEmptyString!, $fid: NonEmptyString!, $ev: NonEmptyString!, $sid: NonEmptyString!) {
          ffl(license: $lic) {
            license
          }
          agency(ori: $ori) {
            ori
          }
          person(id: $pid) {
            id: personId
          }
          firearm(id: $fid) {
            id: firearmId
            serial
          }
          casing(evidenceId: $ev) {
            evidenceId
          }
          scene(id: $sid) {
            id: sceneId
          }
        }
      `),
      { lic: ex.dealerLicense, ori: series.agencyOris[0], pid: ex.purchaserId, fid: ex.firearmId, ev: series.casingIds[0], sid: series.sceneIds[0] },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.ffl!.license).toBe(ex.dealerLicense);
    expect(res.data!.agency!.ori).toBe(series.agencyOris[0]);
    expect(res.data!.person!.id).toBe(ex.purchaserId);
    expect(res.data!.firearm!.id).toBe(ex.firearmId);
    expect(res.data!.casing!.evidenceId).toBe(series.casingIds[0]);
    expect(res.data!.scene!.id).toBe(series.sceneIds[0]);
    const bySerial = await app.gql(
      graphql(`
        query Errors3($s: NonEmptyString!) {
          firearmBySerial(serial: $s) {
            id: firearmId
          }
        }
      `),
      {
        s: res.data!.firearm!.serial!,
      },
    );
    expect(bySerial.data!.firearmBySerial.map((f) => f.id)).toContain(ex.firearmId);
  });
});

describe('list arguments out of range are BAD_USER_INPUT naming the argument', () => {
  it.each([
    [-1, 'first'],
    [101, 'first'],
  ])('first: %i', async (first, field) => {
    await expectError('query($n: Int) { scenes(first: $n) { totalCount } }', { n: first }, 'BAD_USER_INPUT', field);
    await expectError('query($n: Int) { ffls(first: $n) { totalCount } }', { n: first }, 'BAD_USER_INPUT', field);
  });

  it('a nested list checks its page size too', async () => {
    await expectError(
      'query($k: NonEmptyString!) { ffl(license: $k) { sales(first: -5) { totalCount } } }',
      { k: manifest.traceExamples[0]!.dealerLicense },
      'BAD_USER_INPUT',
      'first',
    );
  });

  it.each([0, -3, 251, 10000])('radiusKm: %d', async (radiusKm) => {
    await expectError(
      'query($r: Float!) { scenes(filter: { near: { latitude: 40.7, longitude: -74.0, radiusKm: $r } }) { totalCount } }',
      { r: radiusKm },
      'BAD_USER_INPUT',
      'filter.near.radiusKm',
    );
  });

  it('a latitude outside −90…90 is refused by the Latitude scalar', async () => {
    const res = await app.gql(
      graphql(`
        query Errors4 {
          scenes(filter: { near: { latitude: 123, longitude: 0, radiusKm: 1 } }) {
            totalCount
          }
        }
      `),
      {},
    );
    expect(res.errors?.[0]?.extensions?.code).toMatch(/GRAPHQL_VALIDATION_FAILED|BAD_USER_INPUT/);
  });

  it('from after to', async () => {
    await expectError('{ scenes(filter: { from: "2025-02-01T00:00:00Z", to: "2025-01-01T00:00:00Z" }) { totalCount } }', {}, 'BAD_USER_INPUT', 'filter.to');
  });

  it('maxHops outside 1…10', async () => {
    const ev = manifest.series[0]!.casingIds[0];
    for (const maxHops of [0, 11]) {
      await expectError(
        'query($e: NonEmptyString!, $h: Int) { casing(evidenceId: $e) { linkedScenes(maxHops: $h) { distanceKm } } }',
        { e: ev, h: maxHops },
        'BAD_USER_INPUT',
        'maxHops',
      );
    }
  });

  it('a cursor that is not ours, or from another list', async () => {
    await expectError('{ scenes(after: "not-a-cursor") { totalCount } }', {}, 'BAD_USER_INPUT', 'after');
    const page = await app.gql(
      graphql(`
        query Errors5 {
          ffls(first: 1) {
            pageInfo {
              endCursor
            }
          }
        }
      `),
      {},
    );
    await expectError('query($a: String) { scenes(after: $a) { totalCount } }', { a: page.data!.ffls.pageInfo.endCursor }, 'BAD_USER_INPUT', 'after');
  });

  it('a malformed state filter', async () => {
    await expectError('{ ffls(filter: { state: "Jersey" }) { totalCount } }', {}, 'BAD_USER_INPUT', 'filter.state');
  });
});
