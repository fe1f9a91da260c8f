import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/core/role.js';
import { importFile, type ImportSummary } from '../../src/import/importer.js';
import type { Rejection } from '../../src/import/reject.writer.js';
import { graphql } from '../generated/graphql/index.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { RUN, tempDir, validRecords } from './fixtures.js';

/**
 * NDJSON files as other agencies' systems write them: a Windows byte order mark and CRLFs, blank
 * lines, numbers and booleans as strings, spaces around ids, lines out of dependency order — and
 * lines that are wrong in the ways real exports are. Accepted records read back through the API;
 * every rejected one is named by line and field.
 */
const WILD_PERSON = graphql(`
  query WildNdjsonPerson($id: NonEmptyString!) {
    person(id: $id) {
      id
      firstName
      lastName
    }
  }
`);
const WILD_FIREARM = graphql(`
  query WildNdjsonFirearm($id: NonEmptyString!) {
    firearm(id: $id) {
      id
      serial
    }
  }
`);
const WILD_FFL = graphql(`
  query WildNdjsonFfl($license: NonEmptyString!) {
    ffl(license: $license) {
      license
      location {
        latitude
        longitude
      }
    }
  }
`);

type Raw = Record<string, unknown>;
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const readPerson = async (id: string) => {
  const res = await app.gql(WILD_PERSON, { id }, [Role.INVESTIGATOR]);
  return res.errors ? null : res.data!.person;
};
const readFirearm = async (id: string) => {
  const res = await app.gql(WILD_FIREARM, { id }, [Role.ANALYST]);
  return res.errors ? null : res.data!.firearm;
};
const rejectsOf = (file: string): Rejection[] =>
  existsSync(`${file}.rejects.ndjson`)
    ? readFileSync(`${file}.rejects.ndjson`, 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as Rejection)
    : [];

describe('an NDJSON file from a Windows system, in no particular order', () => {
  const records = validRecords(`WILDND${RUN}`) as unknown as Raw[];
  const of = (type: string, i = 0) => records.filter((r) => r.type === type)[i]!;
  const person = of('person');
  const ffl = of('ffl');
  const firearm = of('firearm');
  let file: string;
  beforeAll(() => {
    // Scenes first (they refer to the agency on a later line), CRLFs, blank lines, a BOM;
    // strings for numbers and booleans, spaces around ids, a type and the ORI a scene refers to.
    const { serial: _serial, ...noSerial } = firearm;
    const lines: Raw[] = [
      { ...of('scene'), agencyOri: ` ${String(of('scene').agencyOri)} `, latitude: '39.94' },
      ...records
        .filter((r) => r !== person && r !== ffl && r !== firearm && r.type !== 'scene' && r.type !== 'agency')
        .map((r) => (r === of('person', 1) ? { ...r, type: ' person ' } : r)),
      { ...of('scene', 1) },
      { ...of('agency'), nibinPartner: 'TRUE' },
      { ...ffl, latitude: '39.95', longitude: ' -75.16 ' },
      { ...person, id: `  ${String(person.id)}\t` },
      noSerial,
    ];
    file = path.join(tempDir(), 'wild.ndjson');
    writeFileSync(file, '\uFEFF' + lines.map((l) => JSON.stringify(l)).join('\r\n\r\n') + '\r\n\r\n');
  });

  it('accepts every record and reads them back as sent (ids trimmed, missing optional fields null)', async () => {
    const summary = await importFile(app.gateway, file);
    expect(rejectsOf(file)).toEqual([]);
    expect(summary).toMatchObject({ records: records.length, accepted: records.length, rejected: 0 });
    expect(await readPerson(String(person.id))).toEqual({ id: `Person:${String(person.id)}`, firstName: person.firstName, lastName: person.lastName });
    expect(await readFirearm(String(firearm.id))).toEqual({ id: `Firearm:${String(firearm.id)}`, serial: null });
    const res = await app.gql(WILD_FFL, { license: String(ffl.license) }, [Role.ANALYST]);
    expect(res.data?.ffl).toEqual({ license: ffl.license, location: { latitude: 39.95, longitude: -75.16 } });
  });

  it('changes nothing when the same file is imported again', async () => {
    const again = await importFile(app.gateway, file);
    expect(again.rejected).toBe(0);
    const total = Object.values(again.statuses).reduce((a, s) => ({ created: a.created + s!.created, unchanged: a.unchanged + s!.unchanged }), {
      created: 0,
      unchanged: 0,
    });
    expect(total).toEqual({ created: 0, unchanged: records.length });
  });

  it('reads the BOM the same way when validation runs in a worker thread', async () => {
    const copy = path.join(tempDir(), 'wild-workers.ndjson');
    copyFileSync(file, copy);
    expect(await importFile(app.gateway, copy, { validationWorkers: 1 })).toMatchObject({ accepted: records.length, rejected: 0 });
  });
});

