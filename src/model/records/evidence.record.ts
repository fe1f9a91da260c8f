import { defineRecord, inOrder } from './define.js';
import { LeadStatusSchema, SceneKindSchema } from './enums.js';
import { caliber, datetime, id, latitude, longitude, oneOf, optional, ori, required, score, state, text } from './fields.js';

/** Records of shootings and their ballistic evidence: scenes, casings, NIBIN leads. */

export const SceneModel = defineRecord(
  'scene',
  {
    id: required(id()),
    occurredAt: required(datetime()),
    kind: required(oneOf(SceneKindSchema)),
    address: required(text()),
    city: required(text()),
    state: required(state()),
    latitude: required(latitude()),
    longitude: required(longitude()),
    agencyOri: required(ori()),
  },
  null,
  { agencyOri: { type: 'INVESTIGATED_BY', to: 'Agency' } },
);

export const CasingModel = defineRecord(
  'casing',
  {
    evidenceId: required(id()),
    caliber: required(caliber()),
    recoveredAt: required(datetime()),
    submittedToNibinAt: optional(datetime()),
    /** The scene it was picked up at (null for a test-fire). */
    sceneId: optional(id()),
    /** Set for a test-fire: the recovered firearm it was fired from in the lab. */
    testFireOfFirearmId: optional(id()),
    /** Set when a confirmed hit with that gun's test-fire matched this scene casing. */
    firedFromFirearmId: optional(id()),
    firedFromConfirmedAt: optional(datetime()),
  },
  (r, report) => {
    inOrder(r, report, 'recoveredAt', 'submittedToNibinAt', 'a casing is entered into NIBIN after it is recovered');
    inOrder(r, report, 'recoveredAt', 'firedFromConfirmedAt', 'a match is confirmed after the casing is recovered');
    if (r.sceneId == null && r.testFireOfFirearmId == null) report('sceneId', 'a casing needs a scene, or testFireOfFirearmId for a test-fire');
    if (r.sceneId != null && r.testFireOfFirearmId != null)
      report('testFireOfFirearmId', 'a test-fire is not recovered at a scene: give sceneId or testFireOfFirearmId, not both');
    if ((r.firedFromFirearmId == null) !== (r.firedFromConfirmedAt == null))
      report(r.firedFromFirearmId == null ? 'firedFromFirearmId' : 'firedFromConfirmedAt', 'firedFromFirearmId and firedFromConfirmedAt go together');
  },
  {
    sceneId: { type: 'RECOVERED_AT', to: 'Scene' },
    testFireOfFirearmId: { type: 'TEST_FIRED_FROM', to: 'Firearm' },
    // A hit the import confirmed, with its confirmation time (firedFromConfirmedAt) on the link.
    firedFromFirearmId: { type: 'FIRED_FROM', to: 'Firearm' },
  },
);

export const LeadModel = defineRecord(
  'lead',
  {
    id: required(id()),
    casingA: required(id()),
    casingB: required(id()),
    correlatedAt: required(datetime()),
    // The API type of Lead.score is Int: a value it cannot represent must never be accepted.
    score: required(score()),
    status: required(oneOf(LeadStatusSchema)),
    reviewedAt: optional(datetime()),
  },
  (r, report) => {
    inOrder(r, report, 'correlatedAt', 'reviewedAt', 'a lead is reviewed after NIBIN correlates it');
    if (r.casingA === r.casingB) report('casingB', 'a lead correlates two different casings');
    if (r.status === 'UNREVIEWED' && r.reviewedAt != null) report('reviewedAt', 'must be empty while the status is UNREVIEWED');
    if (r.status !== 'UNREVIEWED' && r.reviewedAt == null) report('reviewedAt', `is required for status ${r.status}`);
  },
  // The pair casingA+casingB is one field, `casings`: two CORRELATES links, order ignored.
  { casings: { type: 'CORRELATES', to: 'Casing' } },
);
