import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Gateway } from '../../src/db/gateway.js';
import { importFile, type ImportSummary } from '../../src/import/importer.js';
import type { Rejection } from '../../src/import/reject.writer.js';
import { testGateway } from '../support/app.js';
import { tempDir, validRecords, writeNdjson } from './fixtures.js';

type Raw = Record<string, unknown>;

/**
 * One bad record per validation rule, each in a file with the valid records it needs: the
 * reject file must name the line, the field and the reason, and everything else commits.
 */
describe('import validation', () => {
  const manifest = inject('manifest');
  let gateway: Gateway;
  const base = validRecords('VAL') as unknown as Raw[];
  const byType = (t: string, i = 0) => base.filter((r) => r.type === t)[i]!;
  const cases: Array<{ name: string; record: Raw; field: string; reason: RegExp }> = [
    { name: 'FFL region digit 0', record: { ...byType('ffl'), license: '0-23-101-01-7C-11111' }, field: 'license', reason: /X-XX-XXX-XX-XY-XXXXX/ },
    {
      name: 'FFL license type 04',
      record: { ...byType('ffl'), license: '8-23-101-04-7C-11112', licenseType: '01' },
      field: 'license',
      reason: /license type 04/,
    },
    { name: 'FFL month letter I', record: { ...byType('ffl'), license: '8-23-101-01-7I-11113' }, field: 'license', reason: /month letter/ },
    {
      name: 'FFL licenseType differs from the number',
      record: { ...byType('ffl'), license: '8-23-101-02-7C-11114', licenseType: '01' },
      field: 'licenseType',
      reason: /does not match/,
    },
    {
      name: 'manufacturer country that is not two letters',
      record: { ...byType('manufacturer'), name: 'IMPTEST-VAL-M12', country: '12' },
      field: 'country',
      reason: /two-letter ISO 3166 country code/,
    },
    {
      name: 'manufacturer country in lower case',
      record: { ...byType('manufacturer'), name: 'IMPTEST-VAL-Mus', country: 'us' },
      field: 'country',
      reason: /must be written in capitals \(US\)/,
    },
    { name: 'ORI too short', record: { ...byType('agency'), ori: 'NJ07170' }, field: 'ori', reason: /9 characters/ },
    { name: 'ORI with an unknown state', record: { ...byType('agency'), ori: 'XX0071700' }, field: 'ori', reason: /not a US state/ },
    {
      name: 'date of birth in the future',
      record: { ...byType('person'), id: 'IMPTEST-VAL-PF', dateOfBirth: '2099-01-01' },
      field: 'dateOfBirth',
      reason: /in the future/,
    },
    {
      name: 'not a calendar date',
      record: { ...byType('person'), id: 'IMPTEST-VAL-PC', dateOfBirth: '2001-02-30' },
      field: 'dateOfBirth',
      reason: /not a calendar date/,
    },
    {
      name: 'scene time in the future',
      record: { ...byType('scene'), id: 'IMPTEST-VAL-SF', occurredAt: '2099-05-01T10:00:00Z' },
      field: 'occurredAt',
      reason: /in the future/,
    },
    {
      name: 'date-time without a zone',
      record: { ...byType('scene'), id: 'IMPTEST-VAL-SZ', occurredAt: '2025-05-01T10:00:00' },
      field: 'occurredAt',
      reason: /with a zone/,
    },
    { name: 'unknown caliber', record: { ...byType('firearm'), id: 'IMPTEST-VAL-FC', caliber: '9 mm' }, field: 'caliber', reason: /not a known caliber/ },
    { name: 'latitude out of range', record: { ...byType('scene'), id: 'IMPTEST-VAL-LAT', latitude: 91 }, field: 'latitude', reason: /between -90 and 90/ },
    {
      name: 'longitude out of range',
      record: { ...byType('ffl'), license: '8-23-101-01-7C-11115', longitude: -200 },
      field: 'longitude',
      reason: /between -180 and 180/,
    },
    {
      name: 'NIBIN entry before recovery',
      record: { ...byType('casing'), evidenceId: 'IMPTEST-VAL-EO', submittedToNibinAt: '2025-03-14T00:00:00Z' },
      field: 'submittedToNibinAt',
      reason: /before recoveredAt/,
    },
    {
      name: 'trace completed before requested',
      record: { ...byType('trace'), id: 'IMPTEST-VAL-TO', completedAt: '2025-04-01T00:00:00Z' },
      field: 'completedAt',
      reason: /before requestedAt/,
    },
    {
      name: 'dealer answered before asked',
      record: { ...byType('trace'), id: 'IMPTEST-VAL-TD', dealerRespondedAt: '2025-04-03T12:00:00Z' },
      field: 'dealerRespondedAt',
      reason: /before dealerRequestedAt/,
    },
    {
      name: 'lead reviewed before correlated',
      record: { ...byType('lead'), id: 'IMPTEST-VAL-LO', reviewedAt: '2025-04-01T00:00:00Z' },
      field: 'reviewedAt',
      reason: /before correlatedAt/,
    },
    { name: 'lead score above 100', record: { ...byType('lead'), id: 'IMPTEST-VAL-LS', score: 140 }, field: 'score', reason: /whole number from 0 to 100/ },
    {
      name: 'lead score on a 0–1 scale',
      record: { ...byType('lead'), id: 'IMPTEST-VAL-L1', score: 0.97 },
      field: 'score',
      reason: /0–1 score: multiply it by 100 \(97\)/,
    },
    {
      name: 'lead score on a 0–1 scale and a casing that exists nowhere',
      record: { ...byType('lead'), id: 'IMPTEST-VAL-LU', score: 0.8, casingA: 'IMPTEST-VAL-NOCASING' },
      field: 'score',
      reason: /multiply it by 100/,
    },
    {
      name: 'lead score with a fraction',
      record: { ...byType('lead'), id: 'IMPTEST-VAL-LF', score: 91.5 },
      field: 'score',
      reason: /whole number from 0 to 100/,
    },
    { name: 'unknown enum value', record: { ...byType('firearm'), id: 'IMPTEST-VAL-FK', kind: 'BAZOOKA' }, field: 'kind', reason: /one of PISTOL/ },
    { name: 'missing required field', record: { ...byType('sale'), id: 'IMPTEST-VAL-SM', soldOn: '' }, field: 'soldOn', reason: /required/ },
    { name: 'unknown record type', record: { type: 'gun', id: 'IMPTEST-VAL-X' }, field: 'type', reason: /must be one of/ },
    {
      name: 'reference to nothing',
      record: { ...byType('sale'), id: 'IMPTEST-VAL-SR', firearmId: 'IMPTEST-VAL-NOGUN' },
      field: 'firearmId',
      reason: /neither in the graph nor accepted/,
    },
    {
      name: 'reference to a rejected record',
      record: { ...byType('recovery'), id: 'IMPTEST-VAL-RR', firearmId: 'IMPTEST-VAL-FC' },
      field: 'firearmId',
      reason: /neither in the graph nor accepted/,
    },
    { name: 'duplicate key', record: { ...byType('person', 1) }, field: 'id', reason: /duplicate: the same key as line/ },
    {
      name: 'casing with neither scene nor test-fire',
      record: { ...byType('casing'), evidenceId: 'IMPTEST-VAL-EN', sceneId: null, firedFromFirearmId: null, firedFromConfirmedAt: null },
      field: 'sceneId',
      reason: /needs a scene/,
    },
    {
      name: 'theft report with no reporter',
      record: { ...byType('theft'), id: 'IMPTEST-VAL-TN', reportingAgencyOri: null },
      field: 'reportingAgencyOri',
      reason: /needs its reporter/,
    },
    {
      name: 'FFL theft without the licensee',
      record: { ...byType('theft'), id: 'IMPTEST-VAL-TF', kind: 'FFL_THEFT' },
      field: 'reportingFflLicense',
      reason: /required for kind FFL_THEFT/,
    },
    {
      name: 'theft reported before it happened',
      record: { ...byType('theft'), id: 'IMPTEST-VAL-TR', reportedAt: '2025-01-30T10:00:00Z' },
      field: 'reportedAt',
      reason: /before occurredOn/,
    },
    {
      name: 'theft of an unknown kind',
      record: { ...byType('theft'), id: 'IMPTEST-VAL-TK', kind: 'LOST_AT_SEA' },
      field: 'kind',
      reason: /one of RESIDENCE_BURGLARY/,
    },
  ];
  let summary: ImportSummary;
  let rejections: Rejection[];
  let lineOf: Map<string, number>;

  beforeAll(async () => {
    gateway = testGateway();
    const dir = tempDir();
    // A scene that points at a seeded agency: references resolve against the graph too.
    const seededOri = manifest.series[0]!.agencyOris[0]!;
    const extra: Raw = { ...byType('scene'), id: 'IMPTEST-VAL-SEEDED', agencyOri: seededOri };
    const lines: Array<Raw | string> = [...base, extra, ...cases.map((c) => c.record), '{not json'];
    lineOf = new Map(cases.map((c, i) => [c.name, base.length + 2 + i]));
    const file = writeNdjson(path.join(dir, 'validation.ndjson'), lines);
    summary = await importFile(gateway, file);
    rejections = readFileSync(summary.rejectFile!, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Rejection);
  });
  afterAll(() => gateway.close());

  it.each(cases.map((c) => [c.name, c] as const))('rejects %s with its line, field and reason', (_name, c) => {
    const line = lineOf.get(c.name)!;
    const mine = rejections.filter((r) => r.line === line);
    expect(mine.length, JSON.stringify(rejections.filter((r) => Math.abs(r.line - line) < 2))).toBeGreaterThan(0);
    expect(
      mine.some((r) => r.field === c.field && c.reason.test(r.reason)),
      JSON.stringify(mine),
    ).toBe(true);
  });

  it("lists a record's field and reference problems together, each line under the record's key", () => {
    const mine = rejections.filter((r) => r.line === lineOf.get('lead score on a 0–1 scale and a casing that exists nowhere'));
    expect(mine.map((r) => r.field).sort()).toEqual(['casingA', 'score']);
    expect(mine.every((r) => r.key === 'IMPTEST-VAL-LU' && r.type === 'lead')).toBe(true);
  });

  it('rejects a line that is not JSON', () => {
    const last = base.length + 2 + cases.length;
    expect(rejections.find((r) => r.line === last)).toMatchObject({ field: '(record)', reason: 'is not valid JSON' });
  });

  it('commits every good record (including one that refers to a seeded agency) and counts both', () => {
    expect(summary.records).toBe(base.length + 1 + cases.length + 1);
    expect(summary.rejected).toBe(cases.length + 1);
    expect(summary.accepted).toBe(base.length + 1);
    expect(summary.byType.scene).toEqual({ accepted: 3, rejected: 3 });
  });
});
