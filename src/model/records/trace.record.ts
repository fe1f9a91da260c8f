import { defineRecord, inOrder } from './define.js';
import { TraceOutcomeSchema } from './enums.js';
import { datetime, ffl, id, int, oneOf, optional, ori, required } from './fields.js';

/** An ATF trace request and what it found (manufacturer → wholesaler → retail dealer → first purchaser). */
export const TraceModel = defineRecord(
  'trace',
  {
    id: required(id()),
    agencyOri: required(ori()),
    recoveryId: required(id()),
    requestedAt: required(datetime()),
    completedAt: optional(datetime()),
    outcome: required(oneOf(TraceOutcomeSchema)),
    dealerRequestedAt: optional(datetime()),
    dealerRespondedAt: optional(datetime()),
    timeToCrimeDays: optional(int({ min: 0, max: 40_000 })),
    resolvedDealerLicense: optional(ffl()),
    resolvedPurchaserId: optional(id()),
  },
  (r, report) => {
    inOrder(r, report, 'requestedAt', 'completedAt', 'a trace completes after it is requested');
    inOrder(r, report, 'requestedAt', 'dealerRequestedAt', 'the dealer is asked after the trace is requested');
    inOrder(r, report, 'dealerRequestedAt', 'dealerRespondedAt', 'the dealer answers after being asked');
    if (r.dealerRespondedAt != null && r.dealerRequestedAt == null) report('dealerRequestedAt', 'is required when dealerRespondedAt is given');
    if (r.outcome === 'PENDING' && r.completedAt != null) report('completedAt', 'must be empty while the outcome is PENDING');
    if (r.outcome !== 'PENDING' && r.completedAt == null) report('completedAt', `is required for outcome ${r.outcome}`);
    if (r.resolvedPurchaserId != null && r.resolvedDealerLicense == null) report('resolvedDealerLicense', 'is required when a purchaser was resolved');
  },
  {
    agencyOri: { type: 'REQUESTED', to: 'Agency', inbound: true },
    recoveryId: { type: 'FOR_RECOVERY', to: 'Recovery' },
    resolvedDealerLicense: { type: 'RESOLVED_DEALER', to: 'Ffl' },
    resolvedPurchaserId: { type: 'RESOLVED_PURCHASER', to: 'Person' },
  },
);
