import { registerEnumType } from 'type-graphql';
import { enumObject, TraceOutcomeSchema, type TraceOutcomeValue } from './records/enums.js';

/** How a trace ended, as stored on Trace.outcome: the values of the record model (TraceOutcomeSchema). */
export const TraceOutcome = enumObject(TraceOutcomeSchema.options);
export type TraceOutcome = TraceOutcomeValue;

registerEnumType(TraceOutcome, {
  name: 'TraceOutcome',
  description: 'How an ATF firearm trace (manufacturer/importer → wholesaler → retail dealer → first retail purchaser) ended.',
  valuesConfig: {
    COMPLETED: { description: 'Traced to the retail dealer and the first retail purchaser.' },
    NO_DEALER: { description: 'The chain broke before a retail dealer was identified.' },
    NO_PURCHASER: { description: 'The retail dealer was found but the purchaser could not be (records lost, dealer out of business...).' },
    NOT_TRACEABLE: { description: 'Could not be traced at all (obliterated serial, pre-1968 gun, incomplete request).' },
    PENDING: { description: 'Requested; ATF has not finished the trace.' },
  },
});
