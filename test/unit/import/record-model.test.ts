import { describe, expect, it } from 'vitest';
import { validateRecord } from '../../../src/import/record.rules.js';
import { RECORD_FIELDS, RECORD_MODELS, RECORD_TYPES } from '../../../src/model/records/index.js';

const NOW = Date.parse('2026-01-01T00:00:00Z');
const good: Record<string, Record<string, unknown>> = {
  ffl: {
    type: 'ffl',
    license: '8-23-101-01-7C-11111',
    name: 'Shop',
    licenseType: '01',
    premisesAddress: '1 Main St',
    city: 'Camden',
    state: 'NJ',
    latitude: 39.9,
    longitude: -75.1,
  },
  lead: {
    type: 'lead',
    id: 'L-1',
    casingA: 'EV-1',
    casingB: 'EV-2',
    correlatedAt: '2025-03-01T10:00:00-05:00',
    score: '87',
    status: 'UNREVIEWED',
    reviewedAt: '',
  },
  trace: {
    type: 'trace',
    id: 'T-1',
    agencyOri: 'NJ0071700',
    recoveryId: 'R-1',
    requestedAt: '2025-03-01T10:00:00Z',
    completedAt: null,
    outcome: 'PENDING',
    dealerRequestedAt: null,
    dealerRespondedAt: null,
    timeToCrimeDays: null,
    resolvedDealerLicense: null,
    resolvedPurchaserId: null,
  },
};

/** The first problem the validator reports for `record` with `field` set to `value`. */
function problem(type: string, field: string, value: unknown) {
  return validateRecord({ ...good[type], [field]: value }, NOW).problems.find((p) => p.field === field)?.reason;
}

