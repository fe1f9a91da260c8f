import { Arg, Args, Authorized, Ctx, FieldResolver, Float, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { idRule, numberRule, textRule } from '../common/arg-rules.js';
import { ruleFor } from '../common/validate-args.js';
import type { RequestContext } from '../core/context.js';
import { Role } from '../core/role.js';
import { AppError, notFound } from '../errors/app-error.js';
import { ErrorCode } from '../errors/error-code.js';
import { Person } from '../model/person.type.js';
import { pageRequest, PageArgs } from '../pagination/page-args.js';
import { personById } from '../person/person.data.js';
import { CandidateStatus, DuplicateCandidate, DuplicateCandidateConnection } from './duplicate-candidate.type.js';
import { candidatePage, decideCandidate, sameAsOf } from './resolution.data.js';
import { REVIEW_MIN_SCORE } from './resolution.job.js';

const CANDIDATE_ID = { validateFn: ruleFor('candidateId', idRule()) };
/** A reviewer's note is kept with the decision; 2,000 characters is a paragraph, not a file. */
const NOTE = { nullable: true as const, validateFn: ruleFor('note', textRule(2000)) };

/**
 * Reviewing candidate pairs means comparing names and dates of birth, so it needs a role that
 * sees personal data (INVESTIGATOR, SUPERVISOR); every decision is a write and is audited with
 * both people named (CJIS audit: who changed what about whom).
 */
@Resolver(() => DuplicateCandidate)
export class DuplicateCandidateResolver {
  @Authorized(Role.INVESTIGATOR)
  @Query(() => DuplicateCandidateConnection, { description: 'Candidate duplicate people, best score first (keyset-paged). Needs INVESTIGATOR.' })
  duplicateCandidates(
    @Arg('status', () => CandidateStatus, { defaultValue: CandidateStatus.OPEN, description: 'Which pairs (default OPEN, the review queue).' })
    status: CandidateStatus,
    @Arg('minScore', () => Float, {
      defaultValue: REVIEW_MIN_SCORE,
      description: `Lowest score, 0–1 (default ${REVIEW_MIN_SCORE}).`,
      validateFn: ruleFor('minScore', numberRule(0, 1)),
    })
    minScore: number,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: RequestContext,
  ) {
    return candidatePage(ctx, pageRequest(`duplicateCandidates:${status}`, args), status, minScore);
  }

  @Authorized(Role.INVESTIGATOR)
  @Mutation(() => DuplicateCandidate, {
    description: 'The two records are one person: links them SAME_AS (both records stay). Idempotent; CONFLICT if the pair was rejected (reopen it first).',
  })
  confirmSamePerson(@Arg('candidateId', () => ID, CANDIDATE_ID) id: string, @Arg('note', () => String, NOTE) note: string | null, @Ctx() ctx: RequestContext) {
    return decide(ctx, id, CandidateStatus.CONFIRMED, note);
  }

  @Authorized(Role.INVESTIGATOR)
  @Mutation(() => DuplicateCandidate, {
    description: 'The two records are different people. Idempotent; CONFLICT if the pair was confirmed (reopen it first).',
  })
  rejectSamePerson(@Arg('candidateId', () => ID, CANDIDATE_ID) id: string, @Arg('note', () => String, NOTE) note: string | null, @Ctx() ctx: RequestContext) {
    return decide(ctx, id, CandidateStatus.REJECTED, note);
  }

  @Authorized(Role.INVESTIGATOR)
  @Mutation(() => DuplicateCandidate, { description: 'Puts a decided pair back in the review queue; a SAME_AS link it made is removed.' })
  reopenDuplicateCandidate(
    @Arg('candidateId', () => ID, CANDIDATE_ID) id: string,
    @Arg('note', () => String, NOTE) note: string | null,
    @Ctx() ctx: RequestContext,
  ) {
    return decide(ctx, id, CandidateStatus.OPEN, note);
  }

  @FieldResolver(() => Person, { nullable: true, description: 'One record of the pair (personal fields masked and audited as everywhere).' })
  personA(@Root() c: DuplicateCandidate, @Ctx() ctx: RequestContext) {
    return personById(ctx).load(c.personA);
  }

  @FieldResolver(() => Person, { nullable: true, description: 'The other record of the pair.' })
  personB(@Root() c: DuplicateCandidate, @Ctx() ctx: RequestContext) {
    return personById(ctx).load(c.personB);
  }
}

async function decide(ctx: RequestContext, id: string, status: CandidateStatus, note: string | null): Promise<DuplicateCandidate> {
  const result = await decideCandidate(ctx, id, status, note ?? null);
  if (!result) throw notFound('duplicate candidate', 'candidateId', id);
  const { before, candidate } = result;
  ctx.audit.people.add(candidate.personA);
  ctx.audit.people.add(candidate.personB);
  if (candidate.status !== status) {
    throw new AppError(ErrorCode.CONFLICT, `candidateId: the pair is already ${before} (by ${candidate.decidedBy ?? 'someone'}); reopen it first`, {
      field: 'candidateId',
    });
  }
  ctx.audit.wrote = before !== status;
  return candidate;
}

@Resolver(() => Person)
export class PersonClusterResolver {
  @FieldResolver(() => [Person], {
    description:
      'The other records an analyst confirmed are this same person (SAME_AS, at most 50). Empty when unresolved. Each is its own record with its own sources.',
  })
  sameAs(@Root() person: Person, @Ctx() ctx: RequestContext) {
    return sameAsOf(ctx).load(person.id);
  }

  @FieldResolver(() => ID, {
    description: 'Global id of the resolved cluster: the smallest person id among this record and its SAME_AS records (its own id when unresolved).',
  })
  async resolvedClusterId(@Root() person: Person, @Ctx() ctx: RequestContext) {
    const others = await sameAsOf(ctx).load(person.id);
    return `Person:${[person.id, ...others.map((p) => p.id)].sort()[0]}`;
  }
}
