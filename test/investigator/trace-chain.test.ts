import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Role } from '../../src/core/role.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { graphql } from '../generated/graphql/index.js';

const CHAIN = graphql(`
  query Chain($id: NonEmptyString!) {
    firearm(id: $id) {
      id: firearmId
      traceChain {
        dealer {
          license
          state
        }
        sale {
          soldOn
          purchaser {
            id: personId
          }
          dealer {
            license
          }
        }
        purchaser {
          id: personId
          firstName
          lastName
          dateOfBirth
          state
        }
        timeToCrimeDays
        timeToCrimeIndicator
        timeToFirstShootingDays
        recoveries {
          recoveredOn
          state
          timeToCrimeDays
          timeToCrimeIndicator
          possessorIsPurchaser
          recoveredOutOfState
          possessor {
            id: personId
            firstName
          }
          agency {
            ori
          }
          traces {
            id: traceId
            outcome
            requestedAt
            resolvedDealer {
              license
            }
            resolvedPurchaser {
              id: personId
            }
          }
        }
      }
    }
  }
`);

let app: TestApp;
const manifest = inject('manifest');

beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

/** ATF thresholds: under 1 year strong, under 3 years possible (a year counted as 365 days). */
const indicator = (days: number) => (days < 365 ? 'STRONG' : days < 3 * 365 ? 'POSSIBLE' : 'NONE');

describe('Firearm.traceChain on the planted trace examples', () => {
  it('the manifest has trace examples', () => {
    expect(manifest.traceExamples.length).toBeGreaterThan(0);
  });

  it('has the planted dealer, purchaser, sale date and time-to-crime, with the ATF indicator', async () => {
    for (const ex of manifest.traceExamples) {
      const res = await app.gql(CHAIN, { id: ex.firearmId });
      expect(res.errors, ex.firearmId).toBeUndefined();
      const chain = res.data!.firearm!.traceChain;
      expect(chain.dealer?.license, ex.firearmId).toBe(ex.dealerLicense);
      expect(chain.sale?.dealer!.license).toBe(ex.dealerLicense);
      expect(chain.purchaser?.id).toBe(ex.purchaserId);
      expect(chain.sale?.purchaser!.id).toBe(ex.purchaserId);
      expect(chain.sale?.soldOn).toBe(ex.soldOn);
      expect(chain.purchaser?.state).toBe(ex.purchaserState);
      const recovery = chain.recoveries.find((r) => r.recoveredOn === ex.recoveredOn);
      expect(recovery, `${ex.firearmId} recovered ${ex.recoveredOn}`).toBeDefined();
      expect(recovery!.timeToCrimeDays).toBe(ex.timeToCrimeDays);
      expect(recovery!.timeToCrimeIndicator).toBe(indicator(ex.timeToCrimeDays));
      expect(recovery!.state).toBe(ex.recoveredState);
      expect(recovery!.recoveredOutOfState).toBe(ex.recoveredState !== chain.dealer!.state);
      expect(recovery!.possessorIsPurchaser).toBe(recovery!.possessor ? recovery!.possessor.id === ex.purchaserId : null);
      // The chain's own time-to-crime is its first recovery's.
      expect(chain.timeToCrimeDays).toBe(chain.recoveries[0]!.timeToCrimeDays);
    }
  });

  it('a completed trace resolves to the planted dealer and purchaser', async () => {
    let completed = 0;
    for (const ex of manifest.traceExamples) {
      const res = await app.gql(CHAIN, { id: ex.firearmId });
      const recovery = res.data!.firearm!.traceChain.recoveries.find((r) => r.recoveredOn === ex.recoveredOn)!;
      for (const trace of recovery.traces.filter((t) => t.outcome === 'COMPLETED')) {
        completed += 1;
        expect(trace.resolvedDealer?.license).toBe(ex.dealerLicense);
        expect(trace.resolvedPurchaser?.id).toBe(ex.purchaserId);
      }
    }
    expect(completed).toBeGreaterThan(0);
  });

  it("time to first shooting runs from the sale to the first scene of the gun's NIBIN series", async () => {
    const series = manifest.series.filter((s) => s.firearmId);
    expect(series.length).toBeGreaterThan(0);
    for (const s of series) {
      const res = await app.gql(
        graphql(`
          query TraceChain1($id: NonEmptyString!) {
            firearm(id: $id) {
              shootings {
                occurredAt
              }
              traceChain {
                sale {
                  soldOn
                }
                firstShootingAt
                timeToFirstShootingDays
              }
            }
          }
        `),
        { id: s.firearmId! },
      );
      expect(res.errors).toBeUndefined();
      const { shootings, traceChain } = res.data!.firearm!;
      expect(traceChain.firstShootingAt).toBe(shootings[0]!.occurredAt);
      if (traceChain.sale) {
        const days = Math.round((Date.parse(shootings[0]!.occurredAt.slice(0, 10)) - Date.parse(traceChain.sale.soldOn)) / 86_400_000);
        expect(traceChain.timeToFirstShootingDays).toBe(days);
      }
    }
  });

  it("an analyst sees the trace chain with the purchaser's personal fields masked; an investigator sees them", async () => {
    const ex = manifest.traceExamples[0]!;
    const asAnalyst = await app.gql(CHAIN, { id: ex.firearmId }, [Role.ANALYST]);
    expect(asAnalyst.errors).toBeUndefined();
    const masked = asAnalyst.data!.firearm!.traceChain.purchaser!;
    expect(masked.id).toBe(ex.purchaserId);
    expect(masked.state).toBe(ex.purchaserState);
    expect([masked.firstName, masked.lastName, masked.dateOfBirth]).toEqual([null, null, null]);
    const asInvestigator = await app.gql(CHAIN, { id: ex.firearmId }, [Role.INVESTIGATOR]);
    const shown = asInvestigator.data!.firearm!.traceChain.purchaser!;
    expect(shown.firstName).toEqual(expect.any(String));
    expect(shown.lastName).toEqual(expect.any(String));
    expect(shown.dateOfBirth).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
