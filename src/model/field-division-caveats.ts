/**
 * Where the field-division mapping (atf-field-divisions.ts) is known to misplace agencies or dealers,
 * so that every answer carrying a division says so instead of passing a wrong grouping off as ATF's.
 * Found by checking the mapping against archived atf.gov pages, ATF documents and press reports
 * (docs/metrics.md, "How far the mapping is verified"); no source gives the county lists that would
 * fix them, so the mapping itself is left as it is.
 */

/** States whose records the mapping may place in the wrong division. */
const STATE_CAVEATS: Readonly<Record<string, string>> = {
  IN:
    'Indiana is split between ATF field divisions (Columbus covers only part of it); this mapping gives all of Indiana to Columbus, ' +
    'so an Indiana agency or dealer may belong to another division.',
  TX:
    "Texas is split between the Dallas and Houston field divisions; ATF's Houston division holds 99 of Texas's 254 counties, " +
    'while this mapping gives Dallas only 18, so a Texas agency or dealer placed in Houston may belong to Dallas.',
};

/** Divisions whose totals include records of a misplaced state. */
const DIVISION_CAVEATS: Readonly<Record<string, string>> = {
  Columbus: `Includes every Indiana agency and dealer. ${STATE_CAVEATS.IN}`,
  Dallas: `Misses part of its Texas agencies and dealers. ${STATE_CAVEATS.TX}`,
  Houston: `Includes Texas agencies and dealers that belong to Dallas. ${STATE_CAVEATS.TX}`,
};

/**
 * The caveat on a division figure: for a record or a state, by its state (null when its state's
 * division is not known to be wrong); for a division as a whole, by the division's name.
 */
export function fieldDivisionCaveat(at: { state: string | null } | { division: string | null }): string | null {
  if ('state' in at) return at.state ? (STATE_CAVEATS[at.state.toUpperCase()] ?? null) : null;
  return at.division ? (DIVISION_CAVEATS[at.division] ?? null) : null;
}
