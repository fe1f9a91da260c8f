import { AppError } from '../errors/app-error.js';
import { ErrorCode } from '../errors/error-code.js';
import type { RequestContext } from '../core/context.js';
import type { ImportResult } from './import.type.js';
import { keyField, personIdsOf, recordKey } from './record.references.js';
import { validateRecord } from './record.rules.js';
import { chronologyParts } from './chronology.check.js';
import { correctionsHold } from './importer.checks.js';
import { RECORD_TYPES, type GraphRecord } from './record.types.js';
import { createdNibin, upsertInTransaction, type UpsertBatch } from './import.data.js';
import { checkedWrite } from './decision-epoch.data.js';
import { newWriteSource, sourceParam } from './write-source.js';
import { addStatusRows, emptyStatusCounts, WRITE_STATUSES } from './write-status.js';
import { danglingReferences, emptyKeySets } from './reference.check.js';
import { followUpImportedNibin, nibinRecordsOf } from '../lead/lead-import.hook.js';
import { toWriteRow } from './write-row.js';

/** Most records one importRecords call may carry: one transaction each call, and well inside the 1 MB body limit. */
export const MAX_RECORDS_PER_CALL = 1_000;
/** Problems listed in one error's extensions; the first is also the error's `field`. */
const MAX_PROBLEMS_LISTED = 100;

export interface BatchProblem {
  /** Position of the record in `records`. */
  index: number;
  /** The field of that record at fault. */
  field: string;
  reason: string;
}

/**
 * The importRecords mutation: the rules of `npm run import` (field rules, cross-field rules,
 * duplicate keys, references to records of this call or of the graph), but all or nothing:
 * one bad record rejects the call with BAD_USER_INPUT naming it, and nothing is written; a good
 * call writes every record in one transaction (the shared MERGE statements), so a client never
 * has to find out which half of a batch got in. The audit record names the people written or
 * linked and the counts (ctx.audit).
 */
export async function importRecordBatch(ctx: RequestContext, raws: Array<Record<string, unknown>>, now = Date.now()): Promise<ImportResult> {
  // 1 to MAX_RECORDS_PER_CALL records: declared on the argument (import.resolver.ts).
  const counts = (ctx.audit.records = { read: raws.length, accepted: 0, rejected: 0 });
  const { items, partial, problems } = validateBatch(raws, now);
  const records = items.map((i) => i.record);
  for (const r of records) for (const id of personIdsOf(r)) ctx.audit.people.add(id);
  // Every problem of every record at once: references of the records with field problems too.
  problems.push(...(await referenceProblems(ctx, items, partial)));
  const dangling = new Set(problems.map((p) => p.index));
  const checked = items.filter((i) => !dangling.has(i.index));
  const agencyOri = ctx.user?.agencyOri ?? null;
  const source = newWriteSource('API', agencyOri, ctx.user?.subject ?? 'unknown', 'importRecords call', ctx.requestId);
  const batches: UpsertBatch[] = [];
  for (const type of RECORD_TYPES) {
    const these = records.filter((r) => r.type === type);
    if (these.length) batches.push({ type, rows: these.map(toWriteRow) });
  }
  const nibin = nibinRecordsOf(records);
  // Checked, then written holding the decision epoch the check saw: a decision landing in between
  // has the call checked again (decision-epoch.data.ts).
  const results = await checkedWrite(
    ctx.gateway,
    ctx.meta,
    async () => {
      const { own, dependents, corrects, heldGuns } = await chronologyParts(
        ctx.gateway,
        checked.map((i) => i.record),
        records,
        ctx.meta,
        agencyOri,
      );
      const all = [...problems];
      checked.forEach((item, i) => all.push(...[...own[i]!, ...dependents[i]!].map((p) => ({ index: item.index, ...p }))));
      if (all.length) {
        counts.rejected = new Set(all.map((p) => p.index)).size;
        throw batchRejected(all.sort((a, b) => a.index - b.index));
      }
      // Corrections of values other stored records depend on: written under the epoch's exclusive lock, checked again there.
      const corrections = correctionsHold(
        checked.map((item, i) => ({ record: item.record, corrects: corrects[i] })),
        records.map((record) => ({ record })),
        agencyOri,
      );
      // The guns' records the checks counted, counted again under the guns' locks (gun-links.data.ts).
      return { corrections, heldGuns };
    },
    // One transaction: the source, the upserts, then the NIBIN follow-up (derived gun links, outbox events).
    ({ corrections, heldGuns }, epoch) =>
      upsertInTransaction(
        ctx.gateway,
        'importRecords',
        {
          source,
          sourceParam: sourceParam(source),
          checkedAtEpoch: epoch,
          correctionsHold: corrections,
          heldGuns: heldGuns,
          batches,
          followUp: (run, created) => followUpImportedNibin(run, nibin, new Date(now).toISOString(), createdNibin(created)),
          // Before commit: the audit record written in this transaction carries the counts.
          beforeCommit: () => {
            counts.accepted = records.length;
          },
        },
        ctx.meta,
      ).catch((error: unknown) => {
        counts.accepted = 0;
        throw error;
      }),
  );
  ctx.audit.wrote = true;
  const total = emptyStatusCounts();
  const byType: ImportResult['byType'] = batches.map(({ type }, i) => {
    const c = addStatusRows(emptyStatusCounts(), results[i]!);
    for (const k of WRITE_STATUSES) total[k] += c[k];
    return { type, count: records.filter((r) => r.type === type).length, ...c };
  });
  return { accepted: records.length, ...total, sourceId: source.id, byType };
}

