import { cypher, type Statement } from '../db/cypher.registry.js';
import type { Gateway, QueryMeta, TransactionReader } from '../db/gateway.js';
import { appendEvents, type LeadEventKind } from '../event/event.data.js';

const reconcile = cypher('lead/reconcile-series-links');
const casingsOfLeads = cypher('lead/casings-of-leads');
const announceImportedStatement = cypher('lead/announce-imported');

/** Casings a series may hold before the walk stops (as Casing.linkedCasings). */
export const MAX_SERIES = 500;

/**
 * The statement that brings the derived gun links (FIRED_FROM {derived: true}) of the series of
 * the given casings up to date: run it in the transaction of any change to leads or to a gun's
 * test-fires, with the casings the change touched (both casings of a changed lead).
 */
export function reconcileStep(evidenceIds: string[], at: string): { statement: Statement; params: Record<string, unknown> } {
  return { statement: reconcile, params: { evidenceIds, at, max: MAX_SERIES } };
}

export async function reconcileSeriesLinks(run: TransactionReader, evidenceIds: string[], at: string): Promise<{ added: number; removed: number }> {
  if (!evidenceIds.length) return { added: 0, removed: 0 };
  const step = reconcileStep(evidenceIds, at);
  const [row] = await run<{ added: number; removed: number }>(step.statement, step.params);
  return row ?? { added: 0, removed: 0 };
}

export async function casingsOf(run: TransactionReader, leadIds: string[]): Promise<string[]> {
  return (await run<{ evidenceIds: string[] }>(casingsOfLeads, { leadIds }))[0]?.evidenceIds ?? [];
}

/**
 * One outbox event per imported lead that is new or changed status, in `run`: the leads are marked
 * announced (`announcedStatus`) in the same transaction, so subscribers hear of each status once.
 */
export async function announceImported(run: TransactionReader, leadIds: string[], at: string): Promise<void> {
  if (!leadIds.length) return;
  const announced = await run<{ leadId: string; kind: string }>(announceImportedStatement, { leadIds });
  await appendEvents(
    run,
    announced.map((a) => ({ kind: a.kind as LeadEventKind, leadId: a.leadId, actor: null, actorAgencyOri: null, assignee: null })),
    at,
  );
}

/** announceImported in a write transaction of its own (a pass after a bulk write). */
export function announceImportedInTransaction(gateway: Gateway, leadIds: string[], at: string, meta: QueryMeta): Promise<void> {
  return gateway.writeInTransaction('lead-events', (run) => announceImported(run, leadIds, at), meta);
}

/** The series of the given casings and of the casings of the given leads, brought up to date in `run`. */
export async function reconcileTouched(run: TransactionReader, leadIds: string[], evidenceIds: string[], at: string): Promise<void> {
  if (!leadIds.length && !evidenceIds.length) return;
  const casings = leadIds.length ? await casingsOf(run, leadIds) : [];
  await reconcileSeriesLinks(run, [...new Set([...casings, ...evidenceIds])], at);
}

/** reconcileTouched in a write transaction of its own (a pass after a bulk write). */
export function reconcileTouchedInTransaction(gateway: Gateway, leadIds: string[], evidenceIds: string[], at: string, meta: QueryMeta): Promise<void> {
  return gateway.writeInTransaction('series-links', (run) => reconcileTouched(run, leadIds, evidenceIds, at), meta);
}
