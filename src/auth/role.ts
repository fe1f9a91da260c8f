import { registerEnumType } from 'type-graphql';

/** Roles carried in the token's `roles` claim. */
export enum Role {
  /** Aggregates, dealer risk, link charts; personal data masked. */
  ANALYST = 'ANALYST',
  /** Everything an analyst sees, with personal data. */
  INVESTIGATOR = 'INVESTIGATOR',
  /** An investigator who also reads the audit trail. */
  SUPERVISOR = 'SUPERVISOR',
  /** Writes and imports. */
  INGEST = 'INGEST',
  /** Operates the service. */
  ADMIN = 'ADMIN',
}

registerEnumType(Role, { name: 'Role', description: 'What a caller may do; carried in the token.' });

/** Roles that see personal data (names, dates of birth, addresses of people) unmasked. */
export const PERSONAL_DATA_ROLES: readonly Role[] = [Role.INVESTIGATOR, Role.SUPERVISOR, Role.ADMIN];

/** Marker passed to @Authorized on personal fields: the checker masks instead of refusing. */
export const PERSONAL_DATA = 'PERSONAL_DATA';

export interface AuthUser {
  subject: string;
  agencyOri: string;
  roles: Role[];
}

export const canSeePersonalData = (user: AuthUser | null | undefined): boolean =>
  !!user && user.roles.some((r) => PERSONAL_DATA_ROLES.includes(r));
