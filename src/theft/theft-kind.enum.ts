import { registerEnumType } from 'type-graphql';
import { enumObject, TheftKindSchema } from '../model/records/enums.js';

/** The theft/loss kinds of the import record, as a GraphQL enum (one list: THEFT_KINDS). */
export const TheftKind = enumObject(TheftKindSchema.options);

registerEnumType(TheftKind, {
  name: 'TheftKind',
  description: 'What a theft/loss report says happened to the gun.',
  valuesConfig: {
    RESIDENCE_BURGLARY: { description: 'Stolen in a burglary of a home (police report).' },
    VEHICLE_BREAK_IN: { description: 'Stolen from a vehicle (police report).' },
    FFL_THEFT: { description: "Stolen from a licensee's inventory (FFL theft report to ATF, form 3310.11)." },
    FFL_LOSS: { description: "Missing from a licensee's inventory (FFL loss report to ATF, form 3310.11): also what a dealer keeping no records reports." },
    OTHER_THEFT: { description: 'Any other theft (street robbery, theft from a person or a business that is not a licensee).' },
  },
});
