import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Gateway } from '../../src/db/gateway.js';
import { runPersonResolution, type ResolutionResult } from '../../src/resolution/resolution.job.js';
import { testGateway } from '../support/app.js';
import { importRecords, resolutionPeople } from '../search/people.fixtures.js';

/**
 * Incremental person resolution against the real, seeded database: after people are added and
 * changed (and an association changes a pair's neighbours), a run that re-blocks only the changed
 * people must propose exactly what a full run proposes — same pairs, scores and reasons.
 */
let gateway: Gateway;
const fx = resolutionPeople(`INC${Date.now().toString(36).toUpperCase()}`);
const byId = (id: string) => fx.records.find((r) => (r as { id?: string }).id === id)! as Record<string, unknown>;
const pairKey = (a: string, b: string) => [a, b].sort().join('|');
const pairsOf = (r: ResolutionResult) => new Set(r.candidates.map((c) => pairKey(c.a, c.b)));
const comparable = (r: ResolutionResult) => r.candidates.map((c) => ({ id: c.id, a: c.a, b: c.b, score: c.score, reasons: c.reasons }));

let incremental: ResolutionResult;
let full: ResolutionResult;

beforeAll(async () => {
  gateway = testGateway();
  // Before: everything but DANA2, and KAT2 with a date of birth unrelated to KAT1's (no pair).
  const dana2 = fx.id('DANA2');
  const kat2 = fx.id('KAT2');
  await importRecords(
    gateway,
    fx.records.filter((r) => (r as { id?: string }).id !== dana2).map((r) => ((r as { id?: string }).id === kat2 ? { ...r, dateOfBirth: '1955-11-30' } : r)),
  );
  await runPersonResolution(gateway, new Date().toISOString(), { full: true });
  // The change: a new record (DANA2), a corrected one (KAT2's real date of birth), a new association.
  await importRecords(gateway, [
    byId(dana2),
    byId(kat2),
    { type: 'association', fromPersonId: fx.id('STRAWA'), toPersonId: fx.id('HOLD3'), source: 'FIELD_INTERVIEW', since: '2023-01-01' },
  ]);
  incremental = await runPersonResolution(gateway, new Date().toISOString());
  full = await runPersonResolution(gateway, new Date(Date.now() + 1000).toISOString(), { full: true });
}, 600_000);
afterAll(async () => {
  await gateway.close();
});

describe('incremental person resolution', () => {
  it('re-blocks only the changed people and reuses the other promising pairs', () => {
    expect(incremental.mode).toBe('incremental');
    expect(full.mode).toBe('full');
    expect(incremental.changedPeople).toBeGreaterThanOrEqual(2);
    expect(incremental.changedPeople).toBeLessThan(full.people / 20);
    expect(incremental.comparedPairs).toBeLessThan(full.comparedPairs / 10);
    expect(incremental.reusedPairs).toBeGreaterThan(0);
  });

  it('finds the pairs the change made', () => {
    expect(pairsOf(incremental).has(pairKey(fx.id('DANA1'), fx.id('DANA2')))).toBe(true);
    expect(pairsOf(incremental).has(pairKey(fx.id('KAT1'), fx.id('KAT2')))).toBe(true);
  });

  it('proposes exactly what a full run proposes: same pairs, scores and reasons', () => {
    expect(comparable(incremental)).toEqual(comparable(full));
  });

  it('a second run with nothing changed re-blocks nobody and still agrees', async () => {
    const again = await runPersonResolution(gateway, new Date(Date.now() + 2000).toISOString());
    expect(again.mode).toBe('incremental');
    expect(again.changedPeople).toBe(0);
    expect(comparable(again)).toEqual(comparable(full));
  });
});
