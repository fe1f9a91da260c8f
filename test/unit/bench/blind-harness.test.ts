import { describe, expect, it } from 'vitest';
import { authorOf } from '../../../bench/blind-harness/authors.js';
import { checkRecords, type Backdrop } from '../../../bench/blind-harness/dealers.contract.js';
import { refusedRecords, withoutUnmentionedPeople } from '../../../bench/blind-harness/plant-into.js';
import { backgroundOf } from '../../../bench/blind-harness/trafficking.contract.js';
import type { GraphRecord } from '../../../src/import/record.types.js';
import type { RecoveredPurchase } from '../../../src/network/trafficking.types.js';

const LICENSE = '1-23-456-01-2B-01234';

/** One buyer, one handgun, its sale and its recovery: what every blind case is made of. */
function oneCase(soldOn = '2024-03-01', recoveredOn = '2024-09-15', personId = 'B2-1-P1'): GraphRecord[] {
  return [
    { type: 'person', id: personId, firstName: 'Ann', lastName: 'Lee', dateOfBirth: '1990-01-01', address: '1 Main Street', city: 'Richmond', state: 'VA' },
    {
      type: 'firearm',
      id: 'B2-1-F1',
      serial: 'B2S1',
      serialObliterated: false,
      make: 'Glock',
      model: '19',
      caliber: '9mm Luger',
      kind: 'PISTOL',
      manufacturer: 'Glock',
    },
    { type: 'sale', id: 'B2-1-S1', fflLicense: LICENSE, firearmId: 'B2-1-F1', purchaserId: personId, soldOn, multipleSale: false },
    {
      type: 'recovery',
      id: 'B2-1-R1',
      firearmId: 'B2-1-F1',
      recoveredOn,
      address: '9 Elm Street',
      city: 'Baltimore',
      state: 'MD',
      latitude: 39.3,
      longitude: -76.6,
      agencyOri: 'MD0000000',
      sceneId: null,
      possessorId: null,
    },
  ] as GraphRecord[];
}

describe('blind generators are held to the importer’s rules', () => {
  it('accepts a consistent case', () => {
    expect(refusedRecords(oneCase(), 'B2')).toEqual([]);
  });

  it('names the field of a recovery dated before its sale', () => {
    const problems = refusedRecords(oneCase('2024-09-20', '2024-09-15'), 'B2');
    expect(problems.some((p) => p.startsWith('sale B2-1-S1: soldOn'))).toBe(true);
  });

  it('refuses a person whose id does not carry the generator’s prefix, and a duplicate key', () => {
    const records = [...oneCase('2024-03-01', '2024-09-15', 'X-P1'), oneCase()[1]!];
    const problems = refusedRecords(records, 'B2');
    expect(problems).toContain('person X-P1: id lacks the prefix B2-');
    expect(problems).toContain('firearm B2-1-F1: duplicate key');
  });

  it('leaves out a person no planted record names, and keeps every named one', () => {
    const stray = { ...oneCase()[0]!, id: 'B2-1-P9', dateOfBirth: '2029-11-14' } as GraphRecord;
    const kept = withoutUnmentionedPeople({ records: [...oneCase(), stray], cases: [] }).records;
    expect(kept.map((r) => `${r.type} ${'id' in r ? r.id : ''}`)).toEqual(['person B2-1-P1', 'firearm B2-1-F1', 'sale B2-1-S1', 'recovery B2-1-R1']);
    expect(refusedRecords(kept, 'B2')).toEqual([]);
  });

  it('refuses a planted dealer whose license is one of the background’s', () => {
    const backdrop: Backdrop = { agencies: [], specs: { handgun: [], long: [] }, licenses: new Set([LICENSE]), manufacturers: new Set(), dealerCount: 1 };
    const ffl = {
      type: 'ffl',
      license: LICENSE,
      name: 'Planted',
      licenseType: '01',
      premisesAddress: '2 Main Street',
      city: 'Richmond',
      state: 'VA',
      latitude: 37.5,
      longitude: -77.4,
    } as GraphRecord;
    expect(() => checkRecords([ffl], backdrop)).toThrow(/collides with a background license/);
  });
});

describe('the background a blind trafficking generator plants into', () => {
  const row = (license: string, state: string, city: string, recoveredOn: string) =>
    ({ dealerLicense: license, dealerState: state, recoveredState: state, recoveredCity: city, recoveredOn }) as RecoveredPurchase;
  const purchases = (license: string, n: number) =>
    Array.from({ length: n }, () => ({ purchaserId: 'p', soldOn: '2020-01-01', dealerLicense: license, multipleSale: false }));

  it('lists busy stores apart from every store, with their sales, cities and the recovery window', () => {
    const bg = backgroundOf({
      rows: [row('A', 'VA', 'Richmond', '2021-01-05'), row('B', 'VA', 'Norfolk', '2023-06-01'), row('C', 'MD', 'Baltimore', '2022-02-02')],
      purchases: [...purchases('A', 30), ...purchases('B', 29), ...purchases('C', 1)],
    });
    expect(bg.dealersByState.get('VA')?.map((d) => d.license)).toEqual(['A']);
    expect(bg.dealersByState.has('MD')).toBe(false);
    expect(bg.allDealersByState.get('VA')?.map((d) => [d.license, d.sales])).toEqual([
      ['A', 30],
      ['B', 29],
    ]);
    expect(bg.citiesByState.get('VA')).toEqual(['Norfolk', 'Richmond']);
    expect(bg.firstRecovery).toBe(Date.UTC(2021, 0, 5) / 86_400_000);
    expect(bg.lastRecovery).toBe(Date.UTC(2023, 5, 1) / 86_400_000);
  });
});

describe('picking a blind author', () => {
  it('returns the named generator and refuses a name it does not know, listing the ones it does', () => {
    const authors = { first: 'a', second: 'b' };
    expect(authorOf(authors, 'second')).toBe('b');
    expect(() => authorOf(authors, 'third')).toThrow('--author must be one of first, second');
    expect(() => authorOf(authors, 'toString')).toThrow(/--author must be one of/);
  });
});
