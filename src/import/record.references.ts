import type { GraphRecord, RecordType } from './record.types.js';

/** Types that other records point at, and how those references are spelled. */
export type ReferencedType = 'manufacturer' | 'agency' | 'ffl' | 'person' | 'firearm' | 'scene' | 'casing' | 'recovery';

export const REFERENCES: Partial<Record<RecordType, Array<{ field: string; to: ReferencedType }>>> = {
  firearm: [{ field: 'manufacturer', to: 'manufacturer' }],
  association: [
    { field: 'fromPersonId', to: 'person' },
    { field: 'toPersonId', to: 'person' },
  ],
  scene: [{ field: 'agencyOri', to: 'agency' }],
  casing: [
    { field: 'sceneId', to: 'scene' },
    { field: 'testFireOfFirearmId', to: 'firearm' },
    { field: 'firedFromFirearmId', to: 'firearm' },
  ],
  sale: [
    { field: 'fflLicense', to: 'ffl' },
    { field: 'firearmId', to: 'firearm' },
    { field: 'purchaserId', to: 'person' },
  ],
  recovery: [
    { field: 'firearmId', to: 'firearm' },
    { field: 'agencyOri', to: 'agency' },
    { field: 'sceneId', to: 'scene' },
    { field: 'possessorId', to: 'person' },
  ],
  trace: [
    { field: 'agencyOri', to: 'agency' },
    { field: 'recoveryId', to: 'recovery' },
    { field: 'resolvedDealerLicense', to: 'ffl' },
    { field: 'resolvedPurchaserId', to: 'person' },
  ],
  lead: [
    { field: 'casingA', to: 'casing' },
    { field: 'casingB', to: 'casing' },
  ],
  theft: [
    { field: 'firearmId', to: 'firearm' },
    { field: 'reportingAgencyOri', to: 'agency' },
    { field: 'reportingFflLicense', to: 'ffl' },
  ],
};

export const REFERENCED_TYPES: readonly ReferencedType[] = ['manufacturer', 'agency', 'ffl', 'person', 'firearm', 'scene', 'casing', 'recovery'];

/** The natural key of a record as one string (associations: "from>to"). */
export function recordKey(record: GraphRecord): string {
  switch (record.type) {
    case 'manufacturer':
      return record.name;
    case 'agency':
      return record.ori;
    case 'ffl':
      return record.license;
    case 'casing':
      return record.evidenceId;
    case 'association':
      return `${record.fromPersonId}>${record.toPersonId}`;
    default:
      return record.id;
  }
}

/** The field that holds a record's natural key (named in a duplicate-key rejection). */
export function keyField(type: RecordType): string {
  return type === 'manufacturer'
    ? 'name'
    : type === 'agency'
      ? 'ori'
      : type === 'ffl'
        ? 'license'
        : type === 'casing'
          ? 'evidenceId'
          : type === 'association'
            ? 'toPersonId'
            : 'id';
}

/** Ids of the people a record writes or links to (for the audit record of a write). */
export function personIdsOf(record: GraphRecord): string[] {
  const fields = (REFERENCES[record.type] ?? []).filter((r) => r.to === 'person').map((r) => r.field);
  const ids = fields.map((f) => (record as unknown as Record<string, unknown>)[f]).filter((v): v is string => typeof v === 'string');
  return record.type === 'person' ? [record.id, ...ids] : ids;
}