describe('NDJSON lines that are wrong in the ways real exports are', () => {
  const base = validRecords(`WILDBAD${RUN}`) as unknown as Raw[];
  const of = (type: string) => base.find((r) => r.type === type)!;
  const pid = (n: string) => `WILDBAD-${RUN}-${n}`;
  const person = (n: string, extra: Raw = {}) => ({ ...of('person'), id: pid(n), ...extra });
  // [line content, field, reason]; the lines follow the valid base set.
  const bad: Array<[Raw | string, string, RegExp]> = [
    ['{"type": "person", "id": ', '(record)', /^is not valid JSON$/],
    ['[{"type": "person"}]', '(record)', /^is not a JSON object$/],
    [{ type: 'gun', id: pid('G') }, 'type', /^must be one of manufacturer,/],
    [
      { ...of('firearm'), id: pid('F1'), serial: undefined, serialNumber: 'SN-1' },
      'serialNumber',
      /^is not a field of firearm \(the fields of firearm are id, serial,/,
    ],
    [person('CASE', { firstName: undefined, FirstName: 'Ima' }), 'FirstName', /^is not a field of person \(did you mean firstName\?\)$/],
    [person('D1', { dateOfBirth: '1990-2-3' }), 'dateOfBirth', /^must be a date YYYY-MM-DD$/],
    [{ ...of('scene'), id: pid('S1'), occurredAt: '2025-02-30T10:00:00Z' }, 'occurredAt', /^is not a calendar date$/],
    [{ ...of('scene'), id: pid('S2'), occurredAt: '2025-03-01T10:00:00' }, 'occurredAt', /with a zone/],
    [{ ...of('agency'), ori: 'nj0071799' }, 'ori', /^must be written in capitals \(NJ0071799\)$/],
    [{ ...of('ffl'), license: '8-23-101-01-7c-99999' }, 'license', /^must be written in capitals \(8-23-101-01-7C-99999\)$/],
    [person('LONG', { address: 'x'.repeat(10_000) }), 'address', /^is longer than 500 characters$/],
    [person('NUM', { id: 12345 }), 'id', /as text: write it in quotes \("12345"\)$/],
    // JSON.parse keeps the last of two values silently; the record is refused, naming the field.
    [JSON.stringify(person('TWICE')).replace('{', '{"lastName":"Other",'), 'lastName', /^gives the field lastName twice; which value is meant/],
    [person('DUP', { firstName: 'First' }), '', /./],
    [person('DUP', { firstName: 'Second' }), 'id', /^duplicate: the same key as line/],
  ];
  let summary: ImportSummary;
  let rejects: Rejection[];
  const lineOf = (i: number) => base.length + 1 + i;
  beforeAll(async () => {
    const file = path.join(tempDir(), 'wild-bad.ndjson');
    writeFileSync(file, [...base, ...bad.map(([l]) => l)].map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n') + '\n');
    summary = await importFile(app.gateway, file);
    rejects = rejectsOf(file);
  });

  it.each(bad.map(([, field, reason], i) => [field, i, reason] as const).filter(([field]) => field))(
    'rejects %s (bad line %i) with its reason',
    (field, i, reason) => {
      const mine = rejects.filter((r) => r.line === lineOf(i));
      expect(
        mine.some((r) => r.field === field && reason.test(r.reason)),
        JSON.stringify(mine),
      ).toBe(true);
    },
  );

  it('commits everything else; the first of two lines with one id wins', async () => {
    expect(summary.accepted).toBe(base.length + 1);
    expect(summary.rejected).toBe(bad.length - 1);
    expect(await readPerson(pid('DUP'))).toMatchObject({ firstName: 'First' });
    // Not written with its serial dropped.
    expect(await readFirearm(pid('F1'))).toBeNull();
    expect(await readPerson(pid('CASE'))).toBeNull();
    expect(await readPerson(pid('TWICE'))).toBeNull();
  });
});
