import type { GraphRecord } from './record.types.js';

/**
 * What one record writes, in graph terms: nodes per label and relationships per type.
 * Used for the manifest's exact counts and for import summaries.
 */
export function tallyRecord(record: GraphRecord, counts: Record<string, number>): void {
  const add = (key: string, n = 1) => (counts[key] = (counts[key] ?? 0) + n);
  switch (record.type) {
    case 'manufacturer':
      add('Manufacturer');
      break;
    case 'agency':
      add('Agency');
      break;
    case 'ffl':
      add('Ffl');
      break;
    case 'person':
      add('Person');
      break;
    case 'firearm':
      add('Firearm');
      add('MADE_BY');
      break;
    case 'association':
      add('ASSOCIATE_OF');
      break;
    case 'scene':
      add('Scene');
      add('INVESTIGATED_BY');
      break;
    case 'casing':
      add('Casing');
      if (record.sceneId) add('RECOVERED_AT');
      if (record.testFireOfFirearmId) add('TEST_FIRED_FROM');
      if (record.firedFromFirearmId) add('FIRED_FROM');
      break;
    case 'sale':
      add('Sale');
      add('SOLD');
      add('OF_FIREARM');
      add('TO_PURCHASER');
      break;
    case 'recovery':
      add('Recovery');
      add('OF_FIREARM');
      add('BY_AGENCY');
      if (record.sceneId) add('AT_SCENE');
      if (record.possessorId) add('FROM_POSSESSOR');
      break;
    case 'trace':
      add('Trace');
      add('REQUESTED');
      add('FOR_RECOVERY');
      if (record.resolvedDealerLicense) add('RESOLVED_DEALER');
      if (record.resolvedPurchaserId) add('RESOLVED_PURCHASER');
      break;
    case 'lead':
      add('Lead');
      add('CORRELATES', 2);
      break;
    case 'theft':
      add('TheftReport');
      add('REPORTS_THEFT_OF');
      if (record.reportingAgencyOri) add('REPORTED_BY');
      if (record.reportingFflLicense) add('REPORTED_BY_FFL');
      break;
  }
}

export const NODE_LABELS = [
  'Manufacturer',
  'Agency',
  'Ffl',
  'Person',
  'Firearm',
  'Scene',
  'Casing',
  'Sale',
  'Recovery',
  'Trace',
  'Lead',
  'TheftReport',
] as const;
