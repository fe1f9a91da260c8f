import { registerEnumType } from 'type-graphql';
import { enumObject, LeadStatusSchema, type LeadStatusValue } from './records/enums.js';

/** Review state of a NIBIN lead, as stored on Lead.status: the values of the record model (LeadStatusSchema). */
export const LeadStatus = enumObject(LeadStatusSchema.options);
export type LeadStatus = LeadStatusValue;

registerEnumType(LeadStatus, {
  name: 'LeadStatus',
  description:
    'Review state of a NIBIN lead. A lead is a correlation the NIBIN system proposed between two casings from their images; ' +
    'it is investigative information only until a firearms examiner compares the casings under a microscope and confirms it ' +
    '(a confirmed hit, usable in court). See https://www.atf.gov/firearms/national-integrated-ballistic-information-network-nibin.',
  valuesConfig: {
    UNREVIEWED: { description: 'NIBIN proposed the correlation; no examiner has reviewed it yet. An investigative lead, not evidence.' },
    CONFIRMED: { description: 'An examiner compared the casings and confirmed they were fired by the same gun (a confirmed hit).' },
    REJECTED: { description: 'An examiner compared the casings and found they were not fired by the same gun. Never followed.' },
  },
});
