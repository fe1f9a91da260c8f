import { registerEnumType } from 'type-graphql';
import { LicenseTypeSchema } from './records/enums.js';

/**
 * ATF federal firearms license types (27 CFR 478.11), from the record model (LicenseTypeSchema).
 * Stored on Ffl nodes as the two-digit code ('01'…'11'); the GraphQL enum names say what the
 * code means. Types 04 and 05 do not exist.
 */
export const LicenseType = LicenseTypeSchema.enum;
export type LicenseType = (typeof LicenseType)[keyof typeof LicenseType];

registerEnumType(LicenseType, {
  name: 'LicenseType',
  description: 'Type of federal firearms license (ATF code in brackets). Retail crime-gun sales come from DEALER (01) and PAWNBROKER (02) licensees.',
  valuesConfig: {
    DEALER: { description: '01: dealer in firearms, including gunsmiths.' },
    PAWNBROKER: { description: '02: pawnbroker dealing in firearms.' },
    COLLECTOR: { description: '03: collector of curios and relics.' },
    AMMUNITION_MANUFACTURER: { description: '06: manufacturer of ammunition.' },
    MANUFACTURER: { description: '07: manufacturer of firearms.' },
    IMPORTER: { description: '08: importer of firearms.' },
    DESTRUCTIVE_DEVICE_DEALER: { description: '09: dealer in destructive devices.' },
    DESTRUCTIVE_DEVICE_MANUFACTURER: { description: '10: manufacturer of destructive devices.' },
    DESTRUCTIVE_DEVICE_IMPORTER: { description: '11: importer of destructive devices.' },
  },
});
