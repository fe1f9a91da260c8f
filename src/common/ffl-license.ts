/**
 * The ATF Federal Firearms License number, `X-XX-XXX-XX-XY-XXXXX`:
 *  1. region (one digit, 1–9)
 *  2. IRS district (two digits)
 *  3. county FIPS code of the premises (three digits)
 *  4. license type (01, 02, 03, 06, 07, 08, 09, 10 or 11)
 *  5. expiration: last digit of the year + month letter A–M, where I is skipped (A = January … M = December)
 *  6. sequence number (five digits)
 * Sources: https://www.fastbound.com/ffl-blog/ffl-number and
 * https://www.atf.gov/resource-center/fact-sheet/fact-sheet-federal-firearms-and-explosives-licenses-types
 */
export const FFL_LICENSE_TYPE_CODES = {
  DEALER: '01',
  PAWNBROKER: '02',
  COLLECTOR: '03',
  AMMUNITION_MANUFACTURER: '06',
  MANUFACTURER: '07',
  IMPORTER: '08',
  DESTRUCTIVE_DEVICE_DEALER: '09',
  DESTRUCTIVE_DEVICE_MANUFACTURER: '10',
  DESTRUCTIVE_DEVICE_IMPORTER: '11',
} as const;
/** The codes in order (27 CFR 478.11: 04 and 05 do not exist). */
export const FFL_LICENSE_TYPES = Object.values(FFL_LICENSE_TYPE_CODES);
export type FflLicenseType = (typeof FFL_LICENSE_TYPE_CODES)[keyof typeof FFL_LICENSE_TYPE_CODES];

/** Month letters in order: I is never used (it reads as 1). */
export const FFL_MONTH_LETTERS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'J', 'K', 'L', 'M'] as const;

const FFL_PATTERN = /^([1-9])-(\d{2})-(\d{3})-(\d{2})-(\d)([A-HJ-M])-(\d{5})$/;

export interface FflLicenseParts {
  region: string;
  irsDistrict: string;
  countyFips: string;
  licenseType: FflLicenseType;
  expiresYearDigit: string;
  expiresMonth: number;
  sequence: string;
}

/** The reason a license number is invalid, or null when it is valid. */
export function fflLicenseProblem(license: string): string | null {
  const m = FFL_PATTERN.exec(license);
  if (!m) {
    return 'expected X-XX-XXX-XX-XY-XXXXX: region 1–9, IRS district, county FIPS, license type, year digit + month letter A–M (no I), 5-digit sequence';
  }
  if (!(FFL_LICENSE_TYPES as readonly string[]).includes(m[4]!)) {
    return `license type ${m[4]} is not one of ${FFL_LICENSE_TYPES.join(', ')}`;
  }
  return null;
}

export function parseFflLicense(license: string): FflLicenseParts | null {
  const m = FFL_PATTERN.exec(license);
  if (!m || fflLicenseProblem(license)) return null;
  return {
    region: m[1]!,
    irsDistrict: m[2]!,
    countyFips: m[3]!,
    licenseType: m[4] as FflLicenseType,
    expiresYearDigit: m[5]!,
    expiresMonth: (FFL_MONTH_LETTERS as readonly string[]).indexOf(m[6]!) + 1,
    sequence: m[7]!,
  };
}

export function formatFflLicense(p: Omit<FflLicenseParts, 'expiresMonth'> & { expiresMonth: number }): string {
  const letter = FFL_MONTH_LETTERS[p.expiresMonth - 1];
  return `${p.region}-${p.irsDistrict}-${p.countyFips}-${p.licenseType}-${p.expiresYearDigit}${letter}-${p.sequence}`;
}
