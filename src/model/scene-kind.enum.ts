import { registerEnumType } from 'type-graphql';

/** What happened at a scene, as stored on Scene.kind. */
export enum SceneKind {
  HOMICIDE = 'HOMICIDE',
  NON_FATAL_SHOOTING = 'NON_FATAL_SHOOTING',
  SHOTS_FIRED = 'SHOTS_FIRED',
  RECOVERY_ONLY = 'RECOVERY_ONLY',
}

registerEnumType(SceneKind, {
  name: 'SceneKind',
  description: 'What happened at a scene.',
  valuesConfig: {
    HOMICIDE: { description: 'A shooting in which someone died.' },
    NON_FATAL_SHOOTING: { description: 'A shooting in which someone was hit and survived.' },
    SHOTS_FIRED: { description: 'Shots fired with nobody hit (casings recovered, often from a ShotSpotter alert or a call).' },
    RECOVERY_ONLY: { description: 'No shooting: a place where a gun was recovered (arrest, search, found property).' },
  },
});

/** Kinds that count as a shooting (time-to-first-shooting, Firearm.shootings). */
export const SHOOTING_KINDS = [SceneKind.HOMICIDE, SceneKind.NON_FATAL_SHOOTING, SceneKind.SHOTS_FIRED];
