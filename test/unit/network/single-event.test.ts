import { describe, expect, it } from 'vitest';
import { assembleNetworks } from '../../../src/network/network.assembly.js';
import { oneEventReach, strawGun, type StrawGun } from '../../../src/network/trafficking.evidence.js';
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
