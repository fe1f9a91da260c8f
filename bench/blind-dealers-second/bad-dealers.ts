/**
 * Bad dealers: conduct that ATF, the Justice Department and gun-violence researchers describe for
 * corrupt or negligent licensees. Each has an ordinary trade of its own (trade.ts) and, on top of
 * it, its own way of putting guns into the illegal market.
 */
import type { PersonRecord } from '../../src/import/record.types.js';
import { HOUR_MS, REF_DAY, workInstant, yearsBeforeRef } from './calendar.js';
import { type AnswerHabit, type Dealer, type Ledger, PROMPT } from './ledger.js';
import { type Shape, r2 } from './shape.js';
import { buyingTrip, crimeFate, lawfulTrade, ordinary, otherState, recoverAndTrace } from './trade.js';

/** Opens a dealer in a random state `years` before the reference day and runs its ordinary trade. */
function established(ledger: Ledger, years: number, perYear: number, habit: AnswerHabit): Dealer {
  const dealer = ledger.openDealer(ledger.rng.pick(ledger.atlas.states), yearsBeforeRef(years));
  lawfulTrade(ledger, dealer, ordinary(ledger, perYear, habit));
  return dealer;
}

/**
 * Knowingly sells to a ring of straw buyers who come back again and again and buy several handguns
 * per visit; the guns surface quickly, mostly in one distant state, in others' hands. Straw
 * purchasing is the most frequent trafficking channel in ATF's "Following the Gun" (2000) and in
 * NFCTA Vol. III (2024); short time-to-crime is ATF's trafficking indicator (Demand Letter 2: under 3 years).
 */
export const strawRingDealer: Shape = {
  name: 'straw-ring-dealer',
  bad: true,
  plant(ledger) {
    const rng = ledger.rng;
    const years = rng.between(3, 7);
    const perYear = rng.int(150, 600);
    const dealer = established(ledger, years, perYear, PROMPT);
    const ringStart = Math.max(dealer.opened + 30, yearsBeforeRef(rng.between(1, 3)));
    const destination = ledger.atlas.farState(rng, dealer.state);
    const buyers = rng.int(3, 8);
    const fate = { recoverShare: rng.between(0.35, 0.7), ttcMedianDays: rng.int(60, 300), ttcSigma: 0.8, linkShare: 0.25, sceneShare: 0.35, habit: PROMPT };
    const state = () => (rng.chance(0.8) ? destination : otherState(ledger, dealer.state));
    let ringGuns = 0;
    let recovered = 0;
    for (let b = 0; b < buyers; b++) {
      const buyer = ledger.person(dealer.state, ringStart, 21, 32);
      const trips = rng.int(2, 6);
      for (let t = 0; t < trips; t++) {
        const day = rng.int(ringStart, REF_DAY - 30);
        for (const s of buyingTrip(ledger, dealer, buyer, day, rng.int(2, 5), 0.9, rng.chance(0.5) ? 0 : 3)) {
          ringGuns++;
          if (crimeFate(ledger, dealer, s, { ...fate, state })) recovered++;
        }
      }
    }
    return {
      license: dealer.license,
      shape: this.name,
      bad: true,
      params: {
        years: r2(years),
        perYear,
        strawBuyers: buyers,
        ringGuns,
        recovered,
        recoverShare: r2(fate.recoverShare),
        ttcMedianDays: fate.ttcMedianDays,
        destination,
      },
    };
  },
};

/**
 * Sells guns off the books: no Form 4473 and no disposition in the A&D record (27 CFR 478.125(e)),
 * so a trace reaches the dealer through the distributor but finds no purchaser and no sale date.
 * Missing and unaccounted-for guns run through the Brady Center's "Trivial Violations?" (2006)
 * cases; failure to account for firearms is a revocation ground ATF cites.
 */
export const offBookSeller: Shape = {
  name: 'off-book-seller',
  bad: true,
  plant(ledger) {
    const rng = ledger.rng;
    const years = rng.between(3, 8);
    const perYear = rng.int(100, 400);
    const answer: AnswerHabit = (r) => r.between(2, 72);
    const dealer = established(ledger, years, perYear, answer);
    const windowYears = rng.between(1, Math.min(4, years));
    const offBookRecovered = rng.int(12, 45);
    const localShare = rng.between(0.4, 0.8);
    for (let i = 0; i < offBookRecovered; i++) {
      const gun = ledger.gun(rng.chance(0.8));
      const day = rng.int(Math.max(dealer.opened + 20, yearsBeforeRef(windowYears)), REF_DAY - 3);
      const state = rng.chance(localShare) ? dealer.state : otherState(ledger, dealer.state);
      const possessor = rng.chance(0.85) ? ledger.person(state, day, 16, 32) : null;
      recoverAndTrace(ledger, { gun, sale: null, dealer, day, state, possessor, sceneShare: 0.35, habit: answer });
    }
    return {
      license: dealer.license,
      shape: this.name,
      bad: true,
      params: { years: r2(years), perYear, offBookRecovered, windowYears: r2(windowYears), localShare: r2(localShare) },
    };
  },
};

