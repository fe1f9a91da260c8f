import { registerEnumType } from 'type-graphql';
import { enumObject, FirearmKindSchema, type FirearmKindValue } from './records/enums.js';

/** The firearm kinds of the record model (FirearmKindSchema), as a GraphQL enum. */
export const FirearmKind = enumObject(FirearmKindSchema.options);
export type FirearmKind = FirearmKindValue;

registerEnumType(FirearmKind, {
  name: 'FirearmKind',
  description: 'Type of firearm. Pistols and revolvers are handguns (multiple-sale reports cover handguns).',
  valuesConfig: {
    PISTOL: { description: 'Semi-automatic pistol (handgun); ejects its casings at the scene.' },
    REVOLVER: { description: 'Revolver (handgun); keeps its casings in the cylinder, so rarely leaves NIBIN evidence.' },
    RIFLE: { description: 'Rifle (long gun).' },
    SHOTGUN: { description: 'Shotgun (long gun); shells are not entered into NIBIN.' },
  },
});
