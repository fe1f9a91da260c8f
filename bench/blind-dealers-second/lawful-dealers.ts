/**
 * Lawful look-alikes: dealers who keep their records, answer traces within 24 hours and report
 * losses on time, but whose data share a surface feature with a bad shape (volume, place, used
 * guns, out-of-state buyers, a burglary, youth, repeat multiple-sale customers).
 */
import { HOUR_MS, REF_DAY, workInstant, yearsBeforeRef } from './calendar.js';
import { PROMPT } from './ledger.js';
import { type Shape, r2 } from './shape.js';
import { buyingTrip, crimeFate, lawfulTrade, ordinary, otherState, recoverAndTrace } from './trade.js';

/**
 * A big-box retailer selling thousands of guns a year: its absolute trace count is high purely
 * from volume (the objection NSSF raised to Demand Letter 2's 25-trace threshold, 2018 and 2025),
 * with ordinary, long times-to-crime and prompt trace answers.
 */
export const bigBoxRetailer: Shape = {
  name: 'big-box-retailer',
  bad: false,
  plant(ledger) {
    const rng = ledger.rng;
    const years = rng.between(5, 8);
    const perYear = rng.int(1500, 3500);
    const dealer = ledger.openDealer(rng.pick(ledger.atlas.states), yearsBeforeRef(years));
    const p = ordinary(ledger, perYear, PROMPT, { handgunShare: rng.between(0.35, 0.55), lifetimeRecovery: rng.between(0.02, 0.04) });
    const t = lawfulTrade(ledger, dealer, p);
    return {
      license: dealer.license,
      shape: this.name,
      bad: false,
      params: { years: r2(years), perYear, lifetimeRecovery: r2(p.lifetimeRecovery), ttcMedianDays: p.ttcMedianDays, recovered: t.recovered },
    };
  },
};

/**
 * A shop in a high-crime city: many more of its guns are stolen from owners and recovered nearby,
 * some within a couple of years, nearly all in-state (NFCTA Vol. II: most crime guns are recovered
 * in the state where they were sold; theft from owners is a recognised source, NFCTA Vol. III).
 */
export const highCrimeCityShop: Shape = {
  name: 'high-crime-city-shop',
  bad: false,
  plant(ledger) {
    const rng = ledger.rng;
    const years = rng.between(4, 8);
    const perYear = rng.int(300, 900);
    const dealer = ledger.openDealer(rng.pick(ledger.atlas.states), yearsBeforeRef(years));
    const p = ordinary(ledger, perYear, PROMPT, {
      handgunShare: rng.between(0.65, 0.85),
      lifetimeRecovery: rng.between(0.06, 0.12),
      ttcMedianDays: rng.int(900, 1800),
      localShare: rng.between(0.88, 0.97),
      ownerTheftShare: rng.between(0.3, 0.5),
      sceneShare: 0.45,
    });
    const t = lawfulTrade(ledger, dealer, p);
    return {
      license: dealer.license,
      shape: this.name,
      bad: false,
      params: {
        years: r2(years),
        perYear,
        lifetimeRecovery: r2(p.lifetimeRecovery),
        ttcMedianDays: p.ttcMedianDays,
        ownerTheftShare: r2(p.ownerTheftShare),
        recovered: t.recovered,
      },
    };
  },
};

/**
 * A pawnbroker (license type 02, 27 CFR 478.11): many customers pawn a gun and redeem it, each
 * redemption a new disposition to the same person after a background check (18 U.S.C. 922(t));
 * its guns that reach crime do so late, as old guns.
 */
export const pawnBroker: Shape = {
  name: 'pawn-broker',
  bad: false,
  plant(ledger) {
    const rng = ledger.rng;
    const years = rng.between(5, 9);
    const perYear = rng.int(200, 600);
    const dealer = ledger.openDealer(rng.pick(ledger.atlas.states), yearsBeforeRef(years), '02');
    const p = ordinary(ledger, perYear, PROMPT, {
      lifetimeRecovery: rng.between(0.04, 0.07),
      ttcMedianDays: rng.int(2000, 3600),
      repeatShare: rng.between(0.2, 0.35),
    });
    const t = lawfulTrade(ledger, dealer, p);
    const pawnShare = rng.between(0.15, 0.35);
    let redemptions = 0;
    for (const s of t.sales) {
      if (!rng.chance(pawnShare)) continue;
      const until = Math.min(REF_DAY - 2, (s.recoveredDay ?? REF_DAY) - 5);
      for (let day = s.day + rng.int(30, 400), n = rng.int(1, 3); n > 0 && day <= until; n--, day += rng.int(30, 400)) {
        ledger.sell(dealer, s.gun, s.buyer, day);
        redemptions++;
      }
    }
    return {
      license: dealer.license,
      shape: this.name,
      bad: false,
      params: { years: r2(years), perYear, pawnShare: r2(pawnShare), redemptions, ttcMedianDays: p.ttcMedianDays, recovered: t.recovered },
    };
  },
};

/**
 * A dealer near a state line: many long-gun buyers live across it (lawful, 18 U.S.C. 922(b)(3)),
 * and its crime guns are recovered in the neighbouring states as often as at home, a short way off.
 */
