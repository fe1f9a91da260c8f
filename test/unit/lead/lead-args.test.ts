import { describe, expect, it } from 'vitest';
import { DailyBriefArgs, dueInHoursRule, LeadTriageArgs } from '../../../src/lead/lead.args.js';
import { eventIdRule } from '../../../src/subscription/lead-event.type.js';
import { faultOf } from '../support/arg-failure.js';

const DAY = 86_400_000;

describe('lead arguments (declared where they are declared)', () => {
  it('triage window: `from` before `to`, and before now when `to` is left out', () => {
    const now = Date.now();
    expect(faultOf(LeadTriageArgs, {})).toBeNull();
    expect(faultOf(LeadTriageArgs, { from: new Date(now - DAY) })).toBeNull();
    expect(faultOf(LeadTriageArgs, { from: new Date(now + DAY) })).toBe('to');
    expect(faultOf(LeadTriageArgs, { from: new Date(now - DAY), to: new Date(now - 2 * DAY) })).toBe('to');
    expect(faultOf(LeadTriageArgs, { from: new Date(now - DAY), to: new Date(now - DAY) })).toBe('to');
    expect(faultOf(LeadTriageArgs, { agencyOri: 'nypd' })).toBe('agencyOri');
  });

  it('daily brief: an ORI and the same window rule', () => {
    expect(faultOf(DailyBriefArgs, { agencyOri: 'NY0303000' })).toBeNull();
    expect(faultOf(DailyBriefArgs, { agencyOri: 'NY03' })).toBe('agencyOri');
    expect(faultOf(DailyBriefArgs, { agencyOri: 'NY0303000', from: new Date('2025-02-01'), to: new Date('2025-01-01') })).toBe('to');
  });

  it('a referral is due in 1 to 168 whole hours', () => {
    for (const ok of [1, 48, 168]) expect(dueInHoursRule().safeParse(ok).success, String(ok)).toBe(true);
    for (const bad of [0, 169, 1.5]) expect(dueInHoursRule().safeParse(bad).success, String(bad)).toBe(false);
  });

  it('lastEventId is an outbox sequence number', () => {
    expect(eventIdRule().safeParse('42').success).toBe(true);
    for (const bad of ['', 'abc', '-1', '1'.repeat(16)]) expect(eventIdRule().safeParse(bad).success, bad).toBe(false);
  });
});
