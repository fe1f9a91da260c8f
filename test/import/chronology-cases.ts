import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect } from 'vitest';
import type { Gateway } from '../../src/db/gateway.js';
import type { Rejection } from '../../src/import/reject.writer.js';
import { startTestApp, testGateway, type TestApp } from '../support/app.js';
import { validRecords } from './fixtures.js';
import type { Raw } from './import-api.js';

/*
 * What the chronology tests share (test/import/chronology.test.ts, chronology-corrections.test.ts): the
 * file's server, the fixture records to break the rules against, a bad record's expected problem, and
 * the reject file of a file import.
 */

/** The file's server (started before its tests, closed after them) and a gateway for file imports and reads. */
export function chronologyServer(): { app: TestApp; db: Gateway } {
  const server = {} as { app: TestApp; db: Gateway };
  beforeAll(async () => {
    server.app = await startTestApp();
    server.db = testGateway();
  });
  afterAll(async () => {
    await server.app?.close();
    await server.db?.close();
  });
  return server;
}

/** The fixture records of one tag, with more guns, people and dated records to break the rules against. */
export function chronologyRecords(tag: string) {
  const base = validRecords(tag) as unknown as Raw[];
  const id = (k: string) => `IMPTEST-${tag}-${k}`;
  const of = (t: string, i = 0) => base.filter((r) => r.type === t)[i]!;
  const gun = (k: string, kind = 'PISTOL') => ({ ...of('firearm'), id: id(k), kind, caliber: kind === 'RIFLE' ? '.22 LR' : '9mm Luger' });
  const person = (k: string, dateOfBirth: string) => ({ ...of('person'), id: id(k), dateOfBirth });
  const extra: Raw[] = [
    gun('FB'),
    gun('FC'),
    gun('FD'),
    gun('FE', 'RIFLE'),
    person('P3', '2005-06-01'),
    person('P4', '2008-03-01'),
    gun('FR', 'RIFLE'),
    { ...of('sale'), id: id('SR'), firearmId: id('FR'), purchaserId: id('P3'), soldOn: '2025-01-10' },
    { ...of('recovery'), id: id('RB'), firearmId: id('FB'), recoveredOn: '2025-01-10', sceneId: null, possessorId: null },
    {
      ...of('casing'),
      evidenceId: id('EV4'),
      recoveredAt: '2025-03-15T02:00:00Z',
      submittedToNibinAt: null,
      firedFromFirearmId: null,
      firedFromConfirmedAt: null,
    },
  ];
  return { base, extra, id, of, gun, person };
}

/**
 * The fixture recovery moved four days later (2025-04-02 to 2025-04-06) with the records depending on it
 * moved along: its test-fire, its trace (request, completion, a time-to-crime of 107 days) and the lead.
 */
export const recoveryMovedAlong = (of: (t: string, i?: number) => Raw): Raw[] => [
  { ...of('recovery'), recoveredOn: '2025-04-06' },
  { ...of('casing', 1), recoveredAt: '2025-04-06T11:00:00Z', submittedToNibinAt: '2025-04-06T15:30:00Z' },
  {
    ...of('trace'),
    requestedAt: '2025-04-06T20:00:00Z',
    completedAt: '2025-04-08T09:00:00Z',
    dealerRequestedAt: null,
    dealerRespondedAt: null,
    timeToCrimeDays: 107,
  },
  { ...of('lead'), correlatedAt: '2025-04-07T08:00:00Z' },
];

/** One bad record and the problem it must get: its field, and a reason matching `reason`. */
export interface RuleCase {
  name: string;
  record: Raw;
  field: string;
  reason: RegExp;
}

/** The record of `c` is rejected by `send` with its problem listed in the error's extensions. */
export async function expectRejected(c: RuleCase, send: (records: Raw[]) => Promise<{ errors?: ReadonlyArray<{ extensions?: Record<string, unknown> }> }>) {
  const res = await send([c.record]);
  const problems = (res.errors?.[0]?.extensions?.problems ?? []) as Array<{ field: string; reason: string }>;
  expect(
    problems.some((p) => p.field === c.field && c.reason.test(p.reason)),
    JSON.stringify(res.errors),
  ).toBe(true);
}

/** The lines of a file import's reject file. */
export const rejectsOf = (file: string): Rejection[] =>
  readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Rejection);
