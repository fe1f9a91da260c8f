import { describe, expect, it } from 'vitest';
import { guardPersonProperties } from '../../../src/auth/personal-data.js';
import type { RequestContext } from '../../../src/core/context.js';
import { Role } from '../../../src/core/role.js';

const contextOf = (role: Role) =>
  ({
    user: { subject: 'u1', agencyOri: 'NY0303000', roles: [role] },
    audit: { people: new Set<string>(), wrote: false, denied: false },
  }) as unknown as RequestContext;

// A person whose date of birth a supervisor decided: the decision keeps the value it overruled.
const decided = {
  id: 'P1',
  firstName: 'Ann',
  dateOfBirth: '1997-04-12',
  decidedFields: ['dateOfBirth', 'state'],
  overruled: ['dateOfBirth=1997-04-11', 'state=NJ'],
};

describe('guardPersonProperties: one masking rule for property maps', () => {
  it('masks a former personal value a decision overruled, as the field itself, for a role that may not see personal data', () => {
    const ctx = contextOf(Role.ANALYST);
    const { properties, redacted } = guardPersonProperties(ctx, 'P1', decided);
    expect(redacted).toBe(true);
    expect(properties).toEqual({ ...decided, firstName: null, dateOfBirth: null, overruled: [null, 'state=NJ'] });
    expect(ctx.audit.denied).toBe(true);
    expect([...ctx.audit.people]).toEqual(['P1']);
  });

  it('keeps everything for a role that may, and names the person in the audit record', () => {
    const ctx = contextOf(Role.INVESTIGATOR);
    expect(guardPersonProperties(ctx, 'P1', decided)).toEqual({ properties: decided, redacted: false });
    expect(ctx.audit.denied).toBe(false);
    expect([...ctx.audit.people]).toEqual(['P1']);
  });

  it('an overruled value of a field that is not personal is not masked, and alone masks nothing', () => {
    const ctx = contextOf(Role.ANALYST);
    const { properties, redacted } = guardPersonProperties(ctx, 'P2', { id: 'P2', overruled: ['state=NJ'] });
    expect(properties).toEqual({ id: 'P2', overruled: ['state=NJ'] });
    expect(redacted).toBe(false);
    expect(ctx.audit.denied).toBe(false);
  });
});
