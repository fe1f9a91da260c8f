import { describe, expect, it } from 'vitest';
import { REFERENCES, waitsFor } from '../../../src/import/record.references.js';
import { RECORD_TYPES } from '../../../src/import/record.types.js';

describe('waitsFor (which committed types a type of an import needs before its batches are written)', () => {
  it('names every type a type references, so a write never MATCHes a target still in flight', () => {
    for (const type of RECORD_TYPES) {
      for (const ref of REFERENCES[type] ?? []) expect(waitsFor(type)).toContain(ref.to);
    }
  });

  it('names the types whose facts the chronology rules read: recovery after the sale, a test-fire after the recovery', () => {
    expect(waitsFor('recovery')).toContain('sale');
    expect(waitsFor('casing')).toContain('recovery');
  });

  it('only ever waits for types written earlier (the write order is a dependency order), and types with no references wait for none', () => {
    for (const type of RECORD_TYPES) {
      for (const dep of waitsFor(type)) expect(RECORD_TYPES.indexOf(dep)).toBeLessThan(RECORD_TYPES.indexOf(type));
    }
    for (const type of ['manufacturer', 'agency', 'ffl', 'person'] as const) expect(waitsFor(type)).toEqual([]);
    // Independent neighbours overlap: dealers need nothing people write, associations nothing guns write.
    expect(waitsFor('association')).not.toContain('firearm');
    expect(waitsFor('scene')).not.toContain('firearm');
  });
});
