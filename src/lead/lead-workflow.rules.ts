/**
 * The NIBIN lead cycle as pure rules (no database): which transition is allowed from which
 * state, what it changes, and when a repeat is a no-op. The CGIC model (collect, analyse, refer,
 * track, feed back): an examiner confirms or rejects a lead; a confirmed hit is referred to an
 * investigator with a due time; the outcome is recorded and the hit closed. NIBIN hit reporting:
 * a lead is investigative information only until an examiner confirms it
 * (https://www.nibin.gov/about/program-overview/guidance-for-hit-reporting.html).
 */
import type { LeadStatusValue } from '../model/records/enums.js';

export type LeadAction = 'CONFIRM' | 'REJECT' | 'REOPEN' | 'REFER' | 'RECORD_OUTCOME' | 'CLOSE';
/** A lead's review state: the record model's LeadStatus values. */
export type ReviewStatus = LeadStatusValue;

/** The workflow fields stored on a Lead node. */
export interface LeadState {
  status: ReviewStatus;
  reviewedAt: string | null;
  reviewedBy: string | null;
  referredAt: string | null;
  assignee: string | null;
  dueAt: string | null;
  outcome: string | null;
  closedAt: string | null;
}

export interface TransitionInput {
  action: LeadAction;
  actor: string;
  at: string;
  note?: string | null;
  assignee?: string | null;
  dueAt?: string | null;
  outcome?: string | null;
}

/** What a transition writes: the lead's changed properties, and the history entry. */
export interface Change {
  kind: 'change';
  set: Record<string, unknown>;
  from: ReviewStatus;
  to: ReviewStatus;
  /** True when the review status changed: the series links must be recomputed. */
  statusChanged: boolean;
}

export type Decision = Change | { kind: 'noop' } | { kind: 'refused'; field: string; reason: string };

export type Stage = 'UNREVIEWED' | 'REVIEWED' | 'REFERRED' | 'OUTCOME_RECORDED' | 'CLOSED';

export function stageOf(s: LeadState): Stage {
  if (s.closedAt) return 'CLOSED';
  if (s.outcome) return 'OUTCOME_RECORDED';
  if (s.referredAt) return 'REFERRED';
  return s.status === 'UNREVIEWED' ? 'UNREVIEWED' : 'REVIEWED';
}

const refused = (field: string, reason: string): Decision => ({ kind: 'refused', field, reason });
const change = (s: LeadState, set: Record<string, unknown>, to: ReviewStatus = s.status): Change => ({
  kind: 'change',
  set,
  from: s.status,
  to,
  statusChanged: to !== s.status,
});

