import { describe, expect, it } from 'vitest';
import { hubCampaigns } from '../../../src/network/hub-campaigns.js';
import { assembleNetworks } from '../../../src/network/network.assembly.js';
import type { RecoveredPurchase } from '../../../src/network/trafficking.evidence.js';
import { evidenceOf as evidenceWith, networkSettings, recoveredRowMaker, steadyBackground } from './recovered-rows.js';

// A recruiter on record for two of his one-time buyers (A1, A2); two more (U1, U2) bought at
// the same store in the same days with no tie on record. Their purchases, anchored by the
// recorded ones, join them to the recruiter's network; the same buyers at other times, or at a
// store whose crime guns arrive all the time, do not.
const settings = networkSettings();
const make = recoveredRowMaker();
const row = (buyer: string, dealer: string, day: number, ttc = 150, possessor?: string) => make(buyer, dealer, day, ttc, possessor);
const evidenceOf = (rows: RecoveredPurchase[]) => evidenceWith(rows, settings);
const background = () => steadyBackground(make);
const recorded = () => [row('A1', 'SMALL', 700), row('A2', 'SMALL', 712)];
const ties = [
  { a: 'A1', b: 'BRK' },
  { a: 'A2', b: 'BRK' },
];
const buyersWith = (nets: ReturnType<typeof assembleNetworks>, id: string) =>
  nets
    .find((x) => x.members.some((m) => m.id === id))
    ?.members.filter((m) => m.role === 'STRAW_PURCHASER')
    .map((m) => m.id)
    .sort();
const scan = { gapDays: settings.purchaseEventGapDays, alpha: settings.clusterAlpha };

describe('a recruiter campaign at one counter', () => {
  it('joins untied buyers who bought at the recorded buyers’ store in the same days, and says why', () => {
    const rows = [...background(), ...recorded(), row('U1', 'SMALL', 705), row('U2', 'SMALL', 709)];
    const ev = evidenceOf(rows);
    const campaigns = hubCampaigns(ev, new Map([['BRK', new Set(['A1', 'A2'])]]), scan);
    expect(campaigns).toHaveLength(1);
    expect(campaigns[0]).toMatchObject({ hubId: 'BRK', dealerLicense: 'SMALL', tiedIds: ['A1', 'A2'], joinedIds: ['U1', 'U2'] });
    expect(campaigns[0]!.pValue).toBeLessThan(settings.clusterAlpha);
    const nets = assembleNetworks(ev, ties, settings);
    expect(buyersWith(nets, 'A1')).toEqual(['A1', 'A2', 'U1', 'U2']);
    const net = nets.find((x) => x.members.some((m) => m.id === 'U1'))!;
    expect(net.typology).toBe('RECRUITER_ONE_TIME_BUYERS');
    expect(net.evidence.some((e) => e.includes('no recorded tie to BRK') && e.includes('SMALL'))).toBe(true);
    // Without the campaign the recorded pair alone is the two of them (two purchase events at one
    // store, both guns within a year: brokerOneStoreStrongIndicator), and nobody with that rule off.
    expect(buyersWith(assembleNetworks(evidenceOf([...background(), ...recorded()]), ties, settings), 'A1')).toEqual(['A1', 'A2']);
    const off = { ...settings, brokerOneStoreStrongIndicator: false };
    expect(buyersWith(assembleNetworks(evidenceWith([...background(), ...recorded()], off), ties, off), 'A1')).toBeUndefined();
  });

  it('joins nobody who bought there months away, or at a store whose crime guns arrive all the time', () => {
    const apart = [...background(), ...recorded(), row('U1', 'SMALL', 300), row('U2', 'SMALL', 1100)];
    expect(hubCampaigns(evidenceOf(apart), new Map([['BRK', new Set(['A1', 'A2'])]]), scan)).toEqual([]);
    const steady = Array.from({ length: 470 }, (_, k) => row(`S-${k}`, 'SMALL', 1 + k * 3, 400));
    const busy = [...background(), ...steady, ...recorded(), row('U1', 'SMALL', 705), row('U2', 'SMALL', 709)];
    expect(hubCampaigns(evidenceOf(busy), new Map([['BRK', new Set(['A1', 'A2'])]]), scan)).toEqual([]);
  });

  it('never merges another crew that bought in the window', () => {
    const crew = [row('C1', 'SMALL', 704, 200, 'RCV'), row('C2', 'SMALL', 710, 100, 'RCV')];
    const rows = [...background(), ...recorded(), row('U1', 'SMALL', 705), row('U2', 'SMALL', 709), ...crew];
    const nets = assembleNetworks(evidenceOf(rows), ties, settings);
    expect(buyersWith(nets, 'A1')).toEqual(['A1', 'A2', 'U1', 'U2']);
    expect(buyersWith(nets, 'C1')).toEqual(['C1', 'C2']);
  });
});
