import type { StoredEvent } from '../event/event.data.js';

export type EventReason =
  'WATCHED_SERIES' | 'WATCHED_FIREARM' | 'WATCHED_PERSON' | 'WATCHED_DEALER' | 'WATCHED_AGENCY' | 'CROSS_AGENCY_HIT' | 'ASSIGNED_TO_YOU';

export interface Subscriber {
  subject: string;
  agencyOri: string;
  watches: ReadonlyArray<{ kind: string; key: string }>;
}

const WATCHED: Record<string, { reason: EventReason; field: keyof StoredEvent }> = {
  SERIES: { reason: 'WATCHED_SERIES', field: 'evidenceIds' },
  FIREARM: { reason: 'WATCHED_FIREARM', field: 'firearmIds' },
  PERSON: { reason: 'WATCHED_PERSON', field: 'personIds' },
  DEALER: { reason: 'WATCHED_DEALER', field: 'dealerLicenses' },
  AGENCY: { reason: 'WATCHED_AGENCY', field: 'agencyOris' },
};

/**
 * Why an event reaches a subscriber (empty: it does not): a watched record in its scope; a
 * confirmed hit whose series spans the subscriber's agency and another (the cross-jurisdiction
 * links no single agency sees); a referral assigned to the subscriber.
 */
export function reasonsFor(event: StoredEvent, who: Subscriber): EventReason[] {
  const reasons = new Set<EventReason>();
  for (const w of who.watches) {
    const rule = WATCHED[w.kind];
    if (rule && (event[rule.field] as string[] | undefined)?.includes(w.key)) reasons.add(rule.reason);
  }
  if (event.kind === 'HIT_CONFIRMED' && event.agencyOris.includes(who.agencyOri) && event.agencyOris.some((o) => o !== who.agencyOri)) {
    reasons.add('CROSS_AGENCY_HIT');
  }
  if (event.kind === 'LEAD_REFERRED' && event.assignee === who.subject) reasons.add('ASSIGNED_TO_YOU');
  return [...reasons];
}
