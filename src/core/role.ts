import { registerEnumType } from 'type-graphql';

/** Roles carried in the token's `roles` claim. */
export enum Role {
  /** Aggregates, dealer risk, link charts; personal data masked. */
  ANALYST = 'ANALYST',
  /** Everything an analyst sees, with personal data. */
  INVESTIGATOR = 'INVESTIGATOR',
  /** An investigator who also reads the audit trail. */
  SUPERVISOR = 'SUPERVISOR',
  /** Writes and imports; no reads of personal data. */
  INGEST = 'INGEST',
  /** Operates the service (versions, health); no personal data, no audit trail (CJIS least privilege). */
  ADMIN = 'ADMIN',
  /**
   * A firearms examiner: reviews NIBIN leads under the microscope and confirms or rejects them
   * (the review queue, one lead, its casings); no personal data, no other reads.
   */
  EXAMINER = 'EXAMINER',
}

registerEnumType(Role, { name: 'Role', description: 'What a caller may do; carried in the token.' });

/**
 * What each role includes. An operation that names ANALYST is open to investigators and
 * supervisors too; INGEST and ADMIN include nothing else. CJIS Security Policy (access
 * control, least privilege): a role grants only what its job needs, so ADMIN is not a
 * superuser; a person who operates the service and investigates carries both roles.
 */
export const ROLE_INCLUDES: Readonly<Record<Role, readonly Role[]>> = {
  [Role.ANALYST]: [Role.ANALYST],
  [Role.INVESTIGATOR]: [Role.INVESTIGATOR, Role.ANALYST],
  [Role.SUPERVISOR]: [Role.SUPERVISOR, Role.INVESTIGATOR, Role.ANALYST],
  [Role.INGEST]: [Role.INGEST],
  [Role.ADMIN]: [Role.ADMIN],
  [Role.EXAMINER]: [Role.EXAMINER],
};

/** Roles that see personal data (names, dates of birth, addresses of people) unmasked. */
export const PERSONAL_DATA_ROLES: readonly Role[] = [Role.INVESTIGATOR, Role.SUPERVISOR];

/** Marker passed to @Authorized on personal fields: the checker masks instead of refusing. */
export const PERSONAL_DATA = 'PERSONAL_DATA';

export interface AuthUser {
  subject: string;
  agencyOri: string;
  roles: Role[];
}

/** The roles a user holds, with the roles they include. */
export function effectiveRoles(user: AuthUser | null | undefined): Set<Role> {
  return new Set((user?.roles ?? []).flatMap((r) => ROLE_INCLUDES[r] ?? []));
}

/** True when the user holds (directly or through ROLE_INCLUDES) one of `needed`. */
export function hasAnyRole(user: AuthUser | null | undefined, needed: readonly string[]): boolean {
  const held = effectiveRoles(user);
  return needed.some((r) => held.has(r as Role));
}

export const canSeePersonalData = (user: AuthUser | null | undefined): boolean => hasAnyRole(user, PERSONAL_DATA_ROLES);
