import type { AuthChecker } from 'type-graphql';
import { AppError } from '../errors/app-error.js';
import { ErrorCode } from '../errors/error-code.js';
import type { RequestContext } from '../core/context.js';
import { canSeePersonalData, hasAnyRole, PERSONAL_DATA } from '../core/role.js';
import { peopleAskedAbout } from './refused-people.js';

/**
 * The one auth checker (docs/security.md).
 * - Operations name the roles they need (`@Authorized(Role.ANALYST)`): a caller holding none
 *   of them, directly or through ROLE_INCLUDES, gets FORBIDDEN and the request is audited DENIED,
 *   naming the people the field's arguments asked about (src/auth/refused-people.ts).
 * - Personal fields carry PERSONAL_DATA (`@PersonalData()`): for a caller without a
 *   personal-data role the checker answers false and, with authMode "null", the field
 *   resolves to null with no error entry (masked). The person is still named in the audit
 *   record, with the outcome DENIED, so a review sees who tried to look at whom.
 * - `@Authorized()` with no roles: any authenticated caller.
 */
export const authChecker: AuthChecker<RequestContext> = ({ root, args, context, info }, roles) => {
  const user = context.user;
  if (!user) throw new AppError(ErrorCode.UNAUTHENTICATED, 'A bearer token is required');
  if (roles.includes(PERSONAL_DATA)) {
    if (canSeePersonalData(user)) return true;
    context.audit.denied = true;
    const id = (root as { id?: unknown } | undefined)?.id;
    if (typeof id === 'string') context.audit.people.add(id);
    return false;
  }
  if (roles.length === 0 || hasAnyRole(user, roles)) return true;
  context.audit.denied = true;
  for (const id of peopleAskedAbout(info, args)) context.audit.people.add(id);
  throw new AppError(ErrorCode.FORBIDDEN, `This operation needs one of the roles ${roles.join(', ')}`);
};
