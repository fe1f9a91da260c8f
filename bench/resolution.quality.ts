/**
 * Person-resolution quality against the planted duplicates of one generated graph, without a
 * database: the generator's records are streamed in memory, the neighbours the resolution run
 * reads from Neo4j (cypher/resolution/neighbours.cypher: guns bought or recovered from, associates,
 * dealers bought from) are rebuilt from the same records, and the job's own scoring
 * (scoreCandidates) runs on them. Pair precision and recall at the review threshold.
 *
 * `npx tsx bench/resolution.quality.ts --scale M --seed 42 [--cap 10]` (`--cap`: blocks of at most that
 * many members, to see what splitting costs where the bench's population does not reach the cap)
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { createSeedGeneration } from '../seeds/generate.js';
import type { Scale } from '../seeds/manifest.js';
import type { Neighbours, PersonRecord } from '../src/resolution/person-match.compute.js';
import { REVIEW_MIN_SCORE, scoreCandidates } from '../src/resolution/resolution.job.js';

export interface ResolutionQuality {
  scale: Scale;
  seed: number;
  people: number;
  planted: number;
  comparedPairs: number;
  candidates: number;
  truePositives: number;
  precision: number;
  recall: number;
  /** Recall per variation (a duplicate with several variations counts under each). */
  recallByVariation: Record<string, string>;
  /** A few wrong pairs and missed duplicates, ids only, for inspection. */
  falsePositives: string[];
  missed: string[];
  ms: number;
}

export async function measureResolutionQuality(scale: Scale, seed: number, minScore = REVIEW_MIN_SCORE, cap?: number): Promise<ResolutionQuality> {
  const t0 = Date.now();
  const gen = createSeedGeneration(scale, seed);
  const people: PersonRecord[] = [];
  const hood = new Map<string, Neighbours>();
  const of = (id: string) => {
    let n = hood.get(id);
    if (!n) hood.set(id, (n = { firearms: [], associates: [], dealers: [] }));
    return n;
  };
  for (const batch of gen.batches()) {
    for (const r of batch.records) {
      if (r.type === 'person')
        people.push({ id: r.id, firstName: r.firstName, lastName: r.lastName, dateOfBirth: r.dateOfBirth, address: r.address, city: r.city, state: r.state });
      else if (r.type === 'sale') {
        of(r.purchaserId).firearms.push(r.firearmId);
        of(r.purchaserId).dealers.push(r.fflLicense);
      } else if (r.type === 'recovery' && r.possessorId) of(r.possessorId).firearms.push(r.firearmId);
      else if (r.type === 'association') {
        of(r.fromPersonId).associates.push(r.toPersonId);
        of(r.toPersonId).associates.push(r.fromPersonId);
      }
    }
  }
  const planted = gen.manifest().duplicates ?? [];
  const key = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
  const truth = new Map(planted.map((d) => [key(d.originalId, d.duplicateId), d]));
  const { compared, candidates } = await scoreCandidates(
    people,
    async (ids) => new Map(ids.map((id) => [id, hood.get(id) ?? { firearms: [], associates: [], dealers: [] }])),
    minScore,
    cap,
  );
  const found = new Set(candidates.map((c) => key(c.a, c.b)));
  const tp = candidates.filter((c) => truth.has(key(c.a, c.b))).length;
  const byVariation = new Map<string, { n: number; hit: number }>();
  for (const [k, d] of truth) {
    for (const v of d.variations) {
      const e = byVariation.get(v) ?? { n: 0, hit: 0 };
      e.n += 1;
      if (found.has(k)) e.hit += 1;
      byVariation.set(v, e);
    }
  }
  const round = (v: number) => Math.round(v * 1000) / 1000;
  return {
    scale,
    seed,
    people: people.length,
    planted: planted.length,
    comparedPairs: compared,
    candidates: candidates.length,
    truePositives: tp,
    precision: round(candidates.length ? tp / candidates.length : 1),
    recall: round(truth.size ? tp / truth.size : 1),
    recallByVariation: Object.fromEntries([...byVariation].sort().map(([v, e]) => [v, `${e.hit}/${e.n}`])),
    falsePositives: candidates
      .filter((c) => !truth.has(key(c.a, c.b)))
      .slice(0, 10)
      .map((c) => `${c.a}|${c.b} ${c.score}`),
    missed: [...truth.entries()]
      .filter(([k]) => !found.has(k))
      .slice(0, 10)
      .map(([, d]) => `${d.originalId}|${d.duplicateId} ${d.variations.join('+')}`),
    ms: Date.now() - t0,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { scale: { type: 'string', default: 'S' }, seed: { type: 'string', default: '7' }, cap: { type: 'string' } } });
  const q = await measureResolutionQuality(values.scale as Scale, Number(values.seed), REVIEW_MIN_SCORE, values.cap ? Number(values.cap) : undefined);
  console.log(JSON.stringify(q, null, 2));
}
