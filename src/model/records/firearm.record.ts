import { defineRecord } from './define.js';
import { FFL_THEFT_KINDS, FirearmKindSchema, TheftKindSchema } from './enums.js';
import { bool, caliber, date, datetime, ffl, id, latitude, longitude, oneOf, optional, ori, required, state, text } from './fields.js';

/** Records of a gun's life: the gun, its retail sale, its recovery, its theft or loss. */

export const FirearmModel = defineRecord(
  'firearm',
  {
    id: required(id()),
    serial: optional(text()),
    serialObliterated: required(bool()),
    make: required(text()),
    model: required(text()),
    caliber: required(caliber()),
    kind: required(oneOf(FirearmKindSchema)),
    /** Manufacturer or importer name (a manufacturer record, in the graph or in the same import). */
    manufacturer: required(text()),
  },
  null,
  { manufacturer: { type: 'MADE_BY', to: 'Manufacturer' } },
);

export const SaleModel = defineRecord(
  'sale',
  {
    id: required(id()),
    fflLicense: required(ffl()),
    firearmId: required(id()),
    purchaserId: required(id()),
    soldOn: required(date()),
    multipleSale: required(bool()),
  },
  null,
  {
    fflLicense: { type: 'SOLD', to: 'Ffl', inbound: true },
    firearmId: { type: 'OF_FIREARM', to: 'Firearm' },
    purchaserId: { type: 'TO_PURCHASER', to: 'Person' },
  },
);

export const RecoveryModel = defineRecord(
  'recovery',
  {
    id: required(id()),
    firearmId: required(id()),
    recoveredOn: required(date()),
    address: required(text()),
    city: required(text()),
    state: required(state()),
    latitude: required(latitude()),
    longitude: required(longitude()),
    agencyOri: required(ori()),
    sceneId: optional(id()),
    possessorId: optional(id()),
  },
  null,
  {
    firearmId: { type: 'OF_FIREARM', to: 'Firearm' },
    agencyOri: { type: 'BY_AGENCY', to: 'Agency' },
    sceneId: { type: 'AT_SCENE', to: 'Scene' },
    possessorId: { type: 'FROM_POSSESSOR', to: 'Person' },
  },
);

/**
 * A theft or loss report of one firearm: what tells a stolen gun from a diverted one when it is
 * later recovered in crime. Reported by a police agency (a burglary report), by the licensee
 * (FFL theft/loss report), or both.
 */
export const TheftModel = defineRecord(
  'theft',
  {
    id: required(id()),
    firearmId: required(id()),
    kind: required(oneOf(TheftKindSchema)),
    /** The day the theft or loss happened (or was discovered), local date. */
    occurredOn: required(date()),
    reportedAt: required(datetime()),
    reportingAgencyOri: optional(ori()),
    reportingFflLicense: optional(ffl()),
  },
  (r, report) => {
    if (r.reportingAgencyOri == null && r.reportingFflLicense == null)
      report('reportingAgencyOri', 'a theft/loss report needs its reporter: reportingAgencyOri, reportingFflLicense or both');
    if ((FFL_THEFT_KINDS as readonly string[]).includes(r.kind) && r.reportingFflLicense == null)
      report('reportingFflLicense', `is required for kind ${r.kind}: a licensee reports its own thefts and losses to ATF`);
    // occurredOn is a local date, reportedAt an instant: allow the widest UTC offset (+14 h)
    // so a report filed the same local day is never taken for one filed the day before.
    if (Date.parse(r.reportedAt) + 14 * 3_600_000 < Date.parse(`${r.occurredOn}T00:00:00Z`))
      report('reportedAt', 'is before occurredOn (a theft or loss is reported after it happened)');
  },
  {
    firearmId: { type: 'REPORTS_THEFT_OF', to: 'Firearm' },
    reportingAgencyOri: { type: 'REPORTED_BY', to: 'Agency' },
    reportingFflLicense: { type: 'REPORTED_BY_FFL', to: 'Ffl' },
  },
);
