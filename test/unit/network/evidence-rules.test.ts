import { describe, expect, it } from 'vitest';
import { assembleNetworks } from '../../../src/network/network.assembly.js';
import { maxEventsInWindow } from '../../../src/network/group-evidence.js';
import { purchaseEvents, purchaserEvidence, strawGun, type RecoveredPurchase } from '../../../src/network/trafficking.evidence.js';
import { loadRiskConfig } from '../../../src/risk/risk-config.js';

// The evidence rules on hand-made rows: documented indicators, no database.
const cfg = loadRiskConfig();
const settings = {
  ...cfg.networks,
  shortTimeToCrimeDays: cfg.thresholds.shortTimeToCrimeDays,
  veryShortTimeToCrimeDays: cfg.thresholds.veryShortTimeToCrimeDays,
};
let n = 0;
const addDays = (iso: string, d: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + d * 86_400_000).toISOString().slice(0, 10);
function gun(buyer: string, soldOn: string, ttc: number, possessor: string | null, extra: Partial<RecoveredPurchase> = {}): RecoveredPurchase {
  return {
    purchaserId: buyer,
    purchaserState: 'GA',
    firearmId: `G${++n}`,
    dealerLicense: 'L1',
    dealerState: 'GA',
    soldOn,
    multipleSale: false,
    recoveredOn: addDays(soldOn, ttc),
    recoveredState: 'GA',
    possessorId: possessor,
    timeToCrimeDays: ttc,
    reportedStolen: false,
    ...extra,
  };
}
const evidenceOf = (rows: RecoveredPurchase[]) =>
  purchaserEvidence(
    rows,
    rows.map((r) => ({ purchaserId: r.purchaserId, soldOn: r.soldOn, dealerLicense: r.dealerLicense, multipleSale: r.multipleSale })),
    settings,
  );

describe('per-gun straw evidence', () => {
  it('counts a gun recovered from someone else within 3 years, not one recovered from its buyer or after 3 years', () => {
    expect(strawGun(gun('B', '2024-01-01', 200, 'X'), settings)?.veryShort).toBe(true);
    expect(strawGun(gun('B', '2024-01-01', 800, 'X'), settings)?.veryShort).toBe(false);
    expect(strawGun(gun('B', '2024-01-01', 200, 'B'), settings)).toBeNull();
    expect(strawGun(gun('B', '2020-01-01', 1500, 'X'), settings)).toBeNull();
  });

  it('uses out-of-state recovery only when no possessor is known, and never requires it', () => {
    expect(strawGun(gun('B', '2024-01-01', 100, null, { recoveredState: 'NY' }), settings)?.outOfState).toBe(true);
    expect(strawGun(gun('B', '2024-01-01', 100, null), settings)).toBeNull();
    expect(strawGun(gun('B', '2024-01-01', 100, 'X'), settings)?.outOfState).toBe(false);
  });

  it('says a straw gun with no possessor on record was not recovered from someone else', () => {
    const held = evidenceOf([gun('S', '2024-01-01', 100, 'X'), gun('S', '2024-06-01', 100, 'Y')]).get('S')!;
    expect(held.evidence[0]).toBe('2 gun(s) recovered from someone else within 1095 days of sale (2 within 365 days)');
    const mixed = evidenceOf([gun('T', '2024-01-01', 100, 'X'), gun('T', '2024-06-01', 100, null, { recoveredState: 'NY' })]).get('T')!;
    expect(mixed.strawGuns).toHaveLength(2);
    expect(mixed.evidence[0]).toBe(
      "2 gun(s) recovered within 1095 days of sale (2 within 365 days): 1 from someone else, 1 with no possessor recorded (out of the state of sale, or seized with other buyers' guns)",
    );
    const unheld = evidenceOf([gun('U', '2024-01-01', 69, null, { recoveredState: 'NY' })]).get('U')!;
    expect(unheld.evidence[0]).not.toMatch(/from someone else/);
  });

  it('excludes a gun reported stolen after the sale from the straw evidence and says so', () => {
    expect(strawGun(gun('B', '2024-01-01', 100, 'X', { reportedStolen: true }), settings)).toBeNull();
    const ev = evidenceOf([gun('H', '2023-01-01', 300, 'X', { reportedStolen: true }), gun('H', '2023-03-01', 300, 'Y', { reportedStolen: true })]).get('H')!;
    expect(ev.strawGuns).toHaveLength(0);
    expect(ev.stolenExcluded).toBe(2);
    expect(ev.evidence.join(' ')).toMatch(/reported stolen/);
  });

  it('counts a multiple sale as one purchase event', () => {
    expect(
      purchaseEvents(
        ['2024-01-01', '2024-01-03', '2024-03-01'].map((soldOn) => ({ soldOn, dealerLicense: 'D1' })),
        7,
      ),
    ).toBe(2);
  });
});

