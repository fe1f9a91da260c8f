import { createHash } from 'node:crypto';
import { generateBackgroundChunk } from './background.js';
import { REFERENCE_DATE } from './dates.js';
import { Factory } from './factory.js';
import { GenerationStats } from './generation-stats.js';
import { IdAllocator } from './ids.js';
import type { Scale, SeedManifest } from './manifest.js';
import { plantRing, plantSeries } from './planted.js';
import { Prng } from './prng.js';
import { RecordSink, tallyRecord, type RecordBatch } from './record-sink.js';
import { SCALES } from './scale.js';
import { backgroundThefts } from './thefts.js';
import { DUPLICATE_PERSON_SHARE, DuplicatePlanter } from './duplicates.js';
import { plantTypologies } from './typologies/library.js';
import { RANGES, type RangeProfile } from './typologies/ranges.js';
import { plantSplitRings } from './typologies/split-ring.js';
import { AgencyTruthTally } from './agency-truth.js';
import { buildWorld, seededFaker, TOP_DEALER_SHARE, type World } from './world.js';
import type { CasingRecord } from '../src/import/record.types.js';

export interface SeedGeneration {
  scale: Scale;
  seed: number;
  /** Record batches in write order (every batch refers only to records yielded before it or in itself). */
  batches(): Generator<RecordBatch>;
  /** The manifest; available once batches() has run to the end. */
  manifest(): SeedManifest;
}

export const DEFAULT_BATCH_SIZE = 5_000;

/**
 * The deterministic generator: (scale, seed) → the same records every time. It works in
 * stages, each with its own PRNG stream and faker seeded from it: reference data (makers,
 * agencies, dealers), the planted truth (rings, series), background chunks of
 * `chunkSize` firearms, then the typology library (seeds/typologies/) drawn from the `ranges`
 * profile (tuning or held-out parameter ranges). Only one stage's records are in memory at a time, so scale L
 * (≈5 million nodes) streams through in bounded memory.
 */
/** What-ifs a bench may ask for; none changes the default generation. */
export interface GenerationOptions {
  /** seeds/recovery-locality.ts: background guns recovered near their dealer, at this scale in km. */
  recoveryLocalityKm?: number;
}

