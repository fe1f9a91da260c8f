import { describe, expect, it } from 'vitest';
import { theftStanding } from '../../../src/network/theft-standing.js';
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
    });
    expect(theftStanding([{ occurredOn: '2024-11-19', reportedOn: RECOVERED }], SOLD, RECOVERED).reportedStolen).toBe(true);
  });

  it('does not when the report was filed only after the recovery, and says so', () => {
    expect(theftStanding([{ occurredOn: '2024-06-02', reportedOn: '2024-12-05' }], SOLD, RECOVERED)).toEqual({
      reportedStolen: false,
      reportedStolenAfterRecovery: true,
    });
  });

  it('ignores thefts outside the span from sale to recovery, and a late report beside a timely one', () => {
    expect(theftStanding([{ occurredOn: '2023-12-01', reportedOn: '2023-12-01' }], SOLD, RECOVERED)).toEqual({
      reportedStolen: false,
      reportedStolenAfterRecovery: false,
    });
    expect(theftStanding([{ occurredOn: '2024-12-01', reportedOn: '2024-12-01' }], SOLD, RECOVERED).reportedStolenAfterRecovery).toBe(false);
    const both = [
      { occurredOn: '2024-06-02', reportedOn: '2024-06-02' },
      { occurredOn: '2024-06-02', reportedOn: '2024-12-05' },
    ];
    expect(theftStanding(both, SOLD, RECOVERED)).toEqual({ reportedStolen: true, reportedStolenAfterRecovery: false });
  });

  it('keeps a gun whose theft was claimed after its recovery as straw evidence, and names the late claim', () => {
    const row = (firearmId: string, claim: boolean): RecoveredPurchase => ({
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
      ...theftStanding(claim ? [{ occurredOn: '2024-05-01', reportedOn: '2024-12-01' }] : [], SOLD, RECOVERED),
    });
    const rows = [row('G1', true), row('G2', false)];
    const purchases = rows.map((r) => ({ purchaserId: r.purchaserId, soldOn: r.soldOn, dealerLicense: r.dealerLicense, multipleSale: false }));
    const ev = purchaserEvidence(rows, purchases, networkSettings()).get('B')!;
    expect(ev.strawGuns.map((g) => g.firearmId)).toEqual(['G1', 'G2']);
    expect(ev.stolenExcluded).toBe(0);
    expect(ev.evidence.some((e) => e.startsWith('1 gun(s) counted although reported stolen'))).toBe(true);
  });
});
