import { Authorized, UseMiddleware, type MiddlewareFn } from 'type-graphql';
import type { RequestContext } from '../core/context.js';
import { canSeePersonalData, PERSONAL_DATA } from '../core/role.js';

/** Records that the person (the parent object, which has an `id`) had personal data returned. */
const recordPersonTouched: MiddlewareFn<RequestContext> = async ({ root, context }, next) => {
  const value = await next();
  if (value !== null && value !== undefined && root && typeof root.id === 'string') {
    context.audit.people.add(root.id);
  }
  return value;
};

/**
 * Marks a field of a person as personal data: masked (null) for roles that may not see it,
 * and audited when returned.
 */
export function PersonalData(): MethodDecorator & PropertyDecorator {
  return (target: object, key: string | symbol, descriptor?: PropertyDescriptor) => {
    Authorized(PERSONAL_DATA)(target, key as string, descriptor as PropertyDescriptor);
    UseMiddleware(recordPersonTouched)(target, key as string, descriptor as PropertyDescriptor);
  };
}

/** Personal property names as they are stored on Person nodes. */
export const PERSONAL_PROPERTIES = ['firstName', 'lastName', 'name', 'dateOfBirth', 'address', 'city', 'location'] as const;

/** The same names as a set, for lookups (conflicts on personal fields, overruled values). */
export const PERSONAL_KEYS: ReadonlySet<string> = new Set<string>(PERSONAL_PROPERTIES);
/** An `overruled` entry ("field=value") holding a personal field's former value. */
const isPersonalOverruled = (entry: unknown): boolean => typeof entry === 'string' && PERSONAL_KEYS.has(entry.split('=', 1)[0]!);

/**
 * The same rule for untyped property maps (link charts, subgraphs): personal properties of a
 * person are set to null for roles that may not see them; either way the person is named in
 * the request's audit record (ALLOWED when kept, DENIED when masked).
 * Returns the properties to send and whether any were masked.
 */
export function guardPersonProperties(
  ctx: RequestContext,
  personId: string,
  properties: Record<string, unknown>,
): { properties: Record<string, unknown>; redacted: boolean } {
  if (canSeePersonalData(ctx.user)) {
    ctx.audit.people.add(personId);
    return { properties, redacted: false };
  }
  const kept = { ...properties };
  let redacted = false;
  for (const key of PERSONAL_PROPERTIES) {
    if (key in kept) {
      kept[key] = null;
      redacted = true;
    }
  }
  // A supervisor's decision keeps the value it overruled (`overruled`: "field=value", docs/import.md):
  // a former name, date of birth or address is personal data too, masked (null) like the field itself.
  if (Array.isArray(kept.overruled) && kept.overruled.some(isPersonalOverruled)) {
    kept.overruled = kept.overruled.map((entry: unknown) => (isPersonalOverruled(entry) ? null : entry));
    redacted = true;
  }
  // Masked, but still on record: the audit names whom the caller asked about (outcome DENIED).
  if (redacted) {
    ctx.audit.denied = true;
    ctx.audit.people.add(personId);
  }
  return { properties: kept, redacted };
}
