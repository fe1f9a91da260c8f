import { describe, expect, it } from 'vitest';
import { COUNTY_SPLITS, FIELD_DIVISION_NAMES, fieldDivisionOf } from '../../../src/model/atf-field-divisions.js';
import { fieldDivisionCaveat } from '../../../src/model/field-division-caveats.js';

describe('fieldDivisionCaveat', () => {
  it('warns for the states the mapping is known to split wrongly, in any case, and for nothing else', () => {
    expect(fieldDivisionCaveat({ state: 'IN' })).toMatch(/Indiana .*Columbus/);
    expect(fieldDivisionCaveat({ state: 'tx' })).toMatch(/Texas .*Dallas.*Houston/);
    for (const state of ['OH', 'NY', 'FL', 'CA', 'IL', 'AR']) expect(fieldDivisionCaveat({ state })).toBeNull();
    expect(fieldDivisionCaveat({ state: null })).toBeNull();
  });

  it('warns for the divisions whose totals the wrong splits change, by the names the API uses', () => {
    for (const division of ['Columbus', 'Dallas', 'Houston']) {
      expect(FIELD_DIVISION_NAMES).toContain(division);
      expect(fieldDivisionCaveat({ division })).not.toBeNull();
    }
    for (const division of FIELD_DIVISION_NAMES.filter((d) => !['Columbus', 'Dallas', 'Houston'].includes(d))) {
      expect(fieldDivisionCaveat({ division })).toBeNull();
    }
    expect(fieldDivisionCaveat({ division: null })).toBeNull();
  });

  it('describes the mapping as it is: all of Indiana to Columbus, Texas split with 18 counties to Dallas', () => {
    // If the mapping is fixed (county lists from atf.gov), these fail and the caveats must go with it.
    expect(fieldDivisionOf('IN')).toBe('Columbus');
    expect(COUNTY_SPLITS.TX?.division).toBe('Dallas');
    expect(COUNTY_SPLITS.TX?.counties).toHaveLength(18);
    expect(fieldDivisionCaveat({ state: 'TX' })).toContain('only 18');
  });
});
