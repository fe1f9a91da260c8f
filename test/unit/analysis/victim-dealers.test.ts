import { describe, expect, it } from 'vitest';
import { markVictimDealers, type CaseOutcome, type PlantedCaseTruth } from '../../../src/analysis/typology-quality.js';

const truth = (id: string, typology: string, dealerLicenses: string[]): PlantedCaseTruth => ({
  id,
  typology,
  trafficking: false,
  purchaserIds: [],
  hubIds: [],
  possessorIds: [],
  firearmIds: [],
  recoveredFirearmIds: [],
  evidentPurchaserIds: [],
  dealerLicenses,
});
const outcome = (id: string, typology: string, hit = false): CaseOutcome => ({ id, typology, trafficking: false, hit, evident: true, networkTypology: null });

describe('a burgled dealer is a false positive when it ranks among the top 2K', () => {
  const cases = [truth('B1', 'DECOY_DEALER_BURGLARY', ['L1']), truth('B2', 'DECOY_DEALER_BURGLARY', ['L2']), truth('C1', 'DECOY_COLLECTOR', ['L1'])];
  const ranks = new Map([
    ['L1', 3],
    ['L2', 9],
  ]);

  it('marks the victim dealer ranked within 2K, not the one below, and leaves other look-alikes to their people', () => {
    const marked = markVictimDealers(
      [outcome('B1', 'DECOY_DEALER_BURGLARY'), outcome('B2', 'DECOY_DEALER_BURGLARY'), outcome('C1', 'DECOY_COLLECTOR')],
      cases,
      ranks,
      8,
    );
    expect(marked.map((o) => [o.id, o.hit])).toEqual([
      ['B1', true],
      ['B2', false],
      ['C1', false],
    ]);
  });

  it('keeps a hit that came from a flagged person, and an unranked dealer is not a hit', () => {
    const marked = markVictimDealers([outcome('B2', 'DECOY_DEALER_BURGLARY', true)], cases, new Map(), 8);
    expect(marked[0]!.hit).toBe(true);
    expect(markVictimDealers([outcome('B2', 'DECOY_DEALER_BURGLARY')], cases, new Map(), 8)[0]!.hit).toBe(false);
  });

  it('still counts a ranked victim that planted straw buyers also bought at, and marks it so a report can say so', () => {
    const straw = { ...truth('R1', 'STRAW_RING_UNLINKED', ['L1']), trafficking: true };
    const marked = markVictimDealers([outcome('B1', 'DECOY_DEALER_BURGLARY'), outcome('B2', 'DECOY_DEALER_BURGLARY')], [...cases, straw], ranks, 8, [
      { strawPurchaserIds: [], dealerLicenses: ['L2'] },
    ]);
    expect(marked.map((o) => [o.id, o.hit, o.sharedStore ?? false])).toEqual([
      ['B1', true, true],
      ['B2', false, true],
    ]);
    // A look-alike (not trafficking) at the same store is no straw buyer's store.
    expect(markVictimDealers([outcome('B1', 'DECOY_DEALER_BURGLARY')], cases, ranks, 8)[0]!.sharedStore).toBeUndefined();
  });
});
