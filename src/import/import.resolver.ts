import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { listRule } from '../common/arg-rules.js';
import { ruleFor } from '../common/validate-args.js';
import { Role } from '../core/role.js';
import { z } from 'zod';
import type { RequestContext } from '../core/context.js';
import { ImportRecordInput, ImportResult } from './import.type.js';
import { importRecordBatch, MAX_RECORDS_PER_CALL } from './record-batch.service.js';

@Resolver()
export class ImportResolver {
  @Authorized(Role.INGEST)
  @Mutation(() => ImportResult, {
    description:
      `Writes up to ${MAX_RECORDS_PER_CALL} records (INGEST only), all or nothing, in one transaction: MERGE on natural keys, so sending them again changes nothing. ` +
      'Records are checked by the rules of `npm run import` and may refer to records of the same call or of the graph; any bad record rejects the call with BAD_USER_INPUT ' +
      '(`field` = records[i].<field>, every problem in `problems`). Every call is audited, with the people written or linked. ' +
      'Dealer risk and networks are recomputed once the writes pause (ANALYSIS_AFTER_INGEST_MS, default 30 s).',
  })
  async importRecords(
    @Arg('records', () => [ImportRecordInput], {
      description: `1 to ${MAX_RECORDS_PER_CALL} records, any types, in any order.`,
      // One transaction per call, well inside the 1 MB body limit: send the rest in further calls.
      validateFn: ruleFor(
        'records',
        listRule(z.unknown(), { min: 1, max: MAX_RECORDS_PER_CALL, what: 'records per call', tooFew: 'name at least one record' }),
      ),
    })
    records: ImportRecordInput[],
    @Ctx() ctx: RequestContext,
  ): Promise<ImportResult> {
    // The `type` argument wins over a `type` key inside `fields`.
    const result = await importRecordBatch(
      ctx,
      records.map((r) => ({ ...r.fields, type: r.type })),
    );
    // Dealer risk and networks are stored results: refresh them once the writes pause.
    if (result.accepted > 0) ctx.analysis?.schedule();
    return result;
  }
}
