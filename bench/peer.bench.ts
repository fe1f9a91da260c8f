/**
 * The peer comparison: this project against a well-tuned @neo4j/graphql 7 server (bench/peer/)
 * on the same graph, same machine, same inputs, on four investigator questions. For each question:
 * 1. the answers of both servers are checked equal (normalised, bench/peer/peer.normalise.ts) on
 *    every input the timing rotates over;
 * 2. Cypher statements per request, counted on each side;
 * 3. p50 at concurrency 1 and throughput at concurrency 16, the two servers alternating in rounds
 *    within the run (so a change in machine load hits both);
 * 4. each server's GraphQL layer against the raw driver running the same Cypher (the project's
 *    statements in one read transaction; the peer's generated statement as it sent it).
 * Goals: project ÷ peer p50 < 1 and throughput ratio > 1 on every question; project ÷ raw p50 ≤ 1.3.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j, { type Driver } from 'neo4j-driver';
import { Role } from '../src/core/role.js';
import { createDriver } from '../src/db/gateway.js';
import type { BenchContext, BenchResult } from './bench.types.js';
import { closedLoop, percentile, type LoopResult } from './load.js';
import { firstDifference } from './peer/peer.normalise.js';
import { questions, type Question, type Request } from './peer/peer.questions.js';
import { startPeerServer } from './peer/peer.server.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 2);
/** Alternating rounds per target: each gets SECONDS in all, in ROUNDS slices, interleaved with the other. */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 4);
/** Inputs per question: all are checked equal, and every timed loop rotates over exactly these. */
const INPUTS = 16;
const RESULTS = path.join(path.dirname(fileURLToPath(import.meta.url)), 'results');

type Target = 'project' | 'peer' | 'projectRaw' | 'peerRaw';
interface Figures {
  p50: number;
  p95: number;
  rps: number;
  requests: number;
  errors: number;
  firstError?: string;
}

async function post(url: string, req: Request, token?: string): Promise<unknown> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(req),
  });
  const body = (await res.json()) as { data?: unknown; errors?: unknown[] };
  if (res.status !== 200 || body.errors) throw new Error(`HTTP ${res.status}: ${JSON.stringify(body.errors ?? body).slice(0, 300)}`);
  return body.data;
}

async function rawStatement(driver: Driver, database: string, text: string, params: Record<string, unknown>) {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    await session.executeRead((tx) => tx.run(text, params));
  } finally {
    await session.close();
  }
}

/** Alternates the targets round by round at one concurrency; pools each target's latencies. */
async function alternate(concurrency: number, sends: Partial<Record<Target, (i: number) => Promise<void>>>): Promise<Partial<Record<Target, Figures>>> {
  const targets = Object.keys(sends) as Target[];
  for (const t of targets) await closedLoop(concurrency, WARMUP, sends[t]!);
  const pooled: Record<string, LoopResult[]> = {};
  for (let round = 0; round < ROUNDS; round++) {
    for (const t of round % 2 ? [...targets].reverse() : targets) {
      (pooled[t] ??= []).push(await closedLoop(concurrency, SECONDS / ROUNDS, sends[t]!, round * 1000));
    }
  }
  const out: Partial<Record<Target, Figures>> = {};
  for (const t of targets) {
    const runs = pooled[t]!;
    const latencies = runs.flatMap((r) => r.latencies).sort((a, b) => a - b);
    const elapsed = runs.reduce((s, r) => s + r.elapsed, 0);
    out[t] = {
      p50: percentile(latencies, 50),
      p95: percentile(latencies, 95),
      rps: Math.round((latencies.length / elapsed) * 10) / 10,
      requests: latencies.length,
      errors: runs.reduce((s, r) => s + r.errors, 0),
      firstError: runs.find((r) => r.firstError)?.firstError,
    };
  }
  return out;
}

const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;

