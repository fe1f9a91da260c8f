import { describe, expect, it } from 'vitest';
import { blockPeople, blockPeopleInSteps } from '../../../src/resolution/person-blocking.compute.js';
import { STEP_ENTRIES } from '../../../src/resolution/run-in-steps.js';
import type { PersonRecord } from '../../../src/resolution/person-match.compute.js';
import { blockIndex, blockIndexInSteps } from '../../../src/resolution/resolution-incremental.js';

/** Enough people that blocking takes many steps, with shared surnames and birth years so blocks get split. */
function people(n: number): PersonRecord[] {
  const first = ['Dana', 'Leona', 'Maria', 'James', 'Ana', 'Tom', 'Li', 'Sam'];
  const last = ['Whitfield', 'Kohl', 'Ortiz', 'Smith', 'Nguyen', 'Brown', 'Garcia'];
  return Array.from({ length: n }, (_, i) => ({
    id: `P${String(i).padStart(6, '0')}`,
    firstName: first[i % first.length]!,
    lastName: last[(i * 7) % last.length]!,
    dateOfBirth: `19${50 + (i % 50)}-0${1 + (i % 9)}-1${i % 10}`,
    address: `${i % 997} Larch Lane`,
    city: null,
    state: null,
  }));
}

const realPause = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('blocking in steps (the analysis job runs in the service process)', () => {
  const records = people(3 * STEP_ENTRIES);

  it('builds exactly the blocks blockPeople builds, at the default cap and a small one', async () => {
    for (const cap of [undefined, 7]) {
      const once = blockPeople(records, cap);
      const stepped = await blockPeopleInSteps(records, realPause, cap);
      expect(stepped).toEqual(once);
    }
  });

  it('lets the event loop run other work between steps, while blocking and while fingerprinting', async () => {
    let pauses = 0;
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 0);
    const stepped = await blockIndexInSteps(records, async () => {
      pauses += 1;
      await new Promise<void>((resolve) => setTimeout(resolve, 1));
    });
    clearInterval(timer);
    // Keys of every record for each pass, then fingerprints: at least one pause per STEP_ENTRIES records each.
    expect(pauses).toBeGreaterThanOrEqual(6);
    expect(ticks).toBeGreaterThan(0);
    const once = blockIndex(records);
    expect(stepped.blocks).toEqual(once.blocks);
    expect(stepped.fingerprints).toEqual(once.fingerprints);
  });
});
