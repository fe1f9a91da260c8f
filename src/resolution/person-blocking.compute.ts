import type { PersonRecord } from './person-match.compute.js';
import { BLOCKING_PASSES, KEY_SLOTS, keyParts, type KeyParts } from './person-blocking-keys.js';
import { runInSteps, runToEnd, STEP_ENTRIES } from './run-in-steps.js';

/**
 * Most members a block may have before it is split by a finer key. It bounds the work per record
 * rather than per block²: a record meets at most MAX_BLOCK - 1 others under each of its
 * KEY_SLOTS keys, however large the file grows. A fixed cap with blocks dropped above it lost
 * recall silently as the population grew (a surname and birth year shared by hundreds at a
 * million people); splitting keeps those records compared, with the people most like them.
 */
export const MAX_BLOCK = 50;

/** What the adaptive blocking produced, in flat typed arrays (a million people make millions of block memberships). */
export interface Blocking {
  /** Comparable blocks (2..cap members): block b's record indexes are members[start[b] .. start[b+1]). */
  start: Int32Array;
  members: Int32Array;
  /** Record r's comparable blocks, ascending: recBlocks[recStart[r] .. recStart[r+1]). */
  recStart: Int32Array;
  recBlocks: Int32Array;
  /**
   * Per record and key slot: 0 no key, 1 + the number of finer keys its block was split by, or
   * SKIPPED. Part of the incremental fingerprint: it and the record decide its final blocks.
   */
  levels: Uint8Array;
  /** Blocks still over the cap after every finer key (identical name and date of birth): not compared, counted. */
  skipped: { blocks: number; members: number };
}

export const SKIPPED = 255;

/**
 * Adaptive multi-pass blocking (Christen, "Data Matching", 2012, ch. 4; Papadakis et al.,
 * "Blocking and Filtering Techniques for Entity Resolution", ACM Computing Surveys 2020): each
 * pass files records under its key; a block over `cap` members is split by the pass's next finer
 * key (recursively), so a common key never costs block² comparisons and is never dropped. Only a
 * block still over the cap after the last, exact key (hundreds of records with one name and date
 * of birth: placeholder data) is skipped, and counted in `skipped`.
 */
export function blockPeople(records: PersonRecord[], cap = MAX_BLOCK): Blocking {
  return runToEnd(blockingSteps(records, cap));
}

/**
 * blockPeople for the service's own process: the same blocks, built in steps of about
 * STEP_ENTRIES keys with `pause()` awaited between them, so requests the service is answering
 * meanwhile are not held up for the seconds blocking a million people takes on one thread.
 */
export async function blockPeopleInSteps(records: PersonRecord[], pause: () => Promise<void>, cap = MAX_BLOCK): Promise<Blocking> {
  return runInSteps(blockingSteps(records, cap), pause);
}

function* blockingSteps(records: PersonRecord[], cap: number): Generator<void, Blocking> {
  const n = records.length;
  const parts: KeyParts[] = new Array(n);
  for (let r = 0; r < n; r++) {
    parts[r] = keyParts(records[r]!);
    if (r % STEP_ENTRIES === STEP_ENTRIES - 1) yield;
  }
  const levels = new Uint8Array(n * KEY_SLOTS);
  const blocks: number[][] = [];
  const skipped = { blocks: 0, members: 0 };
  let work = 0;
  // Entries are record * KEY_SLOTS + slot: the slot says which of the record's keys put it there.
  function* place(entries: number[], depth: number, refine: ReadonlyArray<(p: KeyParts) => string>): Generator<void> {
    work += entries.length;
    if (work >= STEP_ENTRIES) {
      work = 0;
      yield;
    }
    if (entries.length <= cap) {
      for (const e of entries) levels[e] = depth + 1;
      if (entries.length >= 2) blocks.push(entries.map((e) => Math.floor(e / KEY_SLOTS)));
      return;
    }
    if (depth === refine.length) {
      for (const e of entries) levels[e] = SKIPPED;
      skipped.blocks += 1;
      skipped.members += entries.length;
      return;
    }
    const finer = new Map<string, number[]>();
    for (let k = 0; k < entries.length; k++) {
      push(finer, refine[depth]!(parts[Math.floor(entries[k]! / KEY_SLOTS)]!), entries[k]!);
      if (k % STEP_ENTRIES === STEP_ENTRIES - 1) yield;
    }
    for (const list of finer.values()) yield* place(list, depth + 1, refine);
  }
  // One pass at a time: only that pass's keys are held in memory.
  for (const pass of BLOCKING_PASSES) {
    const base = new Map<string, number[]>();
    for (let r = 0; r < n; r++) {
      pass.keys(parts[r]!).forEach((k, i) => {
        if (k !== null) push(base, k, r * KEY_SLOTS + pass.firstSlot + i);
      });
      if (r % STEP_ENTRIES === STEP_ENTRIES - 1) yield;
    }
    for (const entries of base.values()) yield* place(entries, 0, pass.refine);
  }
  return { ...(yield* compact(blocks, n)), levels, skipped };
}

