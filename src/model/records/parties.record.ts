import { parseFflLicense } from '../../common/ffl-license.js';
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

export const AgencyModel = defineRecord('agency', {
  ori: required(ori()),
  name: required(text()),
  state: required(state()),
  city: required(text()),
  nibinPartner: required(bool()),
});

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
