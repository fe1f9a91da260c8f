import { describe, expect, it } from 'vitest';
import { assembleNetworks } from '../../../src/network/network.assembly.js';
import { oneEventReach, purchaserEvidence, strawGun, type StrawGun } from '../../../src/network/trafficking.evidence.js';
import { evidenceOf, networkSettings, recoveredRowMaker } from './recovered-rows.js';

// One purchase event (a multiple sale) whose handguns each reach a different stranger within a
// year flags its buyer on its own; the family's own household, a slower gun or too few strangers do not.
const settings = networkSettings();
const min = settings.singleEventMinGuns;
const home = { purchaserResidence: '12 Oak Street, Macon, GA' };

/** `guns` handguns bought on days 10–12 (one event) and recovered `ttc` days later, each from its own holder. */
function oneEvent(buyer: string, guns: number, ttc = 200, extra: (i: number) => object = () => home) {
  const make = recoveredRowMaker();
  return Array.from({ length: guns }, (_, i) => make(buyer, 'D1', 10 + (i % 3), ttc, undefined, { multipleSale: true, ...extra(i) }));
}

describe('one purchase event whose guns reach several strangers within a year', () => {
  it('is on in the shipped configuration', () => {
    expect(min).toBeGreaterThanOrEqual(2);
  });

  it('flags the buyer alone with that many guns from one event, and says why', () => {
    const e = evidenceOf(oneEvent('P', min), settings).get('P')!;
    expect(e.strawEvents).toBe(1);
    expect(e.prolific).toBe(true);
    expect(e.evidence.some((x) => x.includes(`${min} guns of one purchase event`) && x.includes("outside the buyer's household"))).toBe(true);
    const nets = assembleNetworks(evidenceOf(oneEvent('P', min), settings), [], settings);
    expect(nets.some((n) => n.members.some((m) => m.id === 'P'))).toBe(true);
  });

  it('does not with one gun fewer, a gun after 1 year, or the setting off', () => {
    expect(evidenceOf(oneEvent('P', min - 1), settings).get('P')!.prolific).toBe(false);
    const slow = oneEvent('P', min, 200, (i) => (i === 0 ? { ...home, timeToCrimeDays: 400 } : home));
    expect(evidenceOf(slow, settings).get('P')!.prolific).toBe(false);
    expect(evidenceOf(oneEvent('P', min), { ...settings, singleEventMinGuns: 0 }).get('P')!.prolific).toBe(false);
  });

  it('does not count guns held in the buyer’s own household, however the address is written', () => {
    const family = oneEvent('P', min, 200, (i) => (i === 0 ? { ...home, possessorResidence: '12  oak st., MACON,GA' } : home));
    expect(evidenceOf(family, settings).get('P')!.prolific).toBe(false);
  });

  it('counts holders, not guns, and keeps separate events apart', () => {
    const row = (day: number, holder: string) => strawGun(recoveredRowMaker()('P', 'D1', day, 100, holder), { ...settings }) as StrawGun;
    expect(oneEventReach([row(1, 'A'), row(2, 'A'), row(3, 'B')], settings.purchaseEventGapDays).strangers).toBe(2);
    expect(oneEventReach([row(1, 'A'), row(2, 'B'), row(40, 'C'), row(41, 'D')], settings.purchaseEventGapDays).strangers).toBe(2);
    expect(oneEventReach([row(1, 'A'), row(5, 'B'), row(9, 'C')], settings.purchaseEventGapDays).strangers).toBe(3);
  });

  it('takes events from the buyer’s purchases on record, so guns not recovered keep one spree one event', () => {
    const make = recoveredRowMaker();
    const row = (day: number, holder: string) => strawGun(make('P', 'D1', day, 100, holder), { ...settings }) as StrawGun;
    // Days 1, 5, 14 and 20: 14 is more than the gap after 5, so among the recovered guns alone they are two events.
    const guns = [row(1, 'A'), row(5, 'B'), row(14, 'C'), row(20, 'D')];
    expect(oneEventReach(guns, settings.purchaseEventGapDays).strangers).toBe(2);
    // A purchase on day 10 whose gun was never recovered bridges them: the buyer bought throughout.
    const bridge = make('P', 'D1', 10, 100, 'X');
    expect(oneEventReach(guns, settings.purchaseEventGapDays, [bridge]).strangers).toBe(4);
    // A purchase outside the chain changes nothing.
    const later = make('P', 'D1', 60, 100, 'X');
    expect(oneEventReach(guns, settings.purchaseEventGapDays, [later]).strangers).toBe(2);
  });

  it('flags the buyer whose one spree reaches strangers though the guns recovered within a year are days apart', () => {
    const make = recoveredRowMaker();
    // Within a year on days 1, 5, 14 and 20; a gun of day 10 recovered after 500 days keeps the spree one event.
    const rows = [1, 5, 14, 20].map((day, i) => make('P', 'D1', day, 100, `H${i}`, home));
    rows.push(make('P', 'D1', 10, 500, 'H9', home));
    const e = evidenceOf(rows, settings).get('P')!;
    // Three report windows to the counts (days 1–5, 10–14, 20), one spree of 19 days to this rule.
    expect(e.strawEvents).toBe(3);
    expect(e.prolific).toBe(true);
    expect(e.evidence).toContain(
      "4 guns of one buying spree at one store (19 days, each purchase within 7 days of the last) recovered within 365 days from 4 different people outside the buyer's household",
    );
  });
});

