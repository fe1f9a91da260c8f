import type { AuthChecker } from 'type-graphql';
import { AppError } from '../errors/app-error.js';
import { ErrorCode } from '../errors/error-code.js';
import type { RequestContext } from '../server/context.js';
import { canSeePersonalData, PERSONAL_DATA, Role } from './role.js';

/**
 * The one auth checker. Operations name the roles they need: a caller without one gets
 * FORBIDDEN. Personal fields name PERSONAL_DATA: for a caller without a personal-data role
 * the checker answers false, and with authMode "null" the field resolves to null (masked),
 * the same rule everywhere (see README, Security).
 */
export const authChecker: AuthChecker<RequestContext> = ({ context }, roles) => {
  const user = context.user;
  if (!user) throw new AppError(ErrorCode.UNAUTHENTICATED, 'A bearer token is required');
  if (roles.includes(PERSONAL_DATA)) {
    const allowed = canSeePersonalData(user);
    if (!allowed) context.audit.denied = true;
    return allowed;
  }
  if (roles.length === 0 || user.roles.includes(Role.ADMIN) || user.roles.some((r) => roles.includes(r))) return true;
  context.audit.denied = true;
  throw new AppError(ErrorCode.FORBIDDEN, `This operation needs one of the roles ${roles.join(', ')}`);
};
