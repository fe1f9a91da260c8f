import { describe, expect, it } from 'vitest';
import { campaignBuyers, campaignChance } from '../../../src/network/campaign-buyers.js';
import { assembleNetworks } from '../../../src/network/network.assembly.js';
import type { RecoveredPurchase } from '../../../src/network/trafficking.evidence.js';
import { dayNumber } from '../../../src/network/purchase-events.js';
import { evidenceOf as evidenceWith, isoDay, networkSettings, recoveredRowMaker, steadyBackground } from './recovered-rows.js';

// A recruiter on record for three one-time buyers, each sent to a different quiet store within six
// weeks (A1–A3); U1 bought once at A1's store three weeks after A1, with no tie on record, and his
// gun too was soon found with someone else. The reported campaign takes him in; a buyer outside the
// campaign's days or stores, whose gun went to another market, who bought repeatedly, or at a
// store whose crime guns arrive all the time, is not taken in.
const settings = networkSettings();
const make = recoveredRowMaker();
const row = (buyer: string, dealer: string, day: number, extra: Partial<RecoveredPurchase> = {}) => make(buyer, dealer, day, 150, undefined, extra);
const recorded = () => [row('A1', 'SMALL-1', 700), row('A2', 'SMALL-2', 715), row('A3', 'SMALL-3', 740)];
const ties = ['A1', 'A2', 'A3'].map((a) => ({ a, b: 'BRK' }));
const networkOf = (rows: RecoveredPurchase[], s = settings) => {
  const nets = assembleNetworks(evidenceWith([...steadyBackground(make), ...rows], s), ties, s);
  return nets.find((n) => n.members.some((m) => m.id === 'A1'));
};
const buyers = (n: ReturnType<typeof networkOf>) =>
  n?.members
    .filter((m) => m.role === 'STRAW_PURCHASER')
    .map((m) => m.id)
    .sort();

describe("a recruiter campaign's buyers with no tie on record", () => {
  it('is on in the shipped configuration', () => {
    expect(settings.campaignBuyers?.maxExpected).toBeGreaterThan(0);
  });

  it('takes in a one-time buyer at a campaign store inside its days, and says why', () => {
    const without = networkOf(recorded());
    expect(without?.typology).toBe('RECRUITER_ONE_TIME_BUYERS');
    expect(buyers(without)).toEqual(['A1', 'A2', 'A3']);
    const net = networkOf([...recorded(), row('U1', 'SMALL-1', 721)]);
    expect(buyers(net)).toEqual(['A1', 'A2', 'A3', 'U1']);
    expect(net!.typology).toBe('RECRUITER_ONE_TIME_BUYERS');
    expect(net!.evidence.some((e) => e.startsWith('1 one-time purchaser(s) with no recorded tie (U1)') && e.includes('SMALL-1'))).toBe(true);
    const u1 = net!.members.find((m) => m.id === 'U1')!;
    expect(u1.evidence.some((e) => e.includes('SMALL-1 on 2023-12-') && e.includes('expected there by chance'))).toBe(true);
  });

  it('takes in nobody outside the days, at another store, bound for another market, or buying again', () => {
    const late = row('U2', 'SMALL-1', 840);
    const elsewhere = row('U3', 'OTHER', 720);
    const northbound = row('U4', 'SMALL-2', 720, { recoveredState: 'NY' });
    const repeat = [row('U5', 'SMALL-3', 730), row('U5', 'SMALL-3', 760)];
    expect(buyers(networkOf([...recorded(), late, elsewhere, northbound, ...repeat]))).toEqual(['A1', 'A2', 'A3']);
  });

  it('takes in nobody at a store whose crime guns arrive all the time, or with the rule off', () => {
    const steady = Array.from({ length: 200 }, (_, k) => row(`S-${k}`, 'SMALL-1', 1 + k * 7, { timeToCrimeDays: 400 }));
    expect(buyers(networkOf([...recorded(), ...steady, row('U1', 'SMALL-1', 721)]))).toEqual(['A1', 'A2', 'A3']);
    const off = { ...settings, campaignBuyers: undefined };
    expect(buyers(networkOf([...recorded(), row('U1', 'SMALL-1', 721)], off))).toEqual(['A1', 'A2', 'A3']);
  });

  it('counts chance from every straw-evidence buyer of the stores, over the campaign days only', () => {
    const ev = evidenceWith([...steadyBackground(make), ...recorded(), row('U1', 'SMALL-1', 721)], settings);
    const suspects = new Map([...ev].filter(([, e]) => e.strawGuns.length > 0));
    const chance = campaignChance(suspects);
    // U1 is SMALL-1's only other buyer: it is expected in the window in proportion to the days.
    const d = (x: number) => dayNumber(isoDay(x));
    const ga = new Set(['GA']);
    expect(chance('SMALL-1', d(0), d(2000), ga, new Set(['A1']))).toBeCloseTo(1, 5);
    const campaign = chance('SMALL-1', d(670), d(770), ga, new Set(['A1']));
    expect(campaign).toBeGreaterThan(0);
    expect(campaign).toBeLessThan(0.5);
    expect(chance('SMALL-1', d(670), d(770), ga, new Set(['A1', 'U1']))).toBe(0);
    expect(chance('NO-SUCH-STORE', d(0), d(2000), ga, new Set())).toBe(0);
    expect(chance('SMALL-1', d(0), d(2000), new Set(['NY']), new Set(['A1']))).toBe(0);
    const found = campaignBuyers(['A1', 'A2', 'A3'], ['GA'], suspects, new Set(['A1', 'A2', 'A3']), chance, { marginDays: 30, maxExpected: 0.5 });
    expect(found).toMatchObject({ purchaserIds: ['U1'], dealerLicenses: ['SMALL-1', 'SMALL-2', 'SMALL-3'] });
    // Already in a network: taken.
    expect(campaignBuyers(['A1', 'A2', 'A3'], ['GA'], suspects, new Set(['A1', 'A2', 'A3', 'U1']), chance, { marginDays: 30, maxExpected: 0.5 })).toBeNull();
    // A record that may be A1 himself is not another buyer.
    const sameAsA1 = (a: string, b: string) => [a, b].sort().join() === 'A1,U1';
    expect(
      campaignBuyers(['A1', 'A2', 'A3'], ['GA'], suspects, new Set(['A1', 'A2', 'A3']), chance, { marginDays: 30, maxExpected: 0.5 }, sameAsA1),
    ).toBeNull();
  });
});
