import { describe, expect, it } from 'vitest';
import { CHECK_RUNS, ChecksOutdated, writeAsChecked } from '../../../src/import/decision-epoch.data.js';

/**
 * writeAsChecked: what an import checked is written only at the decision epoch it was checked at; a
 * decision in between has it checked again from what passed last, at the epoch found under the lock
 * (src/import/decision-epoch.data.ts). The database side is tested in
 * test/import/conflict-decision-epoch.test.ts.
 */
describe('writeAsChecked', () => {
  it('writes what was checked, once, when no decision landed', async () => {
    const writes: Array<[string[], number]> = [];
    const out = await writeAsChecked(
      3,
      ['a', 'b'],
      () => Promise.reject(new Error('not checked again')),
      (checked, epoch) => {
        writes.push([checked, epoch]);
        return Promise.resolve('written');
      },
    );
    expect(out).toBe('written');
    expect(writes).toEqual([[['a', 'b'], 3]]);
  });

  it('checks again what passed last, at the epoch the write found, and writes that', async () => {
    const rechecks: Array<[string[], number]> = [];
    const writes: Array<[string[], number]> = [];
    // The store's epoch moves twice before the write sees the one its check saw.
    const epochs = [5, 6];
    await writeAsChecked(
      4,
      ['a', 'b', 'c'],
      (last, epoch) => {
        rechecks.push([last, epoch]);
        return Promise.resolve(last.slice(1));
      },
      (checked, epoch) => {
        writes.push([checked, epoch]);
        const now = epochs.shift();
        return now === undefined ? Promise.resolve() : Promise.reject(new ChecksOutdated(now));
      },
    );
    expect(rechecks).toEqual([
      [['a', 'b', 'c'], 5],
      [['b', 'c'], 6],
    ]);
    expect(writes.map(([checked, epoch]) => `${checked.join('')}@${epoch}`)).toEqual(['abc@4', 'bc@5', 'c@6']);
  });

  it(`gives up after ${CHECK_RUNS} writes with SERVICE_UNAVAILABLE, and passes other errors through at once`, async () => {
    let writes = 0;
    const outdated = writeAsChecked(
      0,
      [],
      (last) => Promise.resolve(last),
      () => {
        writes += 1;
        return Promise.reject(new ChecksOutdated(writes));
      },
    );
    await expect(outdated).rejects.toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE', field: 'records' } });
    expect(writes).toBe(CHECK_RUNS);
    const other = new Error('Neo4j went away');
    let tries = 0;
    await expect(
      writeAsChecked(
        0,
        [],
        (last) => Promise.resolve(last),
        () => {
          tries += 1;
          return Promise.reject(other);
        },
      ),
    ).rejects.toBe(other);
    expect(tries).toBe(1);
  });
});
