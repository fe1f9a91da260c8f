import { describe, expect, it } from 'vitest';
import { repeatedTheftClaimants, theftStanding } from '../../../src/network/theft-standing.js';
import { purchaserEvidence, type RecoveredPurchase } from '../../../src/network/trafficking.evidence.js';
import { networkSettings } from './recovered-rows.js';

// Which theft reports account for a recovered gun: only those filed by the day police recovered it.
const SOLD = '2024-03-01';
const RECOVERED = '2024-11-20';

describe('theft reports of a recovered gun', () => {
  it('accounts for the gun when the theft was reported before, or on the day of, the recovery', () => {
    expect(theftStanding([{ occurredOn: '2024-06-02', reportedOn: '2024-06-03' }], SOLD, RECOVERED)).toEqual({
      reportedStolen: true,
      reportedStolenAfterRecovery: false,
      theftOccurredOn: '2024-06-02',
    });
    expect(theftStanding([{ occurredOn: '2024-11-19', reportedOn: RECOVERED }], SOLD, RECOVERED).reportedStolen).toBe(true);
  });

  it('does not when the report was filed only after the recovery, and says so', () => {
    expect(theftStanding([{ occurredOn: '2024-06-02', reportedOn: '2024-12-05' }], SOLD, RECOVERED)).toEqual({
      reportedStolen: false,
      reportedStolenAfterRecovery: true,
      theftOccurredOn: null,
    });
  });

  it('ignores thefts outside the span from sale to recovery, and a late report beside a timely one', () => {
    expect(theftStanding([{ occurredOn: '2023-12-01', reportedOn: '2023-12-01' }], SOLD, RECOVERED)).toEqual({
      reportedStolen: false,
      reportedStolenAfterRecovery: false,
      theftOccurredOn: null,
    });
    expect(theftStanding([{ occurredOn: '2024-12-01', reportedOn: '2024-12-01' }], SOLD, RECOVERED).reportedStolenAfterRecovery).toBe(false);
    const both = [
      { occurredOn: '2024-06-02', reportedOn: '2024-06-02' },
      { occurredOn: '2024-06-02', reportedOn: '2024-12-05' },
    ];
    expect(theftStanding(both, SOLD, RECOVERED)).toEqual({ reportedStolen: true, reportedStolenAfterRecovery: false, theftOccurredOn: '2024-06-02' });
  });

  it('keeps a gun whose theft was claimed after its recovery as straw evidence, and names the late claim', () => {
    const rows = [row('G1', [{ occurredOn: '2024-05-01', reportedOn: '2024-12-01' }]), row('G2', [])];
    const ev = evidenceOf(rows).get('B')!;
    expect(ev.strawGuns.map((g) => g.firearmId)).toEqual(['G1', 'G2']);
    expect(ev.stolenExcluded).toBe(0);
    expect(ev.evidence.some((e) => e.startsWith('1 gun(s) counted although reported stolen'))).toBe(true);
  });
});

describe('a buyer who reports thefts again and again', () => {
  const burglary = (day: string) => [{ occurredOn: day, reportedOn: day }];

  it('counts the different days a buyer said his guns were taken, and only from the set number of days', () => {
    const rows = [row('G1', burglary('2024-05-01')), row('G2', burglary('2024-05-01')), row('G3', burglary('2024-08-09')), row('G4', [])];
    expect(repeatedTheftClaimants(rows, 2)).toEqual(new Map([['B', 2]]));
    expect(repeatedTheftClaimants(rows, 3)).toEqual(new Map());
    expect(repeatedTheftClaimants(rows, 0)).toEqual(new Map());
  });

  it('keeps guns "stolen" on two different days as straw evidence, and says why', () => {
    const ev = evidenceOf([row('G1', burglary('2024-05-01')), row('G2', burglary('2024-08-09'))]).get('B')!;
    expect(ev.strawGuns.map((g) => g.firearmId)).toEqual(['G1', 'G2']);
    expect(ev.stolenExcluded).toBe(0);
    expect(ev.evidence).toContain(
      '2 gun(s) counted although reported stolen: the buyer reported thefts on 2 different days, and the guns then turned up in crime',
    );
  });

  it('still takes out the guns of one burglary, however many it took, and every report when the rule is off', () => {
    const one = evidenceOf([row('G1', burglary('2024-05-01')), row('G2', burglary('2024-05-01')), row('G3', burglary('2024-05-01'))]).get('B')!;
    expect(one.strawGuns).toEqual([]);
    expect(one.stolenExcluded).toBe(3);
    const off = evidenceOf([row('G1', burglary('2024-05-01')), row('G2', burglary('2024-08-09'))], { repeatedTheftIncidents: 0 }).get('B')!;
    expect(off.strawGuns).toEqual([]);
    expect(off.stolenExcluded).toBe(2);
  });
});

function row(firearmId: string, thefts: Array<{ occurredOn: string; reportedOn: string }>): RecoveredPurchase {
  return {
    purchaserId: 'B',
    purchaserState: 'GA',
    firearmId,
    dealerLicense: 'L1',
    dealerState: 'GA',
    soldOn: SOLD,
    multipleSale: false,
    recoveredOn: RECOVERED,
    recoveredState: 'GA',
    possessorId: `H-${firearmId}`,
    timeToCrimeDays: 264,
    ...theftStanding(thefts, SOLD, RECOVERED),
  };
}

function evidenceOf(rows: RecoveredPurchase[], settings: Partial<ReturnType<typeof networkSettings>> = {}) {
  const purchases = rows.map((r) => ({ purchaserId: r.purchaserId, soldOn: r.soldOn, dealerLicense: r.dealerLicense, multipleSale: false }));
  return purchaserEvidence(rows, purchases, { ...networkSettings(), ...settings });
}
