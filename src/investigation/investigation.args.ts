import { ArgsType, Field, ID } from 'type-graphql';
import { z } from 'zod';
import { idRule, listRule, ruled } from '../common/arg-rules.js';
import { ValidatedBy } from '../common/validate-args.js';
import { INVESTIGATION_LIMITS as L } from './investigation.limits.js';

/** A user named in a share: a token subject, 1 to maxSubject characters once trimmed. */
const subjectRule = () => ruled((s) => (s.trim() && s.trim().length <= L.maxSubject ? null : `a user's token subject, 1 to ${L.maxSubject} characters`));

/**
 * The rules of shareInvestigation and unshareInvestigation (their arguments differ only in
 * descriptions): an investigation id, at most maxSharePerCall users, and someone to share with.
 * Whether the users may be named (not yourself) and the agency set (your token names one) depends
 * on the caller: the resolver checks that.
 */
@ValidatedBy(
  z.looseObject({ id: idRule(), users: listRule(subjectRule(), { max: L.maxSharePerCall, what: 'users per call' }).nullish() }).superRefine((v, ctx) => {
    if (!(v.users as string[] | null | undefined)?.length && !v.agency)
      ctx.addIssue({ code: 'custom', path: ['users'], message: 'name at least one user, or set agency' });
  }),
)
abstract class ShareRules {}

@ArgsType()
export class ShareInvestigationArgs extends ShareRules {
  @Field(() => ID, { description: 'Investigation id.' })
  id!: string;

  @Field(() => [String], { nullable: true, description: 'Token subjects of the users.' })
  users?: string[] | null;

  @Field(() => Boolean, { defaultValue: false, description: 'Share with everyone of your agency.' })
  agency!: boolean;
}

@ArgsType()
export class UnshareInvestigationArgs extends ShareRules {
  @Field(() => ID, { description: 'Investigation id.' })
  id!: string;

  @Field(() => [String], { nullable: true, description: 'Token subjects of the users.' })
  users?: string[] | null;

  @Field(() => Boolean, { defaultValue: false, description: 'Withdraw the share with your agency.' })
  agency!: boolean;
}

/** The rule of an investigation's `version` argument: versions are numbered from 1. */
export const versionRule = () => z.number().int().min(1, { error: 'must be 1 or more' });