/** Decides one transition. Repeating a transition with the same values is a no-op (idempotent). */
export function decide(s: LeadState, t: TransitionInput): Decision {
  switch (t.action) {
    case 'CONFIRM':
    case 'REJECT': {
      const to: ReviewStatus = t.action === 'CONFIRM' ? 'CONFIRMED' : 'REJECTED';
      if (s.status === to) return { kind: 'noop' };
      // A reviewed lead changes its verdict only through a documented reopen (its reason on record).
      if (s.status !== 'UNREVIEWED') return refused('leadId', `the lead is ${s.status}; reopen it (with a reason) before reviewing it again`);
      return change(s, { status: to, reviewedAt: t.at, reviewedBy: t.actor }, to);
    }
    case 'REOPEN': {
      if (!t.note?.trim()) return refused('reason', 'a reopen must say why');
      if (s.status === 'UNREVIEWED') return { kind: 'noop' };
      // Once referred, an investigator is acting on the hit: it is tracked to an outcome, not silently withdrawn.
      if (s.referredAt) return refused('leadId', 'the hit is referred; record an outcome (e.g. NO_ACTION) and close it instead');
      return change(s, { status: 'UNREVIEWED', reviewedAt: null, reviewedBy: null }, 'UNREVIEWED');
    }
    case 'REFER': {
      if (!t.assignee?.trim()) return refused('assignee', 'name the investigator the hit is referred to');
      if (s.status !== 'CONFIRMED') return refused('leadId', `only a confirmed hit is referred (the lead is ${s.status})`);
      if (s.closedAt) return refused('leadId', 'the lead is closed');
      if (s.referredAt) {
        if (s.assignee === t.assignee && (!t.dueAt || t.dueAt === s.dueAt)) return { kind: 'noop' };
        return refused('assignee', `already referred to ${s.assignee} (due ${s.dueAt}); a different referral is not a silent overwrite`);
      }
      return change(s, { referredAt: t.at, referredBy: t.actor, assignee: t.assignee, dueAt: t.dueAt });
    }
    case 'RECORD_OUTCOME': {
      if (!t.outcome) return refused('outcome', 'name the outcome');
      if (!s.referredAt) return refused('leadId', 'no outcome before referral: refer the hit first');
      if (s.closedAt) return s.outcome === t.outcome ? { kind: 'noop' } : refused('leadId', 'the lead is closed');
      if (s.outcome === t.outcome) return { kind: 'noop' };
      return change(s, { outcome: t.outcome, outcomeAt: t.at, outcomeBy: t.actor });
    }
    case 'CLOSE': {
      if (s.closedAt) return { kind: 'noop' };
      if (!s.outcome) return refused('leadId', 'record an outcome before closing the lead');
      return change(s, { closedAt: t.at, closedBy: t.actor });
    }
  }
}

/** NIBIN targets (CGIC: https://crimegunintelcenters.org/nibin-entry-correlation-and-crime-gun-tracing). */
export const ENTRY_TARGET_HOURS = 24;
export const LEAD_TARGET_HOURS = 48;

export interface TimelinessInput {
  /** The casing whose entry produced the correlation: the later entered of the pair. */
  recoveredAt: string | null;
  enteredAt: string | null;
  correlatedAt: string;
  reviewedAt: string | null;
  referredAt: string | null;
  status: ReviewStatus;
  dueAt: string | null;
  outcome: string | null;
  closedAt: string | null;
}

export interface Timeliness {
  recoveryToEntryHours: number | null;
  entryToCorrelationHours: number | null;
  correlationToReviewHours: number | null;
  reviewToReferralHours: number | null;
  entryLate: boolean;
  referralDueAt: string;
  referralOverdue: boolean;
  actionOverdue: boolean;
  overdue: boolean;
}

const hours = (from: string | null, to: string | null) => (from && to ? Math.round(((Date.parse(to) - Date.parse(from)) / 3_600_000) * 100) / 100 : null);

/**
 * Hours between the steps of the cycle, and what is overdue at `now`: evidence entered more than
 * 24 h after recovery; a lead not in an investigator's hands 48 h after correlation (unless
 * rejected); a referral past its due time without an outcome.
 */
export function timeliness(l: TimelinessInput, now: number): Timeliness {
  const referralDue = Date.parse(l.correlatedAt) + LEAD_TARGET_HOURS * 3_600_000;
  const referralOverdue = l.status !== 'REJECTED' && (l.referredAt ? Date.parse(l.referredAt) > referralDue : now > referralDue && !l.closedAt);
  const actionOverdue = Boolean(l.referredAt && l.dueAt && !l.outcome && !l.closedAt && now > Date.parse(l.dueAt));
  const entry = hours(l.recoveredAt, l.enteredAt);
  const entryLate = entry !== null && entry > ENTRY_TARGET_HOURS;
  return {
    recoveryToEntryHours: entry,
    entryToCorrelationHours: hours(l.enteredAt, l.correlatedAt),
    correlationToReviewHours: hours(l.correlatedAt, l.reviewedAt),
    reviewToReferralHours: hours(l.reviewedAt, l.referredAt),
    entryLate,
    referralDueAt: new Date(referralDue).toISOString(),
    referralOverdue,
    actionOverdue,
    overdue: referralOverdue || actionOverdue,
  };
}
