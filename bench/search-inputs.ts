import { cypher } from '../src/db/cypher.registry.js';
import type { Gateway } from '../src/db/gateway.js';

const samples = cypher('bench/search-samples');

export interface SearchInput {
  /** What the input stands for (partial serial, name, ...): the profile reports per group. */
  group: 'partial-serial' | 'mistyped-serial' | 'unrestored-serial' | 'name' | 'person-address' | 'scene-address';
  text: string;
  kinds?: string[];
}

/**
 * The search benchmark's inputs, from values in the bench graph, as `sets` disjoint sets of 70
 * (no value of one set is in another): partial serials (a middle part), mistyped serials,
 * serials with an unrestored character, person names (every kind), street addresses of people
 * and of scenes. Disjoint sets let a benchmark ask inputs for the first time (an analyst types
 * new things; Lucene caches what it was just asked) and warm up on inputs it does not measure.
 * Shared by the latency bench and its statement profile.
 */
export async function searchInputSets(gateway: Gateway, sets: number): Promise<SearchInput[][]> {
  const [s] = await gateway.read<{ serials: string[]; names: string[]; addresses: string[]; scenes: string[] }>(samples, { sets });
  return Array.from({ length: sets }, (_, i) => {
    const serials = s!.serials.slice(30 * i, 30 * i + 30);
    return [
      ...serials.slice(0, 10).map((x) => ({ group: 'partial-serial' as const, text: x.slice(2, 7), kinds: ['FIREARM'] })),
      ...serials.slice(10, 20).map((x) => ({ group: 'mistyped-serial' as const, text: x.slice(0, -1) + (x.endsWith('7') ? '1' : '7'), kinds: ['FIREARM'] })),
      ...serials.slice(20, 30).map((x) => ({ group: 'unrestored-serial' as const, text: `${x.slice(0, 3)}?${x.slice(4)}`, kinds: ['FIREARM'] })),
      ...s!.names.slice(20 * i, 20 * i + 20).map((text) => ({ group: 'name' as const, text })),
      ...s!.addresses.slice(10 * i, 10 * i + 10).map((text) => ({ group: 'person-address' as const, text, kinds: ['PERSON'] })),
      ...s!.scenes.slice(10 * i, 10 * i + 10).map((text) => ({ group: 'scene-address' as const, text, kinds: ['SCENE'] })),
    ];
  });
}

/** A few inputs of every group, to warm up on (connections, code paths) without asking the measured ones. */
export const warmUpInputs = (set: SearchInput[], n = 10) => set.filter((_, i) => i % Math.ceil(set.length / n) === 0);

export const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : NaN;
export const round = (n: number, d = 1) => Math.round(n * 10 ** d) / 10 ** d;
