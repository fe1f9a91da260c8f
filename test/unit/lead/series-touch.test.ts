import { describe, expect, it } from 'vitest';
import { SeriesTouches } from '../../../src/import/series.pass.js';
import { nibinRecordsOf, seriesTouchOf } from '../../../src/lead/lead-import.hook.js';

// Which writes can move a NIBIN series (casings joined by CONFIRMED leads): the walk is skipped
// for nothing else, so each exclusion below is one a test of the graph relies on.
const records = [
  { type: 'lead', id: 'L-NEW-UNREVIEWED', status: 'UNREVIEWED' },
  { type: 'lead', id: 'L-NEW-CONFIRMED', status: 'CONFIRMED' },
  { type: 'lead', id: 'L-OLD-UNREVIEWED', status: 'UNREVIEWED' },
  { type: 'casing', evidenceId: 'C-NEW-TESTFIRE', testFireOfFirearmId: 'F1' },
  { type: 'casing', evidenceId: 'C-OLD-TESTFIRE', testFireOfFirearmId: 'F1' },
  { type: 'casing', evidenceId: 'C-OLD-ASSERTED', firedFromFirearmId: 'F2' },
  { type: 'casing', evidenceId: 'C-PLAIN' },
];
const created = { leads: new Set(['L-NEW-UNREVIEWED', 'L-NEW-CONFIRMED']), casings: new Set(['C-NEW-TESTFIRE', 'C-PLAIN']) };

describe('the series a write can move', () => {
  it('leaves out new leads that are not confirmed and new casings, keeps everything that existed before', () => {
    const touch = seriesTouchOf(nibinRecordsOf(records), created);
    expect(touch.leadIds).toEqual(['L-NEW-CONFIRMED', 'L-OLD-UNREVIEWED']);
    expect(touch.evidenceIds).toEqual(['C-OLD-TESTFIRE', 'C-OLD-ASSERTED']);
  });

  it('keeps every lead and anchored casing when nothing is known to be new (a resumed import)', () => {
    const touch = seriesTouchOf(nibinRecordsOf(records));
    expect(touch.leadIds).toHaveLength(3);
    expect(touch.evidenceIds).toEqual(['C-NEW-TESTFIRE', 'C-OLD-TESTFIRE', 'C-OLD-ASSERTED']);
  });
});

describe('SeriesTouches', () => {
  it('holds each key once and hands them out in steps of at most 1,000 of each', () => {
    const touches = new SeriesTouches();
    const leads = Array.from({ length: 2_500 }, (_, i) => `L${i}`);
    touches.add({ leadIds: leads, evidenceIds: ['C1', 'C2'] });
    touches.add({ leadIds: leads.slice(0, 10), evidenceIds: ['C2', 'C3'] });
    const steps = [...touches.steps()];
    expect(steps.map((s) => s.leadIds.length)).toEqual([1_000, 1_000, 500]);
    expect(steps.flatMap((s) => s.evidenceIds)).toEqual(['C1', 'C2', 'C3']);
    expect(new Set(steps.flatMap((s) => s.leadIds)).size).toBe(2_500);
  });

  it('announces every written lead once, new or not, in steps of at most 1,000', () => {
    const touches = new SeriesTouches();
    const written = Array.from({ length: 1_500 }, (_, i) => `L${i}`);
    touches.add({ leadIds: [], evidenceIds: [] }, written);
    touches.add({ leadIds: ['L1'], evidenceIds: [] }, written.slice(0, 3));
    const steps = [...touches.announceSteps()];
    expect(steps.map((s) => s.length)).toEqual([1_000, 500]);
    expect(steps.flat()).toEqual(written);
  });
});
