import { registerEnumType } from 'type-graphql';
import { enumObject, SceneKindSchema, SHOOTING_SCENE_KINDS, type SceneKindValue } from './records/enums.js';

/** What happened at a scene, as stored on Scene.kind: the values of the record model (SceneKindSchema). */
export const SceneKind = enumObject(SceneKindSchema.options);
export type SceneKind = SceneKindValue;

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
export const SHOOTING_KINDS: SceneKind[] = [...SHOOTING_SCENE_KINDS];