export const borderTownDealer: Shape = {
  name: 'border-town-dealer',
  bad: false,
  plant(ledger) {
    const rng = ledger.rng;
    const years = rng.between(4, 8);
    const perYear = rng.int(250, 800);
    const dealer = ledger.openDealer(rng.pick(ledger.atlas.states), yearsBeforeRef(years));
    const neighbour = ledger.atlas.nearest(dealer.state, 1)[0]!;
    const p = ordinary(ledger, perYear, PROMPT, {
      handgunShare: rng.between(0.35, 0.5),
      neighbour,
      neighbourLongShare: rng.between(0.3, 0.6),
      lifetimeRecovery: rng.between(0.03, 0.05),
      localShare: rng.between(0.45, 0.65),
    });
    const t = lawfulTrade(ledger, dealer, p);
    return {
      license: dealer.license,
      shape: this.name,
      bad: false,
      params: { years: r2(years), perYear, neighbour, neighbourLongShare: r2(p.neighbourLongShare ?? 0), localShare: r2(p.localShare), recovered: t.recovered },
    };
  },
};

/**
 * Burgled once: a night break-in takes a few dozen guns from inventory, reported to ATF and the
 * police within 48 hours (27 CFR 478.39a; ATF P 3317.2, Safety and Security Information for FFLs).
 * Stolen guns surface in crime within months, traced to the dealer with no purchaser.
 */
export const burglaryVictim: Shape = {
  name: 'burglary-victim',
  bad: false,
  plant(ledger) {
    const rng = ledger.rng;
    const years = rng.between(4, 8);
    const perYear = rng.int(150, 500);
    const dealer = ledger.openDealer(rng.pick(ledger.atlas.states), yearsBeforeRef(years));
    lawfulTrade(ledger, dealer, ordinary(ledger, perYear, PROMPT));
    const day = rng.int(Math.max(dealer.opened + 90, yearsBeforeRef(3)), REF_DAY - 45);
    const stolen = rng.int(8, 40);
    const reportHours = rng.between(2, 40);
    const recoverShare = rng.between(0.3, 0.6);
    const ttcMedian = rng.int(120, 300);
    const police = ledger.atlas.agency(rng, dealer.state);
    let recovered = 0;
    for (let i = 0; i < stolen; i++) {
      const gun = ledger.gun(rng.chance(0.7));
      ledger.theft(gun, 'FFL_THEFT', day, workInstant(day, 0) + reportHours * HOUR_MS, police.ori, dealer.license);
      if (!rng.chance(recoverShare)) continue;
      const rec = day + Math.max(2, Math.round(rng.logNormal(ttcMedian, 0.9)));
      const state = rng.chance(0.7) ? dealer.state : otherState(ledger, dealer.state);
      const possessor = rng.chance(0.85) ? ledger.person(state, rec, 16, 32) : null;
      if (recoverAndTrace(ledger, { gun, sale: null, dealer, day: rec, state, possessor, sceneShare: 0.35, habit: PROMPT })) recovered++;
    }
    return {
      license: dealer.license,
      shape: this.name,
      bad: false,
      params: { years: r2(years), perYear, stolenGuns: stolen, reportHours: r2(reportHours), recovered, ttcMedianDays: ttcMedian },
    };
  },
};

/**
 * A new, honest dealer: every sale is recent, so the few guns recovered all have short
 * times-to-crime (a property of a young license, not of its conduct).
 */
export const newHonestDealer: Shape = {
  name: 'new-honest-dealer',
  bad: false,
  plant(ledger) {
    const rng = ledger.rng;
    const months = rng.int(6, 20);
    const perYear = rng.int(100, 400);
    const dealer = ledger.openDealer(rng.pick(ledger.atlas.states), yearsBeforeRef(months / 12));
    const p = ordinary(ledger, perYear, PROMPT, { lifetimeRecovery: rng.between(0.03, 0.05), ttcMedianDays: rng.int(1500, 2500) });
    const t = lawfulTrade(ledger, dealer, p);
    return {
      license: dealer.license,
      shape: this.name,
      bad: false,
      params: { monthsLicensed: months, perYear, lifetimeRecovery: r2(p.lifetimeRecovery), recovered: t.recovered },
    };
  },
};

/**
 * A shop with competitive shooters and collectors who buy handguns in pairs and threes, visit
 * after visit (reported multiple sales, ATF Form 3310.4) and keep them: their guns almost never
 * reach crime.
 */
export const collectorsShop: Shape = {
  name: 'collectors-shop',
  bad: false,
  plant(ledger) {
    const rng = ledger.rng;
    const years = rng.between(4, 8);
    const perYear = rng.int(200, 600);
    const dealer = ledger.openDealer(rng.pick(ledger.atlas.states), yearsBeforeRef(years));
    lawfulTrade(ledger, dealer, ordinary(ledger, perYear, PROMPT));
    const collectors = rng.int(5, 15);
    const fate = { recoverShare: 0.01, ttcMedianDays: 2500, ttcSigma: 0.8, linkShare: 0, sceneShare: 0.2, habit: PROMPT, state: () => dealer.state };
    let guns = 0;
    let recovered = 0;
    for (let c = 0; c < collectors; c++) {
      const buyer = ledger.person(dealer.state, dealer.opened, 30, 70);
      for (let v = rng.int(6, 20); v > 0; v--) {
        for (const s of buyingTrip(ledger, dealer, buyer, rng.int(dealer.opened, REF_DAY - 5), rng.int(1, 3), 0.9, rng.chance(0.3) ? 4 : 0)) {
          guns++;
          if (crimeFate(ledger, dealer, s, fate)) recovered++;
        }
      }
    }
    return { license: dealer.license, shape: this.name, bad: false, params: { years: r2(years), perYear, collectors, collectorGuns: guns, recovered } };
  },
};
