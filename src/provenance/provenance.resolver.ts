import { Arg, Args, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { idRule, textRule } from '../common/arg-rules.js';
import { ruleFor } from '../common/validate-args.js';
import { Role } from '../core/role.js';
import { NonEmptyStringScalar } from '../common/scalars.js';
import { notFound, refused } from '../errors/app-error.js';
import { ErrorCode } from '../errors/error-code.js';
import { ImportRecordType } from '../import/import.type.js';
import type { RecordType } from '../import/record.types.js';
import { pageRequest, PageArgs } from '../pagination/page-args.js';
import type { RequestContext } from '../core/context.js';
import { listConflicts, resolveConflict, sourcesOf } from './provenance.data.js';
import { decisionRefused } from './decision.check.js';
import { ConflictSide, ConflictsArgs, DataConflict, DataConflictConnection, RecordSourceConnection } from './provenance.type.js';

const EARLIEST = '1970-01-01T00:00:00Z';
const LATEST = '9999-12-31T23:59:59Z';
const iso = (v: Date | string | null | undefined, fallback: string) => (v ? new Date(v).toISOString() : fallback);

@Resolver()
export class ProvenanceResolver {
  @Authorized(Role.ANALYST)
  @Query(() => RecordSourceConnection, {
    description:
      'Who told us about a record, and when: the import runs, importRecords calls and seed loads that wrote it, newest first. Keyset-paged (at most 100 per page). ' +
      'An unknown record has no sources (an empty page).',
  })
  recordSources(
    @Arg('type', () => ImportRecordType, { description: 'Record type.' }) type: RecordType,
    @Arg('key', () => NonEmptyStringScalar, {
      description: 'Natural key (an association: "fromPersonId>toPersonId").',
      validateFn: ruleFor('key', textRule(200)),
    })
    key: string,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: RequestContext,
  ) {
    return sourcesOf(ctx, type, key, pageRequest('recordSources', args));
  }

  @Authorized(Role.SUPERVISOR)
  @Query(() => DataConflictConnection, {
    description:
      'Values that two sources disagree on, newest first (SUPERVISOR: conflicts can carry personal data). Default: those involving your agency. Keyset-paged (at most 100 per page).',
  })
  conflicts(@Args(() => ConflictsArgs) args: ConflictsArgs, @Ctx() ctx: RequestContext) {
    const f = args.filter ?? {};
    const agencyOri = f.agencyOri ?? ctx.user?.agencyOri ?? null;
    const from = iso(f.from, EARLIEST);
    const to = iso(f.to, LATEST);
    return listConflicts(ctx, { agencyOri, recordType: f.recordType ?? null, status: f.status ?? null, from, to }, pageRequest('conflicts', args));
  }

  @Authorized(Role.SUPERVISOR)
  @Mutation(() => DataConflict, {
    description:
      'Resolves a conflict (SUPERVISOR; audited): the chosen value is written to that one field of the record (its source for the other fields is unchanged). ' +
      'The same decision again changes nothing. Refused with CONFLICT when the field changed since the conflict was recorded (a stale conflict): ' +
      'nothing is written, and an open conflict then shows the value the record holds now, to be decided again. ' +
      "Keeping INCOMING on a lead's review that the lead workflow has acted on is refused (CONFLICT, field keep): the review changes through the workflow. " +
      'A decision is checked like an import: one that would leave the record breaking a rule of its own, a chronology or plausibility rule (a recovery after its trace was requested, a handgun buyer under 21) ' +
      'or a rule of a stored record depending on it is refused (CONFLICT, field keep; the message names the field and the reason, extensions.problems lists each), and nothing is written.',
  })
  async resolveConflict(
    @Arg('id', () => NonEmptyStringScalar, { description: 'Conflict id.', validateFn: ruleFor('id', idRule()) }) id: string,
    @Arg('keep', () => ConflictSide, { description: 'The value to keep.' }) keep: ConflictSide,
    @Ctx() ctx: RequestContext,
  ): Promise<DataConflict> {
    // Checked by the import's rules in the decision's own transaction; a refusal writes nothing to the record.
    const outcome = await resolveConflict(ctx, id, keep, ctx.user?.subject ?? 'unknown');
    if (!outcome) throw notFound('conflict', 'id', id);
    const { conflict, stale, check } = outcome;
    const breaksRules = (check?.problems.length ?? 0) > 0;
    // A stale OPEN conflict's snapshot was brought up to date: a write, audited as one (the record itself was not touched).
    ctx.audit.wrote = (!stale && !breaksRules) || (stale && conflict.status === 'OPEN');
    if (stale) {
      const now =
        conflict.status === 'OPEN'
          ? 'the conflict now shows the value the record holds: review it and resolve again'
          : 'the conflict was resolved before and the field changed since';
      throw refused(
        ErrorCode.CONFLICT,
        'id',
        `conflict ${id} is stale: the record's ${conflict.field} changed since the conflict was recorded, so its ${keep} value was not written (it would undo the later change); ${now}`,
      );
    }
    if (breaksRules) throw decisionRefused(keep, check!);
    return conflict;
  }
}
