import { describe, expect, it } from 'vitest';
import { loadRiskConfig } from '../../../src/risk/risk-config.js';
import { demandLetter2Years, indicatorValues, type DealerRaw, type TraceYearRow } from '../../../src/risk/risk-indicators.compute.js';

const config = loadRiskConfig();
const year = (y: number, over: Partial<TraceYearRow> = {}): TraceYearRow => ({
  license: 'L',
  year: y,
  traces: 0,
  withTimeToCrime: 0,
  dealerRequests: 0,
  ttcUnder3y: 0,
  ttc3yOrLess: 0,
  ttcUnder1y: 0,
  withRecoveryState: 0,
  outOfState: 0,
  withPossessorAndPurchaser: 0,
  nonPurchaser: 0,
  obliterated: 0,
  unanswered: 0,
  dealerReached: 0,
  noRecord: 0,
  reportedLost: 0,
  lossAfterTrace: 0,
  lossDays: 0,
  repeatPurchaser: 0,
  repeatPurchaserIds: [],
  ...over,
});
const raw = (years: TraceYearRow[], over: Partial<DealerRaw> = {}): DealerRaw => ({
  license: 'L',
  name: null,
  state: 'GA',
  licenseType: '01',
  sales: 0,
  multipleSales: 0,
  stolenBeforeSale: 0,
  years,
  nibinLinkedGuns: 0,
  nibinMedianDays: null,
  ...over,
});
const value = (d: DealerRaw, key: string, span = 1) => indicatorValues(d, config, span).find((v) => v.key === key)!;

describe('ATF Demand Letter 2 years', () => {
  it('uses 25 traces with time-to-crime <= 3 years from 2018 and 10 before', () => {
    const years = [year(2016, { ttc3yOrLess: 10 }), year(2017, { ttc3yOrLess: 9 }), year(2018, { ttc3yOrLess: 24 }), year(2019, { ttc3yOrLess: 25 })];
    expect(demandLetter2Years(years, config)).toEqual([2016, 2019]);
  });
});

