/**
 * NIBIN lead cycle benchmark: event latency from a lead mutation to 100 live graphql-ws
 * subscribers, and the write throughput of the lead workflow mutations, on the bench graph
 * (scale M unless --scale says otherwise), through the in-process server (HTTP, auth, audit,
 * outbox, poller, graphql-ws).
 *
 * - Latency: 100 subscribers (INVESTIGATOR, each its own subject) watch one series; the bench
 *   alternates confirmLead / reopenLead on a lead of that series and, for each event, notes when
 *   each subscriber received it. Two figures, because the commit instant is not visible from
 *   outside: from the mutation sent (an over-estimate: it includes the mutation's own time) and
 *   from its answer (an under-estimate: the commit happened before the answer). The outbox poller
 *   reads every 150 ms, so half of that is the expected floor.
 * - Throughput: W fresh lead worlds walked through confirm, refer, outcome, close (4 mutations
 *   each, in order per lead), leads in parallel at concurrency C, subscribers still connected.
 *
 * Run by `npm run bench -- --only leads` (bench/run.ts). Env: BENCH_LEAD_EVENTS (default 60),
 * BENCH_LEAD_WORLDS (default 40), BENCH_LEAD_CONCURRENCY (default 8).
 */
import { Role } from '../src/core/role.js';
import { asInput, nibinWorld } from '../test/leads/fixtures.js';
import { Subscriber } from '../test/leads/ws-client.js';
import type { BenchContext, BenchResult } from './bench.types.js';

const SUBSCRIBERS = 100;
const EVENTS = Number(process.env.BENCH_LEAD_EVENTS ?? 60);
const WORLDS = Number(process.env.BENCH_LEAD_WORLDS ?? 40);
const CONCURRENCY = Number(process.env.BENCH_LEAD_CONCURRENCY ?? 8);

// No personal field: one audit record per delivery would otherwise be part of what is measured.
const EVENTS_QUERY = /* GraphQL */ `
  subscription BenchLeadEvents {
    leadEvents {
      id
      kind
      leadId
      status
    }
  }
`;

const quantile = (values: number[], q: number) => {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
};
const round = (n: number) => Math.round(n * 10) / 10;

