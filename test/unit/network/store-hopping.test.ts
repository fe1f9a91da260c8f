import { describe, expect, it } from 'vitest';
import { repeatedHolder, oneEventReach, strawGun, type StrawGun } from '../../../src/network/trafficking.evidence.js';
import { evidenceOf, networkSettings, recoveredRowMaker } from './recovered-rows.js';

// Purchase events are per licensee (27 CFR 478.126a: one licensee's multiple-sale report), so a
// buyer who spreads a spree over several stores, one gun at each, makes several purchases, not one;
// and guns turning up in the buyer's own household are not purchases for another person.
const settings = networkSettings();
const gap = settings.purchaseEventGapDays;

describe('a buyer who buys one gun at a time at different stores', () => {
  it('makes one purchase event per store, so his straw guns count as repeat buying', () => {
    const make = recoveredRowMaker();
    // Five stores, a visit every 5 days (never more than the gap apart), each gun with its own holder within a year.
    const rows = [0, 5, 10, 15, 20].map((day, i) => make('H', `S${i}`, day, 200 + 30 * i));
    const e = evidenceOf(rows, settings).get('H')!;
    expect(e.strawEvents).toBe(5);
    expect(e.purchaseEvents).toBe(5);
    expect(e.prolific).toBe(true);
    expect(e.evidence).toContain('those guns bought in 5 separate purchase events (repeat buying)');
  });

  it('makes one event of visits at a single store inside one report window, and a new one after it', () => {
    const make = recoveredRowMaker();
    const inside = evidenceOf(
      [0, 3, 6].map((day) => make('M', 'S0', day, 200)),
      settings,
    ).get('M')!;
    expect(inside.strawEvents).toBe(1);
    expect(inside.prolific).toBe(false);
    // Days 0, 5 and 10: the third visit is 10 days after the window opened (27 CFR 478.126a: five business days).
    const beyond = evidenceOf(
      [0, 5, 10].map((day) => make('N', 'S0', day, 200)),
      settings,
    ).get('N')!;
    expect(beyond.strawEvents).toBe(2);
    expect(beyond.prolific).toBe(true);
  });

  it('counts the one-event rule per store: a gun bought elsewhere in the same week is not part of the event', () => {
    const make = recoveredRowMaker();
    const at = (store: string, day: number, holder: string) => strawGun(make('P', store, day, 100, holder), settings) as StrawGun;
    expect(oneEventReach([at('S0', 1, 'A'), at('S0', 2, 'B'), at('S1', 3, 'C')], gap).strangers).toBe(2);
    // A purchase on record at the same store bridges the store's own visits; one at another store does not.
    const guns = [at('S0', 1, 'A'), at('S0', 14, 'B')];
    expect(oneEventReach(guns, gap, [{ soldOn: make('P', 'S1', 8, 1).soldOn, dealerLicense: 'S1' }]).strangers).toBe(1);
    expect(oneEventReach(guns, gap, [{ soldOn: make('P', 'S0', 8, 1).soldOn, dealerLicense: 'S0' }]).strangers).toBe(2);
  });
});

describe('guns from separate purchases recovered from the same person', () => {
  const home = '12 Oak Street, Macon, GA';
  const rows = () => {
    const make = recoveredRowMaker();
    return [0, 200, 400].map((day) => make('F', 'S0', day, 500, 'SON', { purchaserResidence: home, possessorResidence: '12 oak st., Macon, GA' }));
  };

  it('are not a repeated holder when the holder lives at the buyer’s address (a family’s own guns)', () => {
    const straw = rows().map((r) => strawGun(r, settings) as StrawGun);
    expect(repeatedHolder(straw, gap)).toBeNull();
    expect(
      evidenceOf(rows(), settings)
        .get('F')!
        .evidence.some((x) => x.includes('recovered from the same person')),
    ).toBe(false);
  });

  it('are one when the holder lives elsewhere', () => {
    const straw = rows().map((r) => strawGun({ ...r, possessorResidence: '9 Elm Street, Atlanta, GA' }, settings) as StrawGun);
    expect(repeatedHolder(straw, gap)).toEqual({ id: 'SON', events: 3 });
  });
});
