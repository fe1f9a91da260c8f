import { z } from 'zod';
import { FFL_LICENSE_TYPE_CODES } from '../../common/ffl-license.js';

/**
 * The enumerations of the record model, spelled once. The record types (z.output), the import
 * validation, the GraphQL enums (registered from these values in src/model/*.enum.ts) and the
 * generator's enumerations all derive from these.
 */
export const SceneKindSchema = z.enum(['HOMICIDE', 'NON_FATAL_SHOOTING', 'SHOTS_FIRED', 'RECOVERY_ONLY']);
/** Kinds that count as a shooting (time-to-first-shooting, Firearm.shootings, the generator's shootings). */
export const SHOOTING_SCENE_KINDS = ['HOMICIDE', 'NON_FATAL_SHOOTING', 'SHOTS_FIRED'] as const satisfies ReadonlyArray<z.infer<typeof SceneKindSchema>>;

export const FirearmKindSchema = z.enum(['PISTOL', 'REVOLVER', 'RIFLE', 'SHOTGUN']);
/** Handguns: multiple-sale reports and the 21-year buyer minimum (18 U.S.C. 922(b)(1)) cover them. */
export const HANDGUN_KINDS = ['PISTOL', 'REVOLVER'] as const satisfies ReadonlyArray<z.infer<typeof FirearmKindSchema>>;

export const ManufacturerKindSchema = z.enum(['MANUFACTURER', 'IMPORTER']);

/** ATF license type codes (27 CFR 478.11); the GraphQL enum uses the names, the records and the graph the codes. */
export const LicenseTypeSchema = z.enum(FFL_LICENSE_TYPE_CODES);

export const TraceOutcomeSchema = z.enum(['COMPLETED', 'NO_DEALER', 'NO_PURCHASER', 'NOT_TRACEABLE', 'PENDING']);

export const LeadStatusSchema = z.enum(['UNREVIEWED', 'CONFIRMED', 'REJECTED']);

export const TheftKindSchema = z.enum(['RESIDENCE_BURGLARY', 'VEHICLE_BREAK_IN', 'FFL_THEFT', 'FFL_LOSS', 'OTHER_THEFT']);
/** Kinds a licensee files (ATF Form 3310.11): they need the reporting licensee. */
export const FFL_THEFT_KINDS = ['FFL_THEFT', 'FFL_LOSS'] as const satisfies ReadonlyArray<z.infer<typeof TheftKindSchema>>;

export type SceneKindValue = z.infer<typeof SceneKindSchema>;
export type FirearmKindValue = z.infer<typeof FirearmKindSchema>;
export type ManufacturerKindValue = z.infer<typeof ManufacturerKindSchema>;
export type TraceOutcomeValue = z.infer<typeof TraceOutcomeSchema>;
export type LeadStatusValue = z.infer<typeof LeadStatusSchema>;
export type TheftKindValue = z.infer<typeof TheftKindSchema>;

/** A GraphQL enum object (name → value) for a zod enum whose values are valid GraphQL names. */
export function enumObject<const V extends string>(values: readonly V[]): { [K in V]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in V]: K };
}