function push(map: Map<string, number[]>, key: string, value: number) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Blocks and each record's blocks as offset arrays (CSR), in steps of STEP_ENTRIES blocks. */
function* compact(blocks: number[][], n: number): Generator<void, Pick<Blocking, 'start' | 'members' | 'recStart' | 'recBlocks'>> {
  const start = new Int32Array(blocks.length + 1);
  const recStart = new Int32Array(n + 1);
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    start[i + 1] = start[i]! + b.length;
    for (const r of b) recStart[r + 1]! += 1;
    if (i % STEP_ENTRIES === STEP_ENTRIES - 1) yield;
  }
  for (let r = 0; r < n; r++) recStart[r + 1]! += recStart[r]!;
  const members = new Int32Array(start[blocks.length]!);
  const recBlocks = new Int32Array(recStart[n]!);
  const fill = recStart.slice(0, n);
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    members.set(b, start[i]!);
    for (const r of b) recBlocks[fill[r]!++] = i;
    if (i % STEP_ENTRIES === STEP_ENTRIES - 1) yield;
  }
  return { start, members, recStart, recBlocks };
}

/** The first comparable block records i and j share (-1 when none): a pair is produced only there. */
export function firstSharedBlock(blocking: Blocking, i: number, j: number): number {
  const { recStart, recBlocks } = blocking;
  let p = recStart[i]!;
  let q = recStart[j]!;
  const pEnd = recStart[i + 1]!;
  const qEnd = recStart[j + 1]!;
  while (p < pEnd && q < qEnd) {
    const x = recBlocks[p]!;
    const y = recBlocks[q]!;
    if (x === y) return x;
    if (x < y) p += 1;
    else q += 1;
  }
  return -1;
}

/**
 * Calls `visit(i, j)` (record indexes, i before j in the block) for each distinct pair of records
 * sharing a comparable block, once (in the first block they share: nothing is remembered, so the
 * tens of millions of pairs of a large file are never held); with `only` (a flag per record),
 * just the pairs with at least one flagged record. Blocks `from`..`to` (exclusive), so a caller
 * can work in slices.
 */
export function visitPairs(blocking: Blocking, only: Uint8Array | null, visit: (i: number, j: number) => void, from = 0, to = blocking.start.length - 1): void {
  const { start, members } = blocking;
  for (let b = from; b < to; b++) {
    const lo = start[b]!;
    const hi = start[b + 1]!;
    if (only) {
      let any = false;
      for (let k = lo; k < hi && !any; k++) any = only[members[k]!] === 1;
      if (!any) continue;
    }
    for (let x = lo; x < hi; x++) {
      const i = members[x]!;
      for (let y = x + 1; y < hi; y++) {
        const j = members[y]!;
        if (only && only[i] !== 1 && only[j] !== 1) continue;
        if (firstSharedBlock(blocking, i, j) === b) visit(i, j);
      }
    }
  }
}

/** A flag per record index for the records whose id is in `ids`. */
export function flagsOf(records: PersonRecord[], ids: ReadonlySet<string> | null): Uint8Array | null {
  if (!ids) return null;
  const flags = new Uint8Array(records.length);
  records.forEach((r, i) => {
    if (ids.has(r.id)) flags[i] = 1;
  });
  return flags;
}

/**
 * Distinct unordered pairs (smaller id first) of records sharing a comparable block; with `only`,
 * just the pairs with at least one record in it (incremental resolution re-blocks changed people only).
 */
export function* eachCandidatePair(
  records: PersonRecord[],
  only: ReadonlySet<string> | null = null,
  blocking = blockPeople(records),
): Generator<[PersonRecord, PersonRecord]> {
  const flags = flagsOf(records, only);
  for (let b = 0; b < blocking.start.length - 1; b++) {
    const pairs: Array<[PersonRecord, PersonRecord]> = [];
    visitPairs(
      blocking,
      flags,
      (i, j) => {
        const [x, y] = [records[i]!, records[j]!];
        pairs.push(x.id < y.id ? [x, y] : [y, x]);
      },
      b,
      b + 1,
    );
    yield* pairs;
  }
}

/** All of eachCandidatePair as an array (for small sets and tests). */
export function candidatePairs(
  records: PersonRecord[],
  only: ReadonlySet<string> | null = null,
  blocking = blockPeople(records),
): Array<[PersonRecord, PersonRecord]> {
  return [...eachCandidatePair(records, only, blocking)];
}
