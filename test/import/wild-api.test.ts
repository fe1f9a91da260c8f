import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/core/role.js';
import { graphql } from '../generated/graphql/index.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { RUN, validRecords } from './fixtures.js';
import { ingest } from './import-api.js';

/**
 * importRecords fed the way a records system with its own conventions feeds it: strings for
 * numbers and booleans (accepted), and values that would be stored wrongly if accepted — a
 * misspelled field, a date-time past the month's end, text that was not UTF-8 — refused with
 * BAD_USER_INPUT naming the record and the field, nothing written.
 */
const WILD_FIREARM = graphql(`
  query WildApiFirearm($id: NonEmptyString!) {
    firearm(id: $id) {
      id
      serial
      serialObliterated
    }
  }
`);
const WILD_SCENE = graphql(`
  query WildApiScene($id: NonEmptyString!) {
    scene(id: $id) {
      id
      occurredAt
    }
  }
`);

type Raw = Record<string, unknown>;
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const set = (tag: string) => validRecords(`WILDAPI${tag}${RUN}`) as unknown as Raw[];
const parties = (records: Raw[]) => records.filter((r) => ['manufacturer', 'agency'].includes(String(r.type)));
const firearmOf = (records: Raw[]) => records.find((r) => r.type === 'firearm')!;
const sceneOf = (records: Raw[]) => records.find((r) => r.type === 'scene')!;
const readFirearm = async (id: unknown) => {
  const res = await app.gql(WILD_FIREARM, { id: String(id) }, [Role.ANALYST]);
  return res.errors ? null : res.data!.firearm;
};

describe('importRecords with values from the wild', () => {
  it('accepts booleans and numbers as strings (FALSE too) and spaces around ids, and reads them back', async () => {
    const records = set('OK');
    const firearm = { ...firearmOf(records), id: ` ${String(firearmOf(records).id)} `, serialObliterated: 'FALSE' };
    const scene = { ...sceneOf(records), latitude: '39.94', longitude: '-75.12' };
    const res = await ingest(app, [...parties(records), firearm, scene]);
    expect(res.errors).toBeUndefined();
    expect(await readFirearm(firearmOf(records).id)).toEqual({
      id: `Firearm:${String(firearmOf(records).id)}`,
      serial: firearmOf(records).serial,
      serialObliterated: false,
    });
  });

  it('refuses a field the type does not have, naming it and the field meant, and writes nothing', async () => {
    const records = set('UNKNOWN');
    const { serial, ...rest } = firearmOf(records);
    const res = await ingest(app, [...parties(records), { ...rest, serialNumber: serial }]);
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'records[2].serialNumber',
      problems: [{ index: 2, field: 'serialNumber', reason: expect.stringMatching(/^is not a field of firearm/) }],
    });
    expect(await readFirearm(rest.id)).toBeNull();
  });

  it('refuses a date-time past the end of its month instead of rolling it into the next', async () => {
    const records = set('FEB30');
    const scene = { ...sceneOf(records), occurredAt: '2025-02-30T23:40:00Z' };
    const res = await ingest(app, [...parties(records), scene]);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'records[2].occurredAt' });
    expect(res.errors?.[0]?.message).toMatch(/records\[2\]\.occurredAt: is not a calendar date/);
    const read = await app.gql(WILD_SCENE, { id: String(sceneOf(records).id) }, [Role.ANALYST]);
    expect(read.data?.scene ?? null).toBeNull();
  });

  it('refuses text holding U+FFFD (bytes that were not UTF-8) with the fix', async () => {
    const records = set('UTF8');
    const firearm = { ...firearmOf(records), make: 'Walther P\uFFFD' };
    const res = await ingest(app, [...parties(records), firearm]);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'records[2].make' });
    expect(res.errors?.[0]?.message).toMatch(/not UTF-8.*save or export it as UTF-8/);
  });
});