// Abramski v. United States (2014): buying for another person is the straw purchase; one multiple
// sale handed over whole shows it without a second purchase.
describe('one purchase event whose guns are found with one other person within a year', () => {
  const same = settings.singleEventSameHolderMinGuns!;
  /** `guns` handguns of one multiple sale (days 10–12), each recovered `ttc` days later from `holder(i)`. */
  const handedOver = (guns: number, holder: (i: number) => string, ttc: (i: number) => number = () => 150, extra: (i: number) => object = () => home) => {
    const make = recoveredRowMaker();
    return Array.from({ length: guns }, (_, i) => make('P', 'D1', 10 + (i % 3), ttc(i), holder(i), { multipleSale: true, ...extra(i) }));
  };

  it('flags the buyer when that many guns of the event are with the same person, and names the person', () => {
    expect(same).toBeGreaterThanOrEqual(2);
    const e = evidenceOf(
      handedOver(same, () => 'PARTNER'),
      settings,
    ).get('P')!;
    expect(e.strawEvents).toBe(1);
    expect(e.prolific).toBe(true);
    expect(e.evidence).toContain(`${same} guns of one purchase event recovered within 365 days from the same person outside the buyer's household (PARTNER)`);
    // Reported with the person the guns went to; each sentence once (the multiple sales were said twice).
    const rows = handedOver(same, () => 'PARTNER');
    const bought = rows.map((r) => ({ purchaserId: r.purchaserId, soldOn: r.soldOn, dealerLicense: r.dealerLicense, multipleSale: true }));
    const net = assembleNetworks(purchaserEvidence(rows, bought, settings), [], settings).find((n) => n.members.some((m) => m.id === 'P'))!;
    expect(net.members.map((m) => m.id).sort()).toEqual(['P', 'PARTNER']);
    expect(new Set(net.evidence).size).toBe(net.evidence.length);
    expect(net.evidence.filter((x) => x.includes('reported as multiple sales'))).toEqual([`${same} purchase(s) reported as multiple sales`]);
  });

  it('does not with one gun fewer, one of them after a year, in the buyer’s household, or the setting off', () => {
    expect(
      evidenceOf(
        handedOver(same - 1, () => 'PARTNER'),
        settings,
      ).get('P')!.prolific,
    ).toBe(false);
    expect(
      evidenceOf(
        handedOver(
          same,
          () => 'PARTNER',
          (i) => (i === 0 ? 400 : 150),
        ),
        settings,
      ).get('P')!.prolific,
    ).toBe(false);
    const atHome = handedOver(
      same,
      () => 'SON',
      undefined,
      () => ({ ...home, possessorResidence: '12 Oak St, Macon, GA' }),
    );
    expect(evidenceOf(atHome, settings).get('P')!.prolific).toBe(false);
    expect(
      evidenceOf(
        handedOver(same, () => 'PARTNER'),
        { ...settings, singleEventSameHolderMinGuns: 0 },
      ).get('P')!.prolific,
    ).toBe(false);
  });

  it('reads the most guns any one person holds of one event', () => {
    const row = (day: number, holder: string) => strawGun(recoveredRowMaker()('P', 'D1', day, 100, holder), { ...settings }) as StrawGun;
    expect(oneEventReach([row(1, 'A'), row(2, 'B'), row(3, 'B')], settings.purchaseEventGapDays).sameHolder).toEqual({ id: 'B', guns: 2, spanDays: 2 });
    expect(oneEventReach([row(1, 'A'), row(40, 'A')], settings.purchaseEventGapDays).sameHolder).toEqual({ id: 'A', guns: 1, spanDays: 0 });
  });
});
