import { registerEnumType } from 'type-graphql';

export enum ManufacturerKind {
  MANUFACTURER = 'MANUFACTURER',
  IMPORTER = 'IMPORTER',
}

registerEnumType(ManufacturerKind, {
  name: 'ManufacturerKind',
  description: 'Where an ATF trace starts: the US manufacturer of the gun, or the importer of a foreign-made gun.',
  valuesConfig: {
    MANUFACTURER: { description: 'Made in the US by this licensed manufacturer.' },
    IMPORTER: { description: 'Made abroad and brought in by this licensed importer.' },
  },
});