describe('dealer indicator values', () => {
  it('does not score a share without evidence (fewer traces than minTracesForShares); small counts are shrunk when scored', () => {
    const few = value(raw([year(2020, { withRecoveryState: config.thresholds.minTracesForShares - 1, outOfState: 0 })]), 'OUT_OF_STATE_SHARE');
    expect(few.value).toBeNull();
    expect(few.detail).toContain('not scored');
    const enough = value(raw([year(2020, { withRecoveryState: 8, outOfState: 2 })]), 'OUT_OF_STATE_SHARE');
    expect(enough.value).toBe(0.25);
  });

  it("names what each share's denominator counts, so the shrinkage's prior weight is worded in it (sales, traces, trace requests)", () => {
    const units = Object.fromEntries(
      indicatorValues(raw([year(2020, { traces: 4, withTimeToCrime: 4, dealerRequests: 4, dealerReached: 4 })]), config, 1)
        .filter((v) => v.whole !== undefined)
        .map((v) => [v.key, v.unit]),
    );
    expect(units).toMatchObject({
      MULTIPLE_SALE_SHARE: 'sales',
      UNANSWERED_TRACE_SHARE: 'trace requests',
      NO_RECORD_SHARE: 'traces',
      OUT_OF_STATE_SHARE: 'traced guns',
    });
    expect(Object.values(units)).not.toContain('records');
  });

  it('leaves time-to-crime counts and Demand Letter 2 unscored when no trace has a known time-to-crime (no sale on record), and counts 0 when some do', () => {
    const offBook = raw([year(2020, { traces: 12, noRecord: 12, dealerRequests: 12, dealerReached: 12 })]);
    for (const key of ['TTC_UNDER_3Y', 'TTC_UNDER_1Y', 'DEMAND_LETTER_2_YEARS']) {
      expect(value(offBook, key).value).toBeNull();
      expect(value(offBook, key).detail).toContain('not scored');
    }
    const recorded = raw([year(2020, { traces: 4, withTimeToCrime: 4 })]);
    for (const key of ['TTC_UNDER_3Y', 'TTC_UNDER_1Y', 'DEMAND_LETTER_2_YEARS']) expect(value(recorded, key).value).toBe(0);
    expect(value(raw([year(2020, { traces: 9, withTimeToCrime: 3, ttcUnder3y: 2, ttcUnder1y: 1 })]), 'TTC_UNDER_3Y').detail).toBe(
      '2 of 3 traces with a known time-to-crime under 1095 days',
    );
  });

  it('scores missing records from the dealer answers when a source records no dealer times (27 CFR 478.125), and leaves what it cannot know unscored', () => {
    // Twelve traces with no dealer times, nine answered NO_PURCHASER and three naming a purchaser.
    const noTimes = raw([year(2020, { traces: 12, dealerReached: 12, noRecord: 9, dealerRequests: 0, unanswered: 0 })]);
    expect(value(noTimes, 'NO_RECORD_TRACES').value).toBe(9);
    expect(value(noTimes, 'NO_RECORD_SHARE').value).toBe(0.75);
    expect(value(noTimes, 'NO_RECORD_SHARE').detail).toBe('9 of 12 traces that reached the dealer ended without a sale record or purchaser');
    // When the dealer was asked is unknown: how late it answered is unknown too, not zero.
    expect(value(noTimes, 'UNANSWERED_TRACE_REQUESTS').value).toBeNull();
    expect(value(noTimes, 'UNANSWERED_TRACE_SHARE').value).toBeNull();
    // Traces that show neither a dealer time nor a dealer's answer (all pending): nothing known either way.
    const pending = raw([year(2020, { traces: 4 })]);
    expect(value(pending, 'NO_RECORD_TRACES').value).toBeNull();
    expect(value(pending, 'NO_RECORD_TRACES').detail).toContain('not scored');
    // A dealer without traces has none of either: a true zero.
    expect(value(raw([]), 'NO_RECORD_TRACES').value).toBe(0);
    expect(value(raw([]), 'UNANSWERED_TRACE_REQUESTS').value).toBe(0);
  });

  it('spreads traces over the graph span, not the dealer own years', () => {
    expect(value(raw([year(2020, { traces: 12 })]), 'TRACES_PER_YEAR', 4).value).toBe(3);
  });

  it('has no traces-per-sales ratio without recorded sales', () => {
    expect(value(raw([year(2020, { traces: 3 })]), 'TRACES_PER_THOUSAND_SALES').value).toBeNull();
    expect(value(raw([year(2020, { traces: 3 })], { sales: 1500 }), 'TRACES_PER_THOUSAND_SALES').value).toBe(2);
  });

  it('returns one value per catalogued indicator', () => {
    const keys = indicatorValues(raw([]), config, 1).map((v) => v.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toContain('UNANSWERED_TRACE_SHARE');
  });
});

// 27 CFR 478.39a: a gun reported stolen or lost before the trace asked left the dealer by theft.
describe('traces of guns the dealer reported stolen or lost first', () => {
  it('leave the volume of crime guns (per year and per 1,000 sales), and the detail says how many', () => {
    const burgled = raw([year(2023, { traces: 2 }), year(2024, { traces: 8, reportedLost: 6 })], { sales: 500 });
    expect(value(burgled, 'TRACES_PER_YEAR', 2).value).toBe(2);
    expect(value(burgled, 'TRACES_PER_YEAR', 2).detail).toBe(
      '4 traces over 2 year(s) (2023: 2, 2024: 2); not counted: 6 traced gun(s) reported stolen or lost from inventory before the trace asked',
    );
    expect(value(burgled, 'TRACES_PER_THOUSAND_SALES').value).toBe(8);
    const unreported = raw([year(2023, { traces: 2 }), year(2024, { traces: 8 })], { sales: 500 });
    expect(value(unreported, 'TRACES_PER_YEAR', 2).value).toBe(5);
    expect(value(unreported, 'TRACES_PER_THOUSAND_SALES').value).toBe(20);
  });
});

// 27 CFR 478.39a: a licensee reports a loss within 48 hours of discovering it; one "discovered" when the trace asks is counted.
describe('losses the dealer reported only after the trace asked', () => {
  it('are counted over the missing records, summed over the years', () => {
    const covering = raw([
      year(2023, { traces: 4, dealerReached: 4, noRecord: 3, lossAfterTrace: 2 }),
      year(2024, { traces: 5, dealerReached: 5, noRecord: 4, lossAfterTrace: 3 }),
    ]);
    expect(value(covering, 'LOSSES_REPORTED_AFTER_TRACE').value).toBe(5);
    expect(value(covering, 'LOSSES_REPORTED_AFTER_TRACE').detail).toBe(
      '5 of 7 traced guns without a record were reported stolen or lost by the dealer only after the trace asked for them',
    );
  });

  it('are 0 for a dealer whose traces reached it with every loss reported first, and unknown when no trace shows it reached the dealer', () => {
    const burgled = raw([year(2024, { traces: 6, dealerReached: 6, noRecord: 0, reportedLost: 6 })]);
    expect(value(burgled, 'LOSSES_REPORTED_AFTER_TRACE').value).toBe(0);
    const noDealerTimes = raw([year(2024, { traces: 6, dealerReached: 0 })]);
    expect(value(noDealerTimes, 'LOSSES_REPORTED_AFTER_TRACE').value).toBeNull();
  });
});

// 27 CFR 478.39a: one burglary is one day; a licensee's losses on many different days are a pattern.
describe('a dealer that reports losses again and again', () => {
  const repeat = config.thresholds.repeatedLossIncidents!;
  const lossy = (lossDays: number) => raw([year(2024, { traces: 10, dealerReached: 10, noRecord: 2, reportedLost: 6, lossDays })], { sales: 500 });

  it('has its losses reported before the trace counted as missing records and as traces, from that many days on', () => {
    expect(repeat).toBeGreaterThanOrEqual(2);
    const d = lossy(repeat);
    expect(value(d, 'NO_RECORD_TRACES').value).toBe(8);
    expect(value(d, 'NO_RECORD_TRACES').detail).toBe(
      `8 of 10 traces that reached the dealer: no sale record of the gun, or no purchaser given; 6 of them reported stolen or lost before the trace asked, counted: the dealer reported losses on ${repeat} different days`,
    );
    expect(value(d, 'TRACES_PER_YEAR').value).toBe(10);
  });

  it('keeps them accounted for on fewer days (a burglary), or with the rule off', () => {
    const d = lossy(repeat - 1);
    expect(value(d, 'NO_RECORD_TRACES').value).toBe(2);
    expect(value(d, 'TRACES_PER_YEAR').value).toBe(4);
    const off = indicatorValues(lossy(repeat + 5), { ...config, thresholds: { ...config.thresholds, repeatedLossIncidents: 0 } }, 1);
    expect(off.find((v) => v.key === 'NO_RECORD_TRACES')!.value).toBe(2);
  });
});

// ATF, Following the Gun (2000): several crime guns traced to one purchaser mark a straw purchaser's counter.
describe('traces of purchasers with several crime guns from the dealer', () => {
  it('are counted and shared over the traces with a known time-to-crime, summed over the years', () => {
    const counter = raw([
      year(2023, { traces: 5, withTimeToCrime: 4, repeatPurchaser: 2, repeatPurchaserIds: ['P1'] }),
      year(2024, { traces: 7, withTimeToCrime: 6, repeatPurchaser: 3, repeatPurchaserIds: ['P1', 'P2'] }),
    ]);
    expect(value(counter, 'REPEAT_PURCHASER_TRACES').value).toBe(5);
    expect(value(counter, 'REPEAT_PURCHASER_SHARE').value).toBe(0.5);
    expect(value(counter, 'REPEAT_PURCHASER_SHARE').detail).toMatch(/^5 of 10 traces with a known time-to-crime/);
    expect(value(counter, 'REPEAT_PURCHASER_TRACES').detail).toMatch(/\(2 buyers\)$/);
  });

  it("are not counted when only one buyer came back (that buyer's pattern, not the counter's)", () => {
    const oneBuyer = raw([year(2024, { traces: 6, withTimeToCrime: 6, repeatPurchaser: 6, repeatPurchaserIds: ['P1'] })]);
    expect(value(oneBuyer, 'REPEAT_PURCHASER_TRACES').value).toBe(0);
    expect(value(oneBuyer, 'REPEAT_PURCHASER_SHARE').value).toBe(0);
    expect(value(oneBuyer, 'REPEAT_PURCHASER_TRACES').detail).toMatch(/6 of one buyer, not counted/);
    const three = { ...config, thresholds: { ...config.thresholds, minRepeatPurchasers: 3 } };
    const twoBuyers = raw([year(2024, { traces: 6, withTimeToCrime: 6, repeatPurchaser: 4, repeatPurchaserIds: ['P1', 'P2'] })]);
    const detail = indicatorValues(twoBuyers, three, 1).find((v) => v.key === 'REPEAT_PURCHASER_TRACES')!;
    expect(detail.value).toBe(0);
    expect(detail.detail).toMatch(/4 of 2 buyers, not counted: fewer than 3 different buyers/);
  });

  it('are unknown, not zero, when no trace has a known time-to-crime (no sale on record)', () => {
    const offBooks = raw([year(2024, { traces: 9, withTimeToCrime: 0, dealerReached: 9, noRecord: 9 })]);
    expect(value(offBooks, 'REPEAT_PURCHASER_TRACES').value).toBeNull();
    expect(value(offBooks, 'REPEAT_PURCHASER_SHARE').value).toBeNull();
    const clean = raw([year(2024, { traces: 3, withTimeToCrime: 3 })]);
    expect(value(clean, 'REPEAT_PURCHASER_TRACES').value).toBe(0);
  });
});

// 18 U.S.C. 922(j): a dealer reselling guns someone else had reported stolen.
describe('sales of guns already reported stolen', () => {
  it('are counted over the sales on record', () => {
    const fence = raw([], { sales: 90, stolenBeforeSale: 14 });
    expect(value(fence, 'SOLD_AFTER_THEFT_REPORT').value).toBe(14);
    expect(value(fence, 'SOLD_AFTER_THEFT_REPORT').detail).toBe('14 of 90 sales were of guns reported stolen or lost by someone else before the sale');
  });
});
