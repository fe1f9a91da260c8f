/**
 * Person resolution's blocking and first pass at growing numbers of people, without Neo4j: the
 * job's own code (blockIndexInSteps, firstPass, finalScores) over generated person records
 * (bench/resolution-people.ts), with the old fixed-cap blocking's pair count beside it.
 *
 * It also measures the longest the event loop is held (perf_hooks' event-loop delay, max): the
 * analysis job runs in the service's process, so a step that never yields holds every request.
 * `eventLoopMaxStallBlockOnceMs` is blocking and fingerprinting in one go (blockIndex, as the job
 * did before), the others the job's steps as the job runs them (blockIndexInSteps, firstPass, finalScores).
 *
 * `npx tsx bench/resolution-scale.ts --people 106000,1060000 --seed 42 [--cap 50]`
 * Writes bench/results/resolution-scale.json and prints a markdown table.
 */
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { BLOCKING_PASSES, keyParts } from '../src/resolution/person-blocking-keys.js';
import { firstSharedBlock, MAX_BLOCK } from '../src/resolution/person-blocking.compute.js';
import type { PersonRecord } from '../src/resolution/person-match.compute.js';
import { blockIndex, blockIndexInSteps } from '../src/resolution/resolution-incremental.js';
import { finalScores, firstPass, nameCounterInSteps, REVIEW_MIN_SCORE } from '../src/resolution/resolution.job.js';
import { generatedPeople } from './resolution-people.js';

/** The blocking before it adapted: all pairs of every block of 2..300 members, blocks over 300 dropped (pairs counted per block). */
function fixedCapPairs(people: PersonRecord[], cap = 300) {
  let pairs = 0;
  let dropped = 0;
  for (const pass of BLOCKING_PASSES) {
    const sizes = new Map<string, number>();
    for (const p of people) for (const k of pass.keys(keyParts(p))) if (k !== null) sizes.set(k, (sizes.get(k) ?? 0) + 1);
    for (const s of sizes.values()) {
      if (s > cap) dropped += s;
      else pairs += (s * (s - 1)) / 2;
    }
  }
  return { pairs, dropped };
}

const mb = (bytes: number) => Math.round(bytes / 1e6);
const sec = (ms: number) => Math.round(ms / 100) / 10;

async function measure(count: number, seed: number, cap: number) {
  const t = Date.now();
  const { people, planted } = generatedPeople(count, seed);
  const generateMs = Date.now() - t;
  const old = fixedCapPairs(people);
  global.gc?.();
  // Wall time and the longest the event loop was held while `work` ran. The monitor samples on a timer and
  // measures each sample from the previous one, so it gets a first sample before the work and one more turn
  // of the loop after it (a stretch that never yields shows then).
  const tick = () => new Promise((resolve) => setTimeout(resolve, 25));
  const timed = async <T>(work: () => Promise<T> | T): Promise<{ value: T; ms: number; stallMs: number }> => {
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    await tick();
    const t0 = Date.now();
    const value = await work();
    const ms = Date.now() - t0;
    await tick();
    delay.disable();
    return { value, ms, stallMs: Math.round(delay.max / 1e6) };
  };
  const once = await timed(() => blockIndex(people, cap));
  const pause = () => new Promise<void>((resolve) => setImmediate(resolve));
  const block = await timed(() => blockIndexInSteps(people, pause, cap));
  const blocking = block.value.blocks;
  const blockMs = block.ms;
  const heapAfterBlock = process.memoryUsage().heapUsed;
  const first = await timed(() => firstPass(people, blocking, null));
  const { promising, compared } = first.value;
  const firstPassMs = first.ms;
  const none = { firearms: [], associates: [], dealers: [] };
  // As the job: the name counts in steps, then the scores (nameCounter in one go would be the stall it used to be).
  const score = await timed(async () =>
    finalScores(promising, async (ids) => new Map(ids.map((id) => [id, none])), await nameCounterInSteps(people), REVIEW_MIN_SCORE),
  );
  const candidates = score.value;
  const scoreMs = score.ms;
  // Blocking recall: planted duplicates that share a comparable block (they are compared at all).
  const index = new Map(people.map((p, i) => [p.id, i]));
  const key = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
  const truth = new Set(planted.map((d) => key(d.originalId, d.duplicateId)));
  const blocked = planted.filter((d) => firstSharedBlock(blocking, index.get(d.originalId)!, index.get(d.duplicateId)!) >= 0).length;
  const found = candidates.filter((c) => truth.has(key(c.a, c.b))).length;
  const round3 = (v: number) => Math.round(v * 1000) / 1000;
  return {
    people: people.length,
    planted: planted.length,
    cap,
    generateMs,
    blockMs,
    firstPassMs,
    scoreMs,
    blockOnceMs: once.ms,
    eventLoopMaxStallBlockOnceMs: once.stallMs,
    eventLoopMaxStallBlockMs: block.stallMs,
    eventLoopMaxStallFirstPassMs: first.stallMs,
    eventLoopMaxStallScoreMs: score.stallMs,
    comparedPairs: compared,
    pairsPerPerson: Math.round((compared / people.length) * 10) / 10,
    fixedCap300Pairs: old.pairs,
    fixedCap300DroppedMemberships: old.dropped,
    blocks: blocking.start.length - 1,
    skipped: blocking.skipped,
    promising: promising.length,
    candidates: candidates.length,
    blockingRecall: round3(blocked / planted.length),
    recallWithoutNeighbours: round3(found / truth.size),
    precisionWithoutNeighbours: round3(candidates.length ? found / candidates.length : 1),
    heapAfterBlockMb: mb(heapAfterBlock),
    maxRssMb: Math.round(process.resourceUsage().maxRSS / 1000),
  };
}

const { values } = parseArgs({
  options: { people: { type: 'string', default: '106000,1060000' }, seed: { type: 'string', default: '42' }, cap: { type: 'string' } },
});
const load = os.loadavg().map((v) => Math.round(v * 100) / 100);
const rows = [];
for (const n of values.people!.split(',').map(Number)) {
  const row = await measure(n, Number(values.seed), values.cap ? Number(values.cap) : MAX_BLOCK);
  console.log(JSON.stringify(row));
  rows.push(row);
}
const at = new Date().toISOString();
writeFileSync(
  new URL(`./results/resolution-scale-${values.seed}.json`, import.meta.url),
  JSON.stringify({ at, seed: Number(values.seed), loadAverage: load, rows }, null, 2),
);
console.log(
  [
    `Load average at start ${load.join(' / ')}; seed ${values.seed}; ${at}`,
    '| people | pairs compared | pairs per person | old fixed-cap pairs (dropped memberships) | block s | first pass s | score s | promising | blocking recall | max RSS MB | event loop held (ms): blocking in one go / in steps, first pass, score |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.people} | ${r.comparedPairs} | ${r.pairsPerPerson} | ${r.fixedCap300Pairs} (${r.fixedCap300DroppedMemberships}) | ${sec(r.blockMs)} | ${sec(r.firstPassMs)} | ${sec(r.scoreMs)} | ${r.promising} | ${r.blockingRecall} | ${r.maxRssMb} | ${r.eventLoopMaxStallBlockOnceMs} / ${r.eventLoopMaxStallBlockMs}, ${r.eventLoopMaxStallFirstPassMs}, ${r.eventLoopMaxStallScoreMs} |`,
    ),
  ].join('\n'),
);