export function createSeedGeneration(
  scale: Scale,
  seed: number,
  batchSize = DEFAULT_BATCH_SIZE,
  ranges: RangeProfile = 'tuning',
  options: GenerationOptions = {},
): SeedGeneration {
  let result: SeedManifest | undefined;
  return {
    scale,
    seed,
    *batches() {
      const params = SCALES[scale];
      const world = buildWorld(seed, params);
      if (options.recoveryLocalityKm) world.recoveryLocalityKm = options.recoveryLocalityKm;
      const ids = new IdAllocator(new Prng(seed, `ids-${scale}`).uint32());
      const stats = new GenerationStats();
      const counts: Record<string, number> = {};
      const sink = new RecordSink();
      // Agency and dealer truth for the metrics (S and M only: it keeps a map entry per record).
      const truth = scale === 'L' ? null : new AgencyTruthTally();
      const emit = function* (): Generator<RecordBatch> {
        for (const batch of sink.drain(batchSize)) {
          for (const r of batch.records) {
            tallyRecord(r, counts);
            truth?.observe(r);
          }
          yield batch;
        }
      };

      for (const m of world.manufacturers) sink.add(m);
      for (const a of world.agencies) sink.add(a.record);
      for (const d of world.dealers) sink.add(d.record);
      yield* emit();

      const plantedRng = new Prng(seed, 'planted');
      const planted = new Factory(plantedRng, seededFaker(plantedRng.uint32()), ids, world, sink, stats);
      const rings = Array.from({ length: params.rings }, (_, i) => plantRing(planted, i));
      const seriesCasings: CasingRecord[] = [];
      const series = Array.from({ length: params.series }, (_, i) => plantSeries(planted, i, seriesCasings));
      yield* emit();

      const duplicates = new DuplicatePlanter(new Prng(seed, 'duplicates'), DUPLICATE_PERSON_SHARE);
      const chunks = Math.ceil(params.firearms / params.chunkSize);
      for (let k = 0; k < chunks; k++) {
        const rng = new Prng(seed, `chunk-${k}`);
        const factory = new Factory(rng, seededFaker(rng.uint32()), ids, world, sink, stats);
        generateBackgroundChunk(factory, Math.min(params.chunkSize, params.firearms - k * params.chunkSize), seriesCasings);
        for (const t of backgroundThefts(new Prng(seed, `thefts-${k}`), world, sink.pending(), () => ids.id('TH'))) sink.add(t);
        for (const r of sink.pending()) duplicates.observe(r);
        yield* emit();
      }
      // The typology library comes last, on its own stream, so the rings, series and background
      // of a seed stay what they were before the library existed.
      const typologyRng = new Prng(seed, `typologies-${ranges}`);
      const typologyFactory = new Factory(typologyRng, seededFaker(typologyRng.uint32()), ids, world, sink, stats);
      const typologies = plantTypologies(typologyFactory, scale, ranges);
      yield* emit();
      // Duplicate people last, on their own streams: only new records, nothing above changes.
      duplicates.plant(seededFaker(new Prng(seed, 'duplicates-plant').uint32()), sink, () => ids.id('P'));
      yield* emit();
      // Rings split by a duplicate record of their broker, last and on their own stream too.
      const splitRng = new Prng(seed, `split-rings-${ranges}`);
      const splitRings = plantSplitRings(new Factory(splitRng, seededFaker(splitRng.uint32()), ids, world, sink, stats), scale, RANGES[ranges]);
      yield* emit();
      result = {
        ...buildManifest(scale, seed, world, stats, counts, rings, series),
        typologies,
        typologyRanges: ranges,
        duplicates: [...duplicates.truth(), ...splitRings.map((s) => s.duplicate)],
        splitRings,
      };
      if (truth) Object.assign(result, { agencyTruth: truth.agencies(world.agencies), dealerTraceTruth: truth.dealers() });
    },
    manifest() {
      if (!result) throw new Error('The manifest is ready only after every batch has been generated.');
      return result;
    },
  };
}

function buildManifest(
  scale: Scale,
  seed: number,
  world: World,
  stats: GenerationStats,
  counts: Record<string, number>,
  rings: SeedManifest['rings'],
  series: SeedManifest['series'],
): Omit<SeedManifest, 'typologies' | 'typologyRanges'> {
  const perDealer = [...stats.tracesByDealer.values()].sort((a, b) => b - a);
  const topCount = Math.ceil(world.dealers.length * TOP_DEALER_SHARE);
  const resolved = perDealer.reduce((a, b) => a + b, 0);
  const top = perDealer.slice(0, topCount).reduce((a, b) => a + b, 0);
  const { ttc } = stats;
  const share = (n: number, d: number) => (d ? Math.round((n / d) * 10_000) / 10_000 : 0);
  return {
    scale,
    seed,
    generatedAt: `${REFERENCE_DATE}T00:00:00.000Z`,
    referenceDate: REFERENCE_DATE,
    counts: Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b))),
    rogueDealers: world.dealers.filter((d) => d.rogue).map((d) => d.record.license),
    rings,
    series,
    traceExamples: stats.examples,
    calibration: {
      dealers: world.dealers.length,
      topDealerCount: topCount,
      topDealerTraceShare: share(top, resolved),
      completedTraces: ttc.completed,
      timeToCrimeUnder1YearShare: share(ttc.underYear, ttc.completed),
      timeToCrime3YearsOrLessShare: share(ttc.upTo3Years, ttc.completed),
      interstateRecoveryShare: share(stats.interstate, ttc.completed),
      multipleSales: stats.multipleSales,
    },
    unansweredTraceCount: stats.unanswered,
  };
}

/** A stable digest of every generated record, in order: equal digests mean identical graphs. */
export function digestBatches(batches: Iterable<RecordBatch>): string {
  const hash = createHash('sha256');
  for (const b of batches) hash.update(JSON.stringify(b));
  return hash.digest('hex');
}
