import { describe, expect, it } from 'vitest';
import { decide, stageOf, timeliness, type LeadState } from '../../../src/lead/lead-workflow.rules.js';

const base: LeadState = {
  status: 'UNREVIEWED',
  reviewedAt: null,
  reviewedBy: null,
  referredAt: null,
  assignee: null,
  dueAt: null,
  outcome: null,
  closedAt: null,
};
const at = '2026-01-02T00:00:00.000Z';
const t = (action: Parameters<typeof decide>[1]['action'], extra: Partial<Parameters<typeof decide>[1]> = {}) => ({ action, actor: 'u', at, ...extra });

describe('lead workflow rules', () => {
  it('confirm/reject only from UNREVIEWED; the same verdict again is a no-op; the other needs a reopen', () => {
    expect(decide(base, t('CONFIRM'))).toMatchObject({ kind: 'change', to: 'CONFIRMED', statusChanged: true });
    const confirmed = { ...base, status: 'CONFIRMED' as const };
    expect(decide(confirmed, t('CONFIRM'))).toEqual({ kind: 'noop' });
    expect(decide(confirmed, t('REJECT'))).toMatchObject({ kind: 'refused', field: 'leadId' });
    expect(decide({ ...base, status: 'REJECTED' }, t('CONFIRM'))).toMatchObject({ kind: 'refused' });
  });

  it('reopen needs a reason and is refused once referred', () => {
    const confirmed = { ...base, status: 'CONFIRMED' as const };
    expect(decide(confirmed, t('REOPEN'))).toMatchObject({ kind: 'refused', field: 'reason' });
    expect(decide(confirmed, t('REOPEN', { note: 'why' }))).toMatchObject({ kind: 'change', to: 'UNREVIEWED' });
    expect(decide({ ...confirmed, referredAt: at, assignee: 'a' }, t('REOPEN', { note: 'why' }))).toMatchObject({ kind: 'refused' });
  });

  it('refer only a confirmed hit; the same assignee is a no-op, another is refused; no outcome before referral; close after an outcome', () => {
    expect(decide(base, t('REFER', { assignee: 'a' }))).toMatchObject({ kind: 'refused' });
    const confirmed = { ...base, status: 'CONFIRMED' as const };
    expect(decide(confirmed, t('RECORD_OUTCOME', { outcome: 'ARREST' }))).toMatchObject({ kind: 'refused', field: 'leadId' });
    const referred = { ...confirmed, referredAt: at, assignee: 'a', dueAt: at };
    expect(decide(referred, t('REFER', { assignee: 'a' }))).toEqual({ kind: 'noop' });
    expect(decide(referred, t('REFER', { assignee: 'b' }))).toMatchObject({ kind: 'refused', field: 'assignee' });
    expect(decide(referred, t('CLOSE'))).toMatchObject({ kind: 'refused' });
    const withOutcome = { ...referred, outcome: 'ARREST' };
    expect(stageOf(withOutcome)).toBe('OUTCOME_RECORDED');
    expect(decide(withOutcome, t('RECORD_OUTCOME', { outcome: 'ARREST' }))).toEqual({ kind: 'noop' });
    expect(decide(withOutcome, t('CLOSE'))).toMatchObject({ kind: 'change' });
    expect(decide({ ...withOutcome, closedAt: at }, t('CLOSE'))).toEqual({ kind: 'noop' });
  });

  it('timeliness: hours per step, late entry over 24 h, referral overdue 48 h after correlation unless rejected', () => {
    const h = (n: number) => new Date(Date.parse('2026-01-01T00:00:00Z') + n * 3_600_000).toISOString();
    const input = {
      recoveredAt: h(0),
      enteredAt: h(30),
      correlatedAt: h(31),
      reviewedAt: h(40),
      referredAt: null,
      status: 'CONFIRMED' as const,
      dueAt: null,
      outcome: null,
      closedAt: null,
    };
    const early = timeliness(input, Date.parse(h(50)));
    expect(early).toMatchObject({ recoveryToEntryHours: 30, entryToCorrelationHours: 1, correlationToReviewHours: 9, entryLate: true, referralOverdue: false });
    expect(timeliness(input, Date.parse(h(80))).referralOverdue).toBe(true);
    expect(timeliness({ ...input, status: 'REJECTED' }, Date.parse(h(80))).overdue).toBe(false);
    const referred = { ...input, referredAt: h(45), dueAt: h(93) };
    expect(timeliness(referred, Date.parse(h(100)))).toMatchObject({ reviewToReferralHours: 5, referralOverdue: false, actionOverdue: true });
  });
});