/**
 * Covers illegal sales with inventory "losses": batches of guns declared missing (ATF Form
 * 3310.11, FFL_LOSS), reported weeks or months late instead of within 48 hours (27 CFR 478.39a),
 * often only after a trace asked for one of them; many surface in crime soon after. ATF's FFL
 * theft/loss reports count "lost" inventory as over half of missing guns (2018: 54%); NFCTA Vol. III
 * treats FFL theft and loss as a trafficking source.
 */
export const phantomLossDealer: Shape = {
  name: 'phantom-loss-dealer',
  bad: true,
  plant(ledger) {
    const rng = ledger.rng;
    const years = rng.between(4, 8);
    const perYear = rng.int(150, 500);
    const dealer = established(ledger, years, perYear, PROMPT);
    const batches = rng.int(2, 5);
    const recoverShare = rng.between(0.4, 0.8);
    const reportDelayMedian = rng.int(20, 120);
    const afterTraceShare = rng.between(0.3, 0.8);
    const ttcFromLossMedian = rng.int(60, 240);
    const outOfState = rng.between(0.3, 0.7);
    let lost = 0;
    let recovered = 0;
    for (let b = 0; b < batches; b++) {
      const declared = rng.int(Math.max(dealer.opened + 60, yearsBeforeRef(3)), REF_DAY - 60);
      const reportedMs = workInstant(declared + Math.max(3, Math.round(rng.logNormal(reportDelayMedian, 0.7))), rng.next());
      for (let g = rng.int(5, 25); g > 0; g--) {
        const gun = ledger.gun(rng.chance(0.75));
        lost++;
        let report = reportedMs;
        if (rng.chance(recoverShare)) {
          // Diverted before it was declared lost, or after: the declared day says little.
          const day = declared + Math.round(rng.logNormal(ttcFromLossMedian, 0.8)) - rng.int(0, 60);
          const state = rng.chance(outOfState) ? otherState(ledger, dealer.state) : dealer.state;
          const possessor = rng.chance(0.85) ? ledger.person(state, day, 16, 32) : null;
          const traced = recoverAndTrace(ledger, {
            gun,
            sale: null,
            dealer,
            day: Math.max(day, dealer.opened + 1),
            state,
            possessor,
            sceneShare: 0.35,
            habit: PROMPT,
          });
          if (traced) recovered++;
          if (traced?.dealerAskedMs != null && rng.chance(afterTraceShare)) report = Math.max(report, traced.dealerAskedMs + rng.between(1, 15) * 24 * HOUR_MS);
        }
        ledger.theft(gun, 'FFL_LOSS', declared, report, null, dealer.license);
      }
    }
    return {
      license: dealer.license,
      shape: this.name,
      bad: true,
      params: {
        years: r2(years),
        perYear,
        lossBatches: batches,
        lostGuns: lost,
        recovered,
        reportDelayMedianDays: reportDelayMedian,
        afterTraceShare: r2(afterTraceShare),
        ttcFromLossMedianDays: ttcFromLossMedian,
      },
    };
  },
};

/**
 * Stalls on trace requests: answers days or weeks late, or never, where 27 CFR 478.25a and 18
 * U.S.C. 923(g)(7) require 24 hours (a "zero tolerance" revocation ground in ATF's 2021 policy),
 * while selling to buyers whose guns turn up within a year or two.
 */
export const traceStonewaller: Shape = {
  name: 'trace-stonewaller',
  bad: true,
  plant(ledger) {
    const rng = ledger.rng;
    const years = rng.between(4, 8);
    const perYear = rng.int(200, 700);
    const never = rng.between(0.1, 0.3);
    const slow = rng.between(0.4, 0.7);
    const habit: AnswerHabit = (r) => (r.chance(never) ? null : r.chance(slow) ? r.between(72, 720) : r.between(20, 70));
    const dealer = established(ledger, years, perYear, habit);
    const buyers = rng.int(10, 30);
    const extraGuns = rng.int(25, 60);
    const fate = { recoverShare: rng.between(0.5, 0.8), ttcMedianDays: rng.int(200, 700), ttcSigma: 0.9, linkShare: 0.1, sceneShare: 0.3, habit };
    const people: PersonRecord[] = [];
    const from = Math.max(dealer.opened + 30, yearsBeforeRef(3));
    for (let b = 0; b < buyers; b++) people.push(ledger.person(dealer.state, from, 21, 40));
    let recovered = 0;
    for (let i = 0; i < extraGuns; i++) {
      const [s] = buyingTrip(ledger, dealer, rng.pick(people), rng.int(from, REF_DAY - 30), 1, 0.8);
      if (crimeFate(ledger, dealer, s!, { ...fate, state: () => (rng.chance(0.65) ? dealer.state : otherState(ledger, dealer.state)) })) recovered++;
    }
    return {
      license: dealer.license,
      shape: this.name,
      bad: true,
      params: {
        years: r2(years),
        perYear,
        neverAnswerShare: r2(never),
        slowShare: r2(slow),
        riskyBuyers: buyers,
        riskyGuns: extraGuns,
        recovered,
        ttcMedianDays: fate.ttcMedianDays,
      },
    };
  },
};

export { bigStoreInsider, ironPipelineSource, freshLicenseFront } from './bad-dealers-more.js';
