import { RECORD_FIELDS } from './record.rules.js';

/**
 * The graph's vocabulary (docs/data-model.md): every label, relationship type and property key a
 * statement in cypher/ may name. A test EXPLAINs every statement against the seeded database and
 * fails on a name that is neither here nor in that database, so a typo (`:Firarm`, `.recoverdOn`)
 * cannot hide in a statement that no test happens to run.
 */
export const MODEL_LABELS = [
  'Agency', 'Scene', 'Casing', 'Firearm', 'Manufacturer', 'Ffl', 'Person', 'Sale', 'Recovery', 'Trace', 'Lead', 'TheftReport',
  'DealerRisk', 'Network', 'AuditEvent', 'AuditTouch', 'SchemaMigration', 'Source', 'Conflict',
] as const;

export const MODEL_RELATIONSHIP_TYPES = [
  'INVESTIGATED_BY', 'RECOVERED_AT', 'TEST_FIRED_FROM', 'FIRED_FROM', 'CORRELATES', 'MADE_BY', 'SOLD', 'OF_FIREARM', 'TO_PURCHASER',
  'AT_SCENE', 'FROM_POSSESSOR', 'BY_AGENCY', 'REQUESTED', 'FOR_RECOVERY', 'RESOLVED_DEALER', 'RESOLVED_PURCHASER', 'ASSOCIATE_OF',
  'REPORTS_THEFT_OF', 'REPORTED_BY', 'REPORTED_BY_FFL', 'HAS_RISK', 'MEMBER_OF', 'INVOLVES_DEALER', 'INVOLVES_FIREARM', 'TOUCHED',
] as const;

/** Properties written besides the record fields: derived values, provenance, conflicts, analysis results. */
const EXTRA_PROPERTIES = [
  'location', 'testFire', 'confirmedAt',
  // provenance and conflicts (docs/import.md)
  'sourceIds', 'valueSourceOri', 'valueSourceId', 'ownerOri', 'kind', 'agencyOri', 'subject', 'receivedAt', 'description',
  'recordType', 'label', 'key', 'field', 'currentValue', 'currentTyped', 'currentSourceId', 'currentOri', 'incomingValue', 'incomingTyped',
  'incomingSourceId', 'incomingOri', 'detectedAt', 'kept', 'status', 'resolvedBy', 'resolvedAt',
  // the NIBIN lead workflow and watchlists (docs/nibin-leads.md): absent until a lead moves or a user watches
  'reviewedBy', 'referredAt', 'referredBy', 'outcomeAt', 'closedAt', 'closedBy', 'createdAt', 'derived',
  // analysis results (dealer risk, networks): absent from a graph the analysis job has not run on
  'computedAt', 'riskScore', 'riskComputedAt', 'rank', 'score', 'peerGroup', 'peerCount', 'traces', 'demandLetter2Years', 'method', 'size',
  'strawPurchasers', 'brokers', 'possessors', 'firearmCount', 'dealerCount', 'traffickedGuns', 'medianTimeToCrimeDays', 'sourceStates',
  'destinationStates', 'states', 'firstActivity', 'lastActivity', 'role', 'centrality', 'betweenness', 'guns',
  // migrations, audit
  'version', 'at', 'roles', 'sourceAddress', 'operation', 'rootFields', 'documentHash', 'personIds', 'outcome', 'errorCodes', 'wrote', 'requestId', 'personId',
];

export const MODEL_PROPERTY_KEYS: ReadonlySet<string> = new Set([...Object.values(RECORD_FIELDS).flatMap((fields) => fields.map((f) => f.name)), ...EXTRA_PROPERTIES]);
