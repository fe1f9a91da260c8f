import { describe, expect, it } from 'vitest';
import { Role } from '../../src/core/role.js';
import { graphql } from '../generated/graphql/index.js';
import { importRecords } from '../leads/fixtures.js';
import { unseenSeriesCase } from './unseen-series-case.js';

// Following a recovered gun through its trace chain, on the hand-written case of
// unseen-series-case.ts. ATF: time-to-crime runs from the first retail sale to the recovery;
// under 3 years (1,095 days) is a possible trafficking indicator, under 1 year (365 days) a
// strong one; it is never negative. Expected values worked out by hand from the records.
const c = unseenSeriesCase();
const { id } = c;

const CHAIN = graphql(`
  query UnseenTraceChain($id: NonEmptyString!) {
    firearm(id: $id) {
      traceChain {
        dealer {
          license
        }
        sale {
          saleId
          soldOn
        }
        purchaser {
          personId
        }
        timeToCrimeDays
        timeToCrimeIndicator
        inconsistency
        recoveries {
          recoveryId
          timeToCrimeDays
          timeToCrimeIndicator
          possessorIsPurchaser
          recoveredOutOfState
          traces {
            outcome
            resolvedDealer {
              license
            }
            resolvedPurchaser {
              personId
            }
          }
        }
      }
    }
  }
`);
const SALES = graphql(`
  query UnseenTraceSales($license: NonEmptyString!, $person: NonEmptyString!) {
    ffl(license: $license) {
      sales(first: 10) {
        totalCount
        edges {
          node {
            saleId
            soldOn
          }
        }
      }
    }
    person(id: $person) {
      purchases(first: 10) {
        edges {
          node {
            saleId
          }
        }
      }
    }
  }
`);

const chainOf = async (gun: string) => {
  const res = await c.ref.app.gql(CHAIN, { id: id(gun) }, [Role.INVESTIGATOR]);
  expect(res.errors).toBeUndefined();
  return res.data!.firearm!.traceChain;
};

describe('a recovered gun followed through its trace chain (hand-written case)', () => {
  it('a gun resold through a second dealer: time-to-crime counts from the first retail sale', async () => {
    const chain = await chainOf('G1');
    expect(chain.dealer?.license).toBe(c.w.store);
    expect(chain.sale).toEqual({ saleId: id('SA1'), soldOn: '2024-02-29' });
    expect(chain.purchaser?.personId).toBe(id('P1'));
    // 2024-02-29 → 2025-02-28 is 365 days, → 2025-06-15 another 1 + 92 + 14: 472 days, under 3 years.
    expect([chain.timeToCrimeDays, chain.timeToCrimeIndicator, chain.inconsistency]).toEqual([472, 'POSSIBLE', null]);
    const [r] = chain.recoveries;
    expect(chain.recoveries).toHaveLength(1);
    expect([r!.recoveryId, r!.timeToCrimeDays, r!.timeToCrimeIndicator]).toEqual([id('RC1'), 472, 'POSSIBLE']);
    // Recovered from P3, not the first purchaser; in Pennsylvania, where the first sale was.
    expect([r!.possessorIsPurchaser, r!.recoveredOutOfState]).toEqual([false, false]);
    expect(r!.traces.map((t) => [t.outcome, t.resolvedDealer?.license, t.resolvedPurchaser?.personId])).toEqual([['COMPLETED', c.w.store, id('P1')]]);
    // The resale is on record at the second store and with its buyer.
    const res = await c.ref.app.gql(SALES, { license: c.store2, person: id('P2') }, [Role.INVESTIGATOR]);
    expect(res.errors).toBeUndefined();
    expect(res.data!.ffl!.sales.edges.map((e) => [e.node.saleId, e.node.soldOn])).toEqual([[id('SA2'), '2024-09-01']]);
    expect(res.data!.person!.purchases.edges.map((e) => e.node.saleId)).toEqual([id('SA2')]);
  });

  it('the 1- and 3-year boundaries from a leap-day sale: exactly a year is not under a year', async () => {
    // 2020-02-29 + 365 days = 2021-02-28; + 1,095 days = 2023-02-28 (no 29 February in between).
    const expected: Record<string, [number, string]> = {
      B364: [364, 'STRONG'],
      B365: [365, 'POSSIBLE'],
      B1094: [1094, 'POSSIBLE'],
      B1095: [1095, 'NONE'],
    };
    for (const [gun, [days, label]] of Object.entries(expected)) {
      const chain = await chainOf(`FA${gun}`);
      expect(chain.sale?.soldOn, gun).toBe('2020-02-29');
      expect(chain.recoveries.map((r) => r.recoveryId)).toEqual([id(`RC${gun}`)]);
      expect([chain.timeToCrimeDays, chain.timeToCrimeIndicator], gun).toEqual([days, label]);
      expect([chain.recoveries[0]!.timeToCrimeDays, chain.recoveries[0]!.timeToCrimeIndicator], gun).toEqual([days, label]);
    }
  });

  it('a trace that found the dealer but no purchaser: the chain names the dealer, with no sale and no time-to-crime', async () => {
    const chain = await chainOf('GNP');
    expect(chain.sale).toBeNull();
    expect(chain.purchaser).toBeNull();
    expect([chain.timeToCrimeDays, chain.timeToCrimeIndicator]).toEqual([null, null]);
    const [r] = chain.recoveries;
    expect(r!.traces.map((t) => [t.outcome, t.resolvedDealer?.license, t.resolvedPurchaser])).toEqual([['NO_PURCHASER', c.w.store, null]]);
    expect([r!.timeToCrimeDays, r!.timeToCrimeIndicator, r!.possessorIsPurchaser]).toEqual([null, null, null]);
    // The trace resolved the retail dealer: the chain must not say none was found.
    expect(chain.dealer?.license).toBe(c.w.store);
    // Recovered in Pennsylvania, where that dealer is.
    expect(r!.recoveredOutOfState).toBe(false);
  });
  it('a recovery dated before the first retail sale is refused at import, so time-to-crime is never negative', async () => {
    const early = { ...c.records.find((r) => r.id === id('RC1'))!, id: id('RCX'), recoveredOn: '2024-02-28', sceneId: null };
    await expect(importRecords(c.ref.app, [early])).rejects.toThrow(/records\[0\]\.recoveredOn.*first retail sale/);
    const chain = await chainOf('G1');
    expect(chain.recoveries.map((r) => r.recoveryId)).toEqual([id('RC1')]);
    expect([chain.timeToCrimeDays, chain.inconsistency]).toEqual([472, null]);
  });
});