describe('record model (src/model/records)', () => {
  it('derives the write order and the CSV columns from one definition per type', () => {
    expect(RECORD_TYPES).toEqual(Object.keys(RECORD_MODELS));
    expect(RECORD_TYPES.indexOf('recovery')).toBeLessThan(RECORD_TYPES.indexOf('casing'));
    expect(RECORD_FIELDS.ffl).toEqual(['license', 'name', 'licenseType', 'premisesAddress', 'city', 'state', 'latitude', 'longitude']);
    for (const t of RECORD_TYPES) expect(RECORD_FIELDS[t].length).toBeGreaterThan(0);
  });

  it('accepts good records in their normal form (CSV text coerced, blanks null, instants in UTC)', () => {
    const lead = validateRecord(good.lead!, NOW);
    expect(lead.problems).toEqual([]);
    expect(lead.record).toEqual({ ...good.lead, score: 87, reviewedAt: null, correlatedAt: '2025-03-01T15:00:00.000Z' });
    expect(validateRecord(good.ffl!, NOW).problems).toEqual([]);
    expect(validateRecord(good.trace!, NOW).problems).toEqual([]);
  });

  it.each([
    ['ffl', 'name', '  ', 'is required'],
    ['ffl', 'name', 'x'.repeat(501), 'is longer than 500 characters'],
    ['ffl', 'name', 'Guns\u0000 and more', 'contains a control character'],
    ['ffl', 'premisesAddress', '1 Market\u001b[2J St', 'contains a control character'],
    ['ffl', 'license', '8-23-101-04-7C-11111', 'license type 04 is not one of'],
    ['ffl', 'licenseType', '04', 'must be one of 01, 02, 03'],
    ['ffl', 'licenseType', '02', 'does not match the type 01 inside the license number'],
    ['ffl', 'state', 'XX', 'must be a two-letter US state code'],
    ['ffl', 'state', 7, 'must be a two-letter US state code'],
    ['ffl', 'latitude', '91', 'must be between -90 and 90'],
    ['ffl', 'longitude', 'east', 'must be a number (decimal degrees)'],
    // Decimal notation only: Number() would read these as 26 and as infinite.
    ['ffl', 'latitude', '0x1A', 'must be a number (decimal degrees)'],
    ['ffl', 'longitude', '-Infinity', 'must be a number (decimal degrees)'],
    ['lead', 'score', '0x50', 'must be a whole number from 0 to 100'],
    ['trace', 'timeToCrimeDays', '0b101', 'must be a number'],
    ['lead', 'id', 'has space', 'must be 1–64 letters, digits'],
    ['lead', 'score', 0.97, 'looks like a 0–1 score: multiply it by 100 (97)'],
    ['lead', 'score', 101, 'must be a whole number from 0 to 100'],
    ['lead', 'score', '91.5', 'must be a whole number from 0 to 100'],
    ['lead', 'correlatedAt', '2025-03-01T10:00:00', 'with a zone'],
    ['lead', 'correlatedAt', '2025-03-01T24:00:00Z', 'is not a time of day'],
    ['lead', 'correlatedAt', '2025-03-01T10:60:00Z', 'is not a time of day'],
    ['lead', 'correlatedAt', '2025-03-01T10:00:00+14:30', 'has a UTC offset no zone uses'],
    ['lead', 'correlatedAt', '2025-03-01T10:00:00-12:30', 'has a UTC offset no zone uses'],
    ['lead', 'correlatedAt', '2025-03-01T10:00:00+05:20', 'has a UTC offset no zone uses'],
    ['lead', 'correlatedAt', '2027-03-01T10:00:00Z', 'is in the future'],
    ['lead', 'correlatedAt', '1899-03-01T10:00:00Z', 'is before 1900'],
    ['lead', 'casingB', 'EV-1', 'a lead correlates two different casings'],
    ['lead', 'reviewedAt', '2025-03-02T10:00:00Z', 'must be empty while the status is UNREVIEWED'],
    ['trace', 'timeToCrimeDays', '12.5', 'must be a whole number'],
    ['trace', 'timeToCrimeDays', -1, 'must be at least 0'],
    ['trace', 'completedAt', '2025-03-02T10:00:00Z', 'must be empty while the outcome is PENDING'],
  ])('%s.%s = %j: %s', (type, field, value, reason) => {
    expect(problem(type, field, value)).toContain(reason);
  });

  it('accepts every offset a zone uses, at both ends of the range', () => {
    for (const at of [
      '2025-03-01T10:00:00+14:00',
      '2025-03-01T10:00:00-12:00',
      '2025-03-01T10:00:00+05:45',
      '2025-03-01T10:00:00-09:30',
      '2025-03-01T23:59:59.999Z',
    ])
      expect(problem('lead', 'correlatedAt', at)).toBeUndefined();
  });

  it('reads numbers written as text in decimal notation, exponent included', () => {
    expect(problem('ffl', 'latitude', ' 39.95 ')).toBeUndefined();
    expect(problem('ffl', 'longitude', '-7.51e1')).toBeUndefined();
    expect(problem('lead', 'score', '+87')).toBeUndefined();
  });

  it('checks days: real, not in the future, not before 1900', () => {
    const person = { type: 'person', id: 'P-1', firstName: 'A', lastName: 'B', dateOfBirth: '1990-01-02', address: 'x', city: 'y', state: 'PA' };
    expect(validateRecord(person, NOW).problems).toEqual([]);
    expect(validateRecord({ ...person, dateOfBirth: '2001-02-30' }, NOW).problems).toEqual([{ field: 'dateOfBirth', reason: 'is not a calendar date' }]);
    expect(validateRecord({ ...person, dateOfBirth: '1990-13-45' }, NOW).problems).toEqual([{ field: 'dateOfBirth', reason: 'is not a calendar date' }]);
    expect(validateRecord({ ...person, dateOfBirth: '2026-01-02' }, NOW).problems).toEqual([{ field: 'dateOfBirth', reason: 'is in the future' }]);
    expect(validateRecord({ ...person, dateOfBirth: '1850-01-02' }, NOW).problems).toEqual([{ field: 'dateOfBirth', reason: 'is before 1900' }]);
  });

  it("checks an agency's state against its ORI (NCIC: an ORI begins with the code of the agency's state or territory)", () => {
    const agency = { type: 'agency', ori: 'NJ0071700', name: 'Camden Police', state: 'NJ', city: 'Camden', nibinPartner: true };
    expect(validateRecord(agency, NOW).problems).toEqual([]);
    expect(validateRecord({ ...agency, ori: 'NY0300000' }, NOW).problems).toEqual([{ field: 'state', reason: 'is NJ, but the ORI NY0300000 names NY' }]);
    for (const st of ['DC', 'PR', 'GU', 'VI']) expect(validateRecord({ ...agency, ori: `${st}0010000`, state: st }, NOW).problems).toEqual([]);
    // A bad ORI or state is reported on its own field, not again as a mismatch.
    expect(validateRecord({ ...agency, ori: 'NJ007' }, NOW).problems.map((p) => p.field)).toEqual(['ori']);
    expect(validateRecord({ ...agency, state: 'XX' }, NOW).problems.map((p) => p.field)).toEqual(['state']);
  });

  it('reports every bad field once and keeps the valid ones for the reference checks', () => {
    const v = validateRecord({ ...good.ffl, name: '', latitude: 'north', city: ' Camden ' }, NOW);
    expect(v.record).toBeNull();
    expect(v.problems.map((p) => p.field)).toEqual(['name', 'latitude']);
    expect(v.partial).toMatchObject({ type: 'ffl', license: good.ffl!.license, city: 'Camden' });
    expect(validateRecord({ type: 'gun' }).problems).toEqual([{ field: 'type', reason: expect.stringContaining('must be one of manufacturer') }]);
  });
});
