import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FFL_LICENSE_TYPES, FFL_MONTH_LETTERS, fflLicenseProblem, formatFflLicense, parseFflLicense } from '../../../src/common/ffl-license.js';
import { isStateCode, oriProblem } from '../../../src/common/ori.js';

describe('FFL license numbers (X-XX-XXX-XX-XY-XXXXX)', () => {
  it('accepts a well-formed number and reads its parts', () => {
    expect(fflLicenseProblem('1-23-456-01-2B-01234')).toBeNull();
    expect(parseFflLicense('1-23-456-01-2B-01234')).toMatchObject({ region: '1', licenseType: '01', expiresMonth: 2, sequence: '01234' });
  });

  it('refuses region 0, the month letter I and unknown license types', () => {
    expect(fflLicenseProblem('0-23-456-01-2B-01234')).not.toBeNull();
    expect(fflLicenseProblem('1-23-456-01-2I-01234')).not.toBeNull();
    expect(fflLicenseProblem('1-23-456-04-2B-01234')).toContain('license type 04');
  });

  it('formats and parses back (property)', () => {
    const parts = fc.record({
      region: fc.integer({ min: 1, max: 9 }).map(String),
      irsDistrict: fc.integer({ min: 0, max: 99 }).map((n) => String(n).padStart(2, '0')),
      countyFips: fc.integer({ min: 0, max: 999 }).map((n) => String(n).padStart(3, '0')),
      licenseType: fc.constantFrom(...FFL_LICENSE_TYPES),
      expiresYearDigit: fc.integer({ min: 0, max: 9 }).map(String),
      expiresMonth: fc.integer({ min: 1, max: FFL_MONTH_LETTERS.length }),
      sequence: fc.integer({ min: 0, max: 99999 }).map((n) => String(n).padStart(5, '0')),
    });
    fc.assert(
      fc.property(parts, (p) => {
        expect(parseFflLicense(formatFflLicense(p))).toEqual(p);
      }),
    );
  });
});

describe('ORIs and state codes', () => {
  it('accepts a state code followed by seven letters or digits', () => {
    expect(oriProblem('NY0303000')).toBeNull();
    expect(oriProblem('NY030300')).not.toBeNull();
    expect(oriProblem('XX0303000')).toContain('XX');
    expect(isStateCode('PR')).toBe(true);
    expect(isStateCode('ny')).toBe(false);
  });

  it('says an ORI valid in capitals must be written so, wherever it is read', () => {
    expect(oriProblem('nj0071700')).toBe('must be written in capitals (NJ0071700)');
    expect(oriProblem('Nj0071700')).toBe('must be written in capitals (NJ0071700)');
    // Wrong however written: the shape is described, not the capitals.
    expect(oriProblem('nj00717')).toMatch(/^expected 9 characters/);
    expect(oriProblem('xx0071700')).toMatch(/^expected 9 characters/);
  });
});