/** Field and cross-field rules of each record, and keys sent twice in one call. */
interface Item {
  index: number;
  record: GraphRecord;
}

function validateBatch(
  raws: Array<Record<string, unknown>>,
  now: number,
): { items: Item[]; partial: Array<{ index: number; fields: Record<string, unknown> }>; problems: BatchProblem[] } {
  const items: Item[] = [];
  const partial: Array<{ index: number; fields: Record<string, unknown> }> = [];
  const problems: BatchProblem[] = [];
  const firstIndex = new Map<string, number>();
  for (const [index, raw] of raws.entries()) {
    const { record, problems: found, partial: fields } = validateRecord(raw, now);
    if (!record) {
      problems.push(...found.map((p) => ({ index, ...p })));
      if (fields.type) partial.push({ index, fields });
      continue;
    }
    const key = `${record.type}:${recordKey(record)}`;
    const first = firstIndex.get(key);
    if (first !== undefined) {
      problems.push({ index, field: keyField(record.type), reason: `duplicate: the same key as records[${first}]` });
      continue;
    }
    firstIndex.set(key, index);
    items.push({ index, record });
  }
  return { items, partial, problems };
}

async function referenceProblems(
  ctx: RequestContext,
  items: Item[],
  partial: Array<{ index: number; fields: Record<string, unknown> }>,
): Promise<BatchProblem[]> {
  const records = items.map((i) => i.record);
  const accepted = new Map(RECORD_TYPES.map((t) => [t, new Set(records.filter((r) => r.type === t).map(recordKey))]));
  const all = [
    ...items.map((i) => ({ index: i.index, record: i.record })),
    ...partial.map((p) => ({ index: p.index, record: p.fields as unknown as GraphRecord })),
  ];
  const dangling = await danglingReferences(
    ctx.gateway,
    all.map((a) => a.record),
    accepted,
    emptyKeySets(),
    ctx.meta,
  );
  return all.flatMap((item, i) =>
    dangling[i]!.map((ref) => ({
      index: item.index,
      field: ref.field,
      reason: `refers to ${ref.to} ${ref.value}, which is neither in the graph nor in this call`,
    })),
  );
}

function batchRejected(problems: BatchProblem[]): AppError {
  const first = problems[0]!;
  const field = `records[${first.index}].${first.field}`;
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''}, in extensions.problems)` : '';
  return new AppError(ErrorCode.BAD_USER_INPUT, `${field}: ${first.reason}${more}; nothing was written`, {
    field,
    problems: problems.slice(0, MAX_PROBLEMS_LISTED),
  });
}