export default async function leadsBench(ctx: BenchContext): Promise<BenchResult> {
  const run = Date.now().toString(36).toUpperCase();
  const post = async (roles: Role[], query: string, variables: Record<string, unknown>, subject = 'bench-leads') => {
    const res = await fetch(ctx.appUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await ctx.token(roles, { subject })}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
    if (body.errors) throw new Error(`${query.slice(0, 60)}: ${JSON.stringify(body.errors)}`);
    return body.data!;
  };
  const importWorld = (tag: string) => {
    const w = nibinWorld(tag);
    return post([Role.INGEST], 'mutation($r: [ImportRecordInput!]!) { importRecords(records: $r) { accepted } }', { r: asInput(w.records) }).then(() => w);
  };

  // Latency: one world, 100 subscribers watching its series.
  const watched = await importWorld(`BL${run}`);
  const subscribers: Subscriber[] = [];
  const received: Array<Map<string, number>> = [];
  try {
    for (let i = 0; i < SUBSCRIBERS; i++) {
      const subject = `bench-sub-${run}-${i}`;
      await post([Role.INVESTIGATOR], 'mutation($k: NonEmptyString!) { addWatch(kind: SERIES, key: $k) { id } }', { k: watched.id('C1') }, subject);
      const s = new Subscriber(ctx.appUrl, await ctx.token([Role.INVESTIGATOR], { subject }));
      const seen = new Map<string, number>();
      received.push(seen);
      s.subscribe(EVENTS_QUERY);
      // Stamp each event as it arrives (the collector keeps the payloads; the time is ours).
      const push = s.received.push.bind(s.received);
      s.received.push = (...items) => {
        for (const item of items) {
          const e = item.data?.leadEvents;
          if (e) seen.set(e.id, performance.now());
        }
        return push(...items);
      };
      subscribers.push(s);
    }
    await new Promise((r) => setTimeout(r, 3_000)); // every stream has read the outbox head
    ctx.log(`leads: ${SUBSCRIBERS} subscribers connected; ${EVENTS} events...`);

    const fromSent: number[] = [];
    const fromAnswer: number[] = [];
    let missing = 0;
    const leadId = watched.id('LT4');
    for (let i = 0; i < EVENTS; i++) {
      const confirm = i % 2 === 0;
      const before = new Set(received[0]!.keys());
      const sent = performance.now();
      await post(
        [Role.EXAMINER],
        confirm
          ? 'mutation($id: NonEmptyString!) { confirmLead(leadId: $id) { id } }'
          : 'mutation($id: NonEmptyString!) { reopenLead(leadId: $id, reason: "bench: review again") { id } }',
        { id: leadId },
        'bench-examiner',
      );
      const answered = performance.now();
      // Wait (at most 10 s) until every subscriber has the new event.
      const deadline = Date.now() + 10_000;
      let eventId: string | undefined;
      while (Date.now() < deadline) {
        eventId ??= [...received[0]!.keys()].find((k) => !before.has(k));
        if (eventId && received.every((m) => m.has(eventId!))) break;
        await new Promise((r) => setTimeout(r, 5));
      }
      for (const m of received) {
        const at = eventId ? m.get(eventId) : undefined;
        if (at === undefined) missing += 1;
        else {
          fromSent.push(at - sent);
          fromAnswer.push(at - answered);
        }
      }
    }

    // Throughput: fresh worlds through the whole workflow, subscribers still connected.
    ctx.log(`leads: importing ${WORLDS} worlds for the throughput run...`);
    const worlds: Array<ReturnType<typeof nibinWorld>> = [];
    for (let i = 0; i < WORLDS; i++) worlds.push(await importWorld(`BT${run}${i}`));
    const steps = [
      [Role.EXAMINER, 'mutation($id: NonEmptyString!) { confirmLead(leadId: $id) { id } }'],
      [Role.SUPERVISOR, 'mutation($id: NonEmptyString!) { referLead(leadId: $id, assignee: "det-bench") { id } }'],
      [Role.SUPERVISOR, 'mutation($id: NonEmptyString!) { recordLeadOutcome(leadId: $id, outcome: LINKED_TO_OPEN_CASE) { id } }'],
      [Role.SUPERVISOR, 'mutation($id: NonEmptyString!) { closeLead(leadId: $id) { id } }'],
    ] as const;
    const mutationMs: number[] = [];
    let next = 0;
    const t0 = performance.now();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < worlds.length) {
          const w = worlds[next++]!;
          for (const [role, query] of steps) {
            const s = performance.now();
            await post([role], query, { id: w.id('LT4') });
            mutationMs.push(performance.now() - s);
          }
        }
      }),
    );
    const seconds = (performance.now() - t0) / 1000;

    const metrics = {
      subscribers: SUBSCRIBERS,
      events: EVENTS,
      deliveries: fromSent.length,
      missedDeliveries: missing,
      latencyFromSentP50Ms: round(quantile(fromSent, 0.5)),
      latencyFromSentP95Ms: round(quantile(fromSent, 0.95)),
      latencyFromAnswerP50Ms: round(quantile(fromAnswer, 0.5)),
      latencyFromAnswerP95Ms: round(quantile(fromAnswer, 0.95)),
      leadMutations: mutationMs.length,
      leadMutationConcurrency: CONCURRENCY,
      leadMutationsPerSecond: round(mutationMs.length / seconds),
      leadMutationP50Ms: round(quantile(mutationMs, 0.5)),
      leadMutationP95Ms: round(quantile(mutationMs, 0.95)),
    };
    return {
      name: 'leads',
      metrics,
      notes: [
        `Event latency: ${SUBSCRIBERS} graphql-ws subscribers (one connection each, in this process) watching one series; confirmLead/reopenLead alternated ${EVENTS} times, one at a time. "From sent" includes the mutation itself; "from answer" starts after the commit. The outbox poller reads every 150 ms.`,
        'The subscription selects no personal field, so deliveries write no audit record (a selection with names adds one audit write per delivery).',
        `Throughput: ${WORLDS} leads each confirmed, referred, given an outcome and closed (in order per lead), ${CONCURRENCY} leads at a time, each mutation one write transaction with its audit record, history entry and outbox event; the ${SUBSCRIBERS} subscribers stayed connected.`,
        'The machine is shared with other helpers (see load average in "machine"): figures are indicative.',
      ],
    };
  } finally {
    await Promise.all(subscribers.map((s) => s.close().catch(() => {})));
  }
}