describe('networks from hubs and evidence', () => {
  it('flags a lone purchaser with repeat straw purchases and reports him with his receivers', () => {
    const rows = [gun('L', '2024-01-01', 90, 'P1'), gun('L', '2024-02-01', 400, 'P2'), gun('L', '2024-04-01', 500, 'P3')];
    const nets = assembleNetworks(evidenceOf(rows), [], settings);
    expect(nets).toHaveLength(1);
    expect(nets[0]!.typology).toBe('LONE_PROLIFIC_BUYER');
    expect(nets[0]!.members.filter((m) => m.role === 'POSSESSOR')).toHaveLength(3);
  });

  it('does not report three guns of one multiple sale (one purchase event)', () => {
    const rows = [gun('M', '2024-01-01', 90, 'P1'), gun('M', '2024-01-02', 100, 'P2'), gun('M', '2024-01-03', 120, 'P3')];
    expect(assembleNetworks(evidenceOf(rows), [], settings)).toEqual([]);
  });

  it('joins one-time buyers through their recruiter and calls it a recruiter scheme', () => {
    const rows = ['A', 'B', 'C', 'D'].map((b, i) => gun(b, addDays('2024-01-01', 10 * i), 120, `P${b}`));
    const nets = assembleNetworks(
      evidenceOf(rows),
      ['A', 'B', 'C', 'D'].map((b) => ({ a: b, b: 'R' })),
      settings,
    );
    expect(nets).toHaveLength(1);
    expect(nets[0]!.typology).toBe('RECRUITER_ONE_TIME_BUYERS');
    expect(nets[0]!.members.find((m) => m.id === 'R')!.role).toBe('BROKER');
    expect(nets[0]!.evidence.join(' ')).toMatch(/broker R is a known associate of 4/);
  });

  it("makes a receiver the hub when guns of several buyers meet in one person's hands, with no association on record", () => {
    const rows = [gun('A', '2024-01-01', 100, 'HUB'), gun('B', '2024-02-01', 150, 'HUB'), gun('A', '2024-03-01', 200, 'X')];
    const nets = assembleNetworks(evidenceOf(rows), [], settings);
    expect(nets).toHaveLength(1);
    expect(nets[0]!.typology).toBe('RECEIVER_HUB');
    expect(nets[0]!.members.find((m) => m.id === 'HUB')!.role).toBe('RECEIVER');
  });

  it('does not report acquaintances whose single diversions are years apart', () => {
    const rows = [gun('A', '2019-01-01', 300, 'X'), gun('B', '2021-01-01', 300, 'Y'), gun('C', '2023-01-01', 300, 'Z')];
    expect(
      assembleNetworks(
        evidenceOf(rows),
        [
          { a: 'A', b: 'K' },
          { a: 'B', b: 'K' },
          { a: 'C', b: 'K' },
        ],
        settings,
      ),
    ).toEqual([]);
    expect(maxEventsInWindow([0, 700, 1400], 365)).toBe(1);
  });
});
