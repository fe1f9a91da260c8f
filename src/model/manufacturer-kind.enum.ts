import { registerEnumType } from 'type-graphql';
import { enumObject, ManufacturerKindSchema, type ManufacturerKindValue } from './records/enums.js';

/** Manufacturer or importer: the values of the record model (ManufacturerKindSchema). */
export const ManufacturerKind = enumObject(ManufacturerKindSchema.options);
export type ManufacturerKind = ManufacturerKindValue;

registerEnumType(ManufacturerKind, {
  name: 'ManufacturerKind',
  description: 'Where an ATF trace starts: the US manufacturer of the gun, or the importer of a foreign-made gun.',
  valuesConfig: {
    MANUFACTURER: { description: 'Made in the US by this licensed manufacturer.' },
    IMPORTER: { description: 'Made abroad and brought in by this licensed importer.' },
  },
});
