import { createHash } from 'node:crypto';
import { blockPeople, blockPeopleInSteps, type Blocking } from './person-blocking.compute.js';
import { runInSteps, runToEnd, STEP_ENTRIES } from './run-in-steps.js';
import { KEY_SLOTS } from './person-blocking-keys.js';
import { fullName, type PersonRecord } from './person-match.compute.js';

/**
 * Incremental person resolution. A blocked pair's attribute score (the first pass, the costly
 * part: over a million pairs at scale M) depends only on the two records, how many records share
 * the first one's full name, and the final blocks the two records were put in: a block over
 * MAX_BLOCK is split by finer keys of the records' own attributes, so a record's final blocks
 * follow from its attributes and how many times each of its blocks was split (its blocking
 * levels). A person's FINGERPRINT covers exactly these; so a pair of two people whose
 * fingerprints did not change since the last run is blocked and first-pass scored exactly as
 * before, and its outcome (promising or not) can be reused. Only the pairs of DIRTY people (new,
 * changed, or whose name count or blocking levels changed) are blocked and scored again. Neighbours
 * (guns, associates, dealers) are not fingerprinted: every promising pair is re-scored with
 * freshly read neighbours on every run, incremental or not, so a new sale or association counts.
 * Standard incremental record linkage (Christen, "Data Matching", 2012, ch. 10: re-block only
 * the records that changed). Result: the same candidates as a full run, by construction; a test
 * against the real database checks it after a change.
 */
export interface ResolutionState {
  /** The scoring model the state was computed with; another model means a full run. */
  model: string;
  /** Person id → fingerprint at the last run. */
  fingerprints: Map<string, string>;
  /** Pairs whose first-pass score reached the neighbour threshold at the last run (smaller id first). */
  promising: Array<[string, string]>;
}

type Pair = [PersonRecord, PersonRecord];

/** How many records share each full name, in steps of STEP_ENTRIES records (runToEnd / runInSteps). */
export function* nameCountSteps(records: PersonRecord[]): Generator<void, Map<string, number>> {
  const names = new Map<string, number>();
  for (const [i, r] of records.entries()) {
    const name = fullName(r);
    names.set(name, (names.get(name) ?? 0) + 1);
    if (i % STEP_ENTRIES === STEP_ENTRIES - 1) yield;
  }
  return names;
}

/** Fingerprint of every record: its compared attributes, its full name's count, and its blocking levels. */
export function fingerprints(records: PersonRecord[], blocking: Blocking = blockPeople(records)): Map<string, string> {
  return runToEnd(fingerprintSteps(records, blocking));
}

function* fingerprintSteps(records: PersonRecord[], blocking: Blocking): Generator<void, Map<string, string>> {
  const names = yield* nameCountSteps(records);
  const out = new Map<string, string>();
  for (const [i, r] of records.entries()) {
    const levels = blocking.levels.subarray(i * KEY_SLOTS, (i + 1) * KEY_SLOTS).join('.');
    const text = JSON.stringify([r.firstName, r.lastName, r.dateOfBirth, r.address, r.city, r.state, names.get(fullName(r)), levels]);
    out.set(r.id, createHash('sha1').update(text).digest('base64').slice(0, 16));
    if (i % STEP_ENTRIES === STEP_ENTRIES - 1) yield;
  }
  return out;
}

/** People to block and score again: no stored state (or another model) → null, meaning everyone (a full run). */
export function dirtyPeople(current: Map<string, string>, state: ResolutionState | null, model: string): Set<string> | null {
  if (!state || state.model !== model) return null;
  const dirty = new Set<string>();
  for (const [id, fp] of current) if (state.fingerprints.get(id) !== fp) dirty.add(id);
  return dirty;
}

/** Last run's promising pairs that this run may reuse: both people still there and neither dirty. */
export function reusablePairs(state: ResolutionState, byId: Map<string, PersonRecord>, dirty: Set<string>): Pair[] {
  const out: Pair[] = [];
  for (const [a, b] of state.promising) {
    const x = byId.get(a);
    const y = byId.get(b);
    if (x && y && !dirty.has(a) && !dirty.has(b)) out.push([x, y]);
  }
  return out;
}

/** Blocks and fingerprints in one pass over the records (both need the same blocks). */
export function blockIndex(records: PersonRecord[], cap?: number) {
  const blocks = blockPeople(records, cap);
  return { blocks, fingerprints: fingerprints(records, blocks) };
}

/**
 * blockIndex in steps, awaiting `pause()` between them: the analysis job runs in the service's
 * process, and blocking and hashing a million people in one go would hold every request for seconds.
 */
export async function blockIndexInSteps(records: PersonRecord[], pause: () => Promise<void>, cap?: number) {
  const blocks = await blockPeopleInSteps(records, pause, cap);
  return { blocks, fingerprints: await runInSteps(fingerprintSteps(records, blocks), pause) };
}
