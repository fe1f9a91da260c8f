/**
 * An FBI Originating Agency Identifier: the agency's two-letter state code followed by
 * seven letters or digits (9 characters, e.g. NY0303000 for the NYPD).
 */
export const US_STATE_CODES = [
  'AL',
  'AK',
  'AZ',
  'AR',
  'CA',
  'CO',
  'CT',
  'DE',
  'DC',
  'FL',
  'GA',
  'HI',
  'ID',
  'IL',
  'IN',
  'IA',
  'KS',
  'KY',
  'LA',
  'ME',
  'MD',
  'MA',
  'MI',
  'MN',
  'MS',
  'MO',
  'MT',
  'NE',
  'NV',
  'NH',
  'NJ',
  'NM',
  'NY',
  'NC',
  'ND',
  'OH',
  'OK',
  'OR',
  'PA',
  'PR',
  'RI',
  'SC',
  'SD',
  'TN',
  'TX',
  'UT',
  'VT',
  'VA',
  'WA',
  'WV',
  'WI',
  'WY',
  'GU',
  'VI',
] as const;

const ORI_PATTERN = /^([A-Z]{2})[A-Z0-9]{7}$/;

export function isStateCode(value: string): boolean {
  return (US_STATE_CODES as readonly string[]).includes(value);
}

/**
 * The state an ORI names: NCIC assigns every ORI under the state (or territory) where the agency is
 * located, federal agencies' offices included, so its first two letters are that state's code (an
 * agency record's `state` must be it: src/model/records/parties.record.ts).
 */
export const stateOfOri = (ori: string) => ori.slice(0, 2);

/** The reason an ORI is invalid, or null when it is valid. */
export function oriProblem(ori: string): string | null {
  const m = ORI_PATTERN.exec(ori);
  // The same hint wherever an ORI is read (an API argument, the CLI's --agency, a record field).
  if (!m && ori !== ori.toUpperCase() && oriProblem(ori.toUpperCase()) === null) return `must be written in capitals (${ori.toUpperCase()})`;
  if (!m) return 'expected 9 characters: a two-letter state code and 7 letters or digits (e.g. NY0303000)';
  if (!isStateCode(m[1]!)) return `${m[1]} is not a US state or territory code`;
  return null;
}
