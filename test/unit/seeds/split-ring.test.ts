import { describe, expect, it } from 'vitest';
import { createSeedGeneration } from '../../../seeds/generate.js';
import type { AssociationRecord, GraphRecord, PersonRecord } from '../../../src/import/record.types.js';

/** The planted split ring (seeds/typologies/split-ring.ts), checked on the generated records themselves. */
describe('split ring: a broker entered as two person records', () => {
  const g = createSeedGeneration('S', 42);
  const records: GraphRecord[] = [...g.batches()].flatMap((b) => b.records);
  const manifest = g.manifest();
  const people = new Map(records.filter((r): r is PersonRecord => r.type === 'person').map((p) => [p.id, p]));
  const links = records.filter((r): r is AssociationRecord => r.type === 'association');
  const tiedTo = (id: string) => new Set(links.flatMap((a) => (a.fromPersonId === id ? [a.toPersonId] : a.toPersonId === id ? [a.fromPersonId] : [])));

  it('plants one at scale S, with both records in the duplicates truth', () => {
    expect(manifest.splitRings).toHaveLength(1);
    const ring = manifest.splitRings![0]!;
    expect(manifest.duplicates).toContainEqual(ring.duplicate);
    expect(ring.case.hubIds).toEqual(expect.arrayContaining([ring.duplicate.originalId, ring.duplicate.duplicateId]));
    expect(manifest.typologies.map((t) => t.id)).not.toContain(ring.case.id);
  });

  it('keeps the home address and varies name or date of birth, as the variations say', () => {
    const { duplicate } = manifest.splitRings![0]!;
    const [a, b] = [people.get(duplicate.originalId)!, people.get(duplicate.duplicateId)!];
    expect(b.address).toBe(a.address);
    expect(duplicate.variations.length).toBeGreaterThan(0);
    expect(duplicate.variations.every((v) => !v.startsWith('ADDRESS'))).toBe(true);
    expect([b.firstName !== a.firstName, b.lastName !== a.lastName, b.dateOfBirth !== a.dateOfBirth].some(Boolean)).toBe(true);
  });

  it('ties each crew to one record of the broker only, so the crews share nobody on record', () => {
    const { duplicate, crews, case: c } = manifest.splitRings![0]!;
    expect(crews[0].length).toBeGreaterThanOrEqual(2);
    expect(crews[1].length).toBeGreaterThanOrEqual(2);
    for (const s of crews[0]) expect([...tiedTo(s)]).toEqual([duplicate.originalId]);
    for (const s of crews[1]) expect([...tiedTo(s)]).toEqual([duplicate.duplicateId]);
    expect(new Set([...crews[0], ...crews[1]])).toEqual(new Set(c.purchaserIds));
    // No receiver holds guns of both crews.
    const holders = (crew: string[]) => {
      const sold = new Set(records.filter((r) => r.type === 'sale' && crew.includes(r.purchaserId)).map((r) => (r.type === 'sale' ? r.firearmId : '')));
      return new Set(records.flatMap((r) => (r.type === 'recovery' && sold.has(r.firearmId) && r.possessorId ? [r.possessorId] : [])));
    };
    const [h0, h1] = [holders(crews[0]), holders(crews[1])];
    expect([...h0].filter((p) => h1.has(p))).toEqual([]);
  });
});
