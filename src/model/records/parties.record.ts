import { parseFflLicense } from '../../common/ffl-license.js';
import { stateOfOri } from '../../common/ori.js';
import { defineRecord } from './define.js';
import { LicenseTypeSchema, ManufacturerKindSchema } from './enums.js';
import { bool, country, date, ffl, id, latitude, longitude, oneOf, ori, required, state, text } from './fields.js';

/** Records of the parties: who makes, sells, buys and investigates. */

export const ManufacturerModel = defineRecord('manufacturer', {
  name: required(text()),
  kind: required(oneOf(ManufacturerKindSchema)),
  /** ISO 3166 two-letter country. */
  country: required(country()),
});

export const AgencyModel = defineRecord(
  'agency',
  {
    /** NCIC Originating Agency Identifier: the code of the agency's state, then 7 letters or digits. */
    ori: required(ori()),
    name: required(text()),
    /** Must be the state the ORI begins with. */
    state: required(state()),
    city: required(text()),
    nibinPartner: required(bool()),
  },
  (r, report) => {
    // NCIC assigns an ORI under the state (or territory: DC, PR, GU, VI) where the agency is located, so its
    // first two letters are that state's code, for a federal agency's field office too (its ORI carries
    // the state of the office). The state metrics read the record's state and the coverage estimates the ORI's, so
    // an agency filed under another state would be counted under one state there and another here.
    const named = stateOfOri(r.ori);
    if (named !== r.state) report('state', `is ${r.state}, but the ORI ${r.ori} names ${named}`);
  },
);

export const FflModel = defineRecord(
  'ffl',
  {
    license: required(ffl()),
    name: required(text()),
    /** Must equal the type field inside the license number. */
    licenseType: required(oneOf(LicenseTypeSchema)),
    premisesAddress: required(text()),
    city: required(text()),
    state: required(state()),
    latitude: required(latitude()),
    longitude: required(longitude()),
  },
  (r, report) => {
    // The state is not checked against the license number: its district is an IRS district and its county a
    // 3-digit FIPS code, which repeats across states (001 is a county in most of them), so it names no state.
    const parts = parseFflLicense(r.license);
    if (parts && parts.licenseType !== r.licenseType) report('licenseType', `does not match the type ${parts.licenseType} inside the license number`);
  },
);

export const PersonModel = defineRecord('person', {
  id: required(id()),
  firstName: required(text()),
  lastName: required(text()),
  dateOfBirth: required(date()),
  address: required(text()),
  city: required(text()),
  state: required(state()),
});

export const AssociationModel = defineRecord(
  'association',
  {
    fromPersonId: required(id()),
    toPersonId: required(id()),
    /** Where the link is known from, e.g. ARREST_REPORT, FIELD_INTERVIEW, INFORMANT, SOCIAL_MEDIA. */
    source: required(text()),
    since: required(date()),
  },
  (r, report) => {
    if (r.fromPersonId === r.toPersonId) report('toPersonId', 'a person cannot be their own associate');
  },
);
