import { registerEnumType } from 'type-graphql';

export enum FirearmKind {
  PISTOL = 'PISTOL',
  REVOLVER = 'REVOLVER',
  RIFLE = 'RIFLE',
  SHOTGUN = 'SHOTGUN',
}

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
