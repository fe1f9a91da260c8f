/**
 * More bad dealers: corruption hidden in a large lawful volume, a source dealer of an interstate
 * "iron pipeline", and a newly licensed front. Same ingredients as bad-dealers.ts.
 */
import { REF_DAY, yearsBeforeRef } from './calendar.js';
import { type AnswerHabit, PROMPT } from './ledger.js';
import { type Shape, r2 } from './shape.js';
import { buyingTrip, crimeFate, lawfulTrade, ordinary, otherState } from './trade.js';

/**
 * A high-volume store where a few straw buyers are served by someone at the counter: each buys a
 * handgun every week or two (spaced past the five-business-day multiple-sale window of 27 CFR
 * 478.126a), and the guns surface quickly far away. The store's lawful volume dwarfs them: the
 * Demand Letter 2 debate (NSSF 2018, 2025) is exactly that volume alone produces many traces.
 */
export const bigStoreInsider: Shape = {
  name: 'big-store-insider',
  bad: true,
  plant(ledger) {
    const rng = ledger.rng;
    const years = rng.between(5, 8);
    const perYear = rng.int(1200, 2800);
    const dealer = ledger.openDealer(rng.pick(ledger.atlas.states), yearsBeforeRef(years));
    lawfulTrade(ledger, dealer, ordinary(ledger, perYear, PROMPT, { lifetimeRecovery: rng.between(0.02, 0.035) }));
    const strawBuyers = rng.int(2, 4);
    const destination = ledger.atlas.farState(rng, dealer.state);
    const fate = { recoverShare: rng.between(0.4, 0.7), ttcMedianDays: rng.int(90, 360), ttcSigma: 0.8, linkShare: 0.2, sceneShare: 0.35, habit: PROMPT };
    const state = () => (rng.chance(0.6) ? destination : rng.chance(0.5) ? dealer.state : otherState(ledger, dealer.state));
    let strawGuns = 0;
    let recovered = 0;
    for (let b = 0; b < strawBuyers; b++) {
      const start = rng.int(yearsBeforeRef(2), REF_DAY - 200);
      const buyer = ledger.person(dealer.state, start, 21, 30);
      let day = start;
      for (let n = rng.int(8, 20); n > 0 && day < REF_DAY - 10; n--) {
        const [s] = buyingTrip(ledger, dealer, buyer, day, 1, 0.9);
        strawGuns++;
        if (crimeFate(ledger, dealer, s!, { ...fate, state })) recovered++;
        day += rng.int(8, 16);
      }
    }
    return {
      license: dealer.license,
      shape: this.name,
      bad: true,
      params: { years: r2(years), perYear, strawBuyers, strawGuns, recovered, ttcMedianDays: fate.ttcMedianDays, destination },
    };
  },
};

/**
 * The source end of an interstate pipeline: many unrelated buyers, one or a few handguns each,
 * whose guns are recovered in one distant state within a year or two. ATF's NFCTA Vol. II maps
 * such source-to-market flows (the I-95 "iron pipeline" from southern states to the northeast);
 * the dealer answers traces properly and has no ring of repeat buyers.
 */
export const ironPipelineSource: Shape = {
  name: 'iron-pipeline-source',
  bad: true,
  plant(ledger) {
    const rng = ledger.rng;
    const years = rng.between(4, 8);
    const perYear = rng.int(200, 800);
    const dealer = ledger.openDealer(rng.pick(ledger.atlas.states), yearsBeforeRef(years));
    lawfulTrade(ledger, dealer, ordinary(ledger, perYear, PROMPT));
    const destination = ledger.atlas.farState(rng, dealer.state);
    const purchasers = rng.int(20, 60);
    const fate = { recoverShare: rng.between(0.5, 0.8), ttcMedianDays: rng.int(200, 600), ttcSigma: 0.7, linkShare: 0.05, sceneShare: 0.35, habit: PROMPT };
    const state = () => (rng.chance(0.85) ? destination : otherState(ledger, dealer.state));
    const from = Math.max(dealer.opened + 30, yearsBeforeRef(3));
    let guns = 0;
    let recovered = 0;
    for (let b = 0; b < purchasers; b++) {
      const buyer = ledger.person(dealer.state, from, 21, 45);
      let day = rng.int(from, REF_DAY - 60);
      for (let n = rng.int(1, 3); n > 0 && day < REF_DAY - 10; n--) {
        const [s] = buyingTrip(ledger, dealer, buyer, day, 1, 0.95);
        guns++;
        if (crimeFate(ledger, dealer, s!, { ...fate, state })) recovered++;
        day += rng.int(10, 60);
      }
    }
    return {
      license: dealer.license,
      shape: this.name,
      bad: true,
      params: { years: r2(years), perYear, purchasers, pipelineGuns: guns, recovered, ttcMedianDays: fate.ttcMedianDays, destination },
    };
  },
};

/**
 * A newly licensed dealer with little real trade that, within months of opening, supplies a handful
 * of buyers whose guns surface within weeks, and answers traces a day or more late. My own take on
 * "rogue dealer" cases in DOJ press releases and the Brady Center's reporting; short time-to-crime
 * as the indicator is ATF's (Demand Letter 2; NFCTA Vol. II).
 */
export const freshLicenseFront: Shape = {
  name: 'fresh-license-front',
  bad: true,
  plant(ledger) {
    const rng = ledger.rng;
    const months = rng.int(8, 20);
    const perYear = rng.int(40, 150);
    const habit: AnswerHabit = (r) => r.between(12, 96);
    const dealer = ledger.openDealer(rng.pick(ledger.atlas.states), yearsBeforeRef(months / 12));
    lawfulTrade(ledger, dealer, ordinary(ledger, perYear, habit));
    const buyers = rng.int(5, 12);
    const destination = ledger.atlas.farState(rng, dealer.state);
    const fate = { recoverShare: rng.between(0.5, 0.8), ttcMedianDays: rng.int(30, 150), ttcSigma: 0.8, linkShare: 0.3, sceneShare: 0.4, habit };
    const state = () => (rng.chance(0.5) ? dealer.state : rng.chance(0.7) ? destination : otherState(ledger, dealer.state));
    let guns = 0;
    let recovered = 0;
    for (let b = 0; b < buyers; b++) {
      const first = rng.int(dealer.opened + 20, REF_DAY - 40);
      const buyer = ledger.person(dealer.state, first, 21, 30);
      for (let trips = rng.int(1, 3), day = first; trips > 0 && day < REF_DAY - 10; trips--, day += rng.int(10, 60)) {
        for (const s of buyingTrip(ledger, dealer, buyer, day, rng.int(2, 5), 0.85, rng.chance(0.5) ? 0 : 2)) {
          guns++;
          if (crimeFate(ledger, dealer, s, { ...fate, state })) recovered++;
        }
      }
    }
    return {
      license: dealer.license,
      shape: this.name,
      bad: true,
      params: { monthsLicensed: months, perYear, frontBuyers: buyers, frontGuns: guns, recovered, ttcMedianDays: fate.ttcMedianDays, destination },
    };
  },
};
