/** USPS street-suffix and direction abbreviations (Publication 28), so one address written two ways is one key. */
const ABBREVIATIONS: Record<string, string> = {
  street: 'st',
  avenue: 'ave',
  road: 'rd',
  drive: 'dr',
  boulevard: 'blvd',
  lane: 'ln',
  court: 'ct',
  place: 'pl',
  terrace: 'ter',
  circle: 'cir',
  parkway: 'pkwy',
  highway: 'hwy',
  apartment: 'apt',
  suite: 'ste',
  north: 'n',
  south: 's',
  east: 'e',
  west: 'w',
};

/** A recorded residence as one comparable key (case, punctuation, spacing and suffix spelling ignored); null when it is no street address. */
export function residenceKey(residence: string | null | undefined): string | null {
  if (!residence) return null;
  const words = residence
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean)
    .map((w) => ABBREVIATIONS[w] ?? w);
  // A residence starts with a house number: placeholders (UNKNOWN, HOMELESS, GENERAL DELIVERY,
  // NO FIXED ADDRESS) are no household and would join strangers.
  return words.length >= 2 && /^\d/.test(words[0]!) ? words.join(' ') : null;
}