export default async function peerBench(ctx: BenchContext): Promise<BenchResult> {
  const { uri, user, password, database } = ctx.neo4j;
  const uptimeAtStart = execFileSync('uptime', { encoding: 'utf8' }).trim();
  const raw = createDriver(uri, user, password);
  const peerDriver = createDriver(uri, user, password);
  const peer = await startPeerServer(peerDriver, database);
  const token = await ctx.token([Role.INVESTIGATOR]);
  const rows: string[] = [];
  const metrics: Record<string, number | string> = {};
  const notes: string[] = [];
  try {
    const agencies = (
      await raw.executeQuery(
        'MATCH (a:Agency) CALL (a) { MATCH (a)<-[:INVESTIGATED_BY]-(s:Scene) RETURN count(s) AS n } RETURN a.ori AS ori ORDER BY n DESC LIMIT 20',
        {},
        { database },
      )
    ).records.map((r) => r.get('ori') as string);
    // BENCH_PEER_QUESTIONS=traceChain,agencyPage runs only those (keys of bench/peer/peer.questions.ts).
    const only = process.env.BENCH_PEER_QUESTIONS?.split(',').map((k) => k.trim());
    for (const q of questions(ctx.manifest, agencies).filter((x) => !only || only.includes(x.key))) {
      try {
        ctx.log(`peer · ${q.name}: checking answers on ${INPUTS} inputs...`);
        const { equal, difference, peerStatements } = await checkAnswers(q, ctx.appUrl, peer, token);
        const perRequest = await statementsPerRequest(q, ctx, peer, token);
        const at = (i: number) => i % INPUTS;
        const sendProject = async (i: number) => void (await post(ctx.appUrl, q.project(at(i)), token));
        const sendPeer = async (i: number) => void (await post(peer.url, q.peer(at(i))));
        const c1 = await alternate(1, {
          project: sendProject,
          peer: sendPeer,
          projectRaw: (i) => q.raw(raw, database, at(i)),
          peerRaw: (i) => rawStatement(raw, database, peerStatements[at(i)]!.text, peerStatements[at(i)]!.params),
        });
        const c16 = await alternate(16, { project: sendProject, peer: sendPeer });
        const r = {
          p50: ratio(c1.project!.p50, c1.peer!.p50),
          rps: ratio(c16.project!.rps, c16.peer!.rps),
          projectOverRaw: ratio(c1.project!.p50, c1.projectRaw!.p50),
          peerOverRaw: ratio(c1.peer!.p50, c1.peerRaw!.p50),
        };
        const mark = (ok: boolean) => (ok ? '✔' : '✘');
        rows.push(
          `| ${q.name} | ${equal ? 'yes' : `**NO**: ${difference}`} | ${c1.project!.p50} / ${c1.peer!.p50} | **${r.p50}** ${mark(r.p50 < 1)} | ` +
            `${c16.project!.rps} / ${c16.peer!.rps} | **${r.rps}** ${mark(r.rps > 1)} | ${perRequest.project} / ${perRequest.peer} | ` +
            `${c1.projectRaw!.p50} → **${r.projectOverRaw}** ${mark(r.projectOverRaw <= 1.3)} | ${c1.peerRaw!.p50} → ${r.peerOverRaw} |`,
        );
        Object.assign(metrics, {
          [`${q.key}.answersEqual`]: equal ? 'yes' : 'no',
          [`${q.key}.c1.p50.project`]: c1.project!.p50,
          [`${q.key}.c1.p50.peer`]: c1.peer!.p50,
          [`${q.key}.c1.p50.projectRaw`]: c1.projectRaw!.p50,
          [`${q.key}.c1.p50.peerRaw`]: c1.peerRaw!.p50,
          [`${q.key}.c1.p95.project`]: c1.project!.p95,
          [`${q.key}.c1.p95.peer`]: c1.peer!.p95,
          [`${q.key}.c16.rps.project`]: c16.project!.rps,
          [`${q.key}.c16.rps.peer`]: c16.peer!.rps,
          [`${q.key}.c16.p95.project`]: c16.project!.p95,
          [`${q.key}.c16.p95.peer`]: c16.peer!.p95,
          [`${q.key}.p50Ratio`]: r.p50,
          [`${q.key}.rpsRatio`]: r.rps,
          [`${q.key}.projectOverRaw`]: r.projectOverRaw,
          [`${q.key}.peerOverRaw`]: r.peerOverRaw,
          [`${q.key}.statements`]: `${perRequest.project} / ${perRequest.peer}`,
        });
        for (const [c, figs] of [
          [1, c1],
          [16, c16],
        ] as const) {
          for (const [t, f] of Object.entries(figs)) if (f.errors) notes.push(`${q.name} · ${t} · c${c}: ${f.errors} errors, first: ${f.firstError}`);
        }
        ctx.log(`peer · ${rows.at(-1)}`);
      } catch (error) {
        // One question failing (a timeout under load) still leaves the others' figures.
        rows.push(`| ${q.name} | failed: ${(error as Error).message.slice(0, 200)} | | | | | | | |`);
        notes.push(`${q.name}: failed: ${(error as Error).message}`);
        ctx.log(`peer · ${q.name} failed: ${(error as Error).message}`);
      }
    }
  } finally {
    await peer.close();
    await peerDriver.close();
    await raw.close();
  }
  const uptimeAtEnd = execFileSync('uptime', { encoding: 'utf8' }).trim();
  const markdown = [
    `### This project ÷ @neo4j/graphql 7 (scale ${ctx.manifest.scale}, ${INPUTS} inputs per question, ${SECONDS} s per target in ${ROUNDS} alternating rounds after ${WARMUP} s warm-up)`,
    '',
    `Machine: ${os.cpus().length} CPUs, shared with other work: \`${uptimeAtStart}\` at start, \`${uptimeAtEnd}\` at the end. Figures are indicative.`,
    '',
    '| question | answers equal | p50 c1 ms project / peer | p50 ratio (goal < 1) | req/s c16 project / peer | throughput ratio (goal > 1) | statements per request project / peer | project raw p50 → GraphQL ÷ raw (goal ≤ 1.3) | peer raw p50 → ÷ raw |',
    '|---|---|---|---|---|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
  mkdirSync(RESULTS, { recursive: true });
  const stamp = new Date().toISOString().slice(0, 16).replace(':', '');
  writeFileSync(path.join(RESULTS, `peer-${ctx.manifest.scale}-${stamp}.md`), `${markdown}\n${notes.map((n) => `- ${n}`).join('\n')}\n`);
  console.log(`\n${markdown}`);
  return { name: 'peer', metrics: { ...metrics, uptimeAtStart, uptimeAtEnd }, notes, markdown };
}

async function checkAnswers(q: Question, appUrl: string, peer: Awaited<ReturnType<typeof startPeerServer>>, token: string) {
  const peerStatements: Array<{ text: string; params: Record<string, unknown> }> = [];
  let difference: string | null = null;
  for (let i = 0; i < INPUTS; i++) {
    const mine = q.fromProject(await post(appUrl, q.project(i), token));
    const theirs = q.fromPeer(await post(peer.url, q.peer(i)));
    peerStatements.push(peer.statements.last!);
    const d: string | null = difference ? null : firstDifference(mine, theirs);
    if (d) difference = `input ${i}: ${d}`;
  }
  return { equal: difference === null, difference, peerStatements };
}

async function statementsPerRequest(q: Question, ctx: BenchContext, peer: Awaited<ReturnType<typeof startPeerServer>>, token: string) {
  const before = { project: ctx.gateway.statements, peer: peer.statements.count };
  await post(ctx.appUrl, q.project(0), token);
  const project = ctx.gateway.statements - before.project;
  await post(peer.url, q.peer(0));
  return { project, peer: peer.statements.count - before.peer };
}
