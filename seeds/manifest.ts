import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { RangeProfile } from './typologies/ranges.js';
import type { PlantedCase } from './typologies/typology.types.js';
import type { AgencyTruth, DealerTraceTruth } from './agency-truth.js';
import type { PlantedDuplicate } from './duplicates.js';
import type { PlantedSplitRing } from './typologies/split-ring.js';

export type Scale = 'S' | 'M' | 'L';

/**
 * The planted ground truth written beside every seeded graph. Analytics (dealer risk,
 * rings, NIBIN series) are scored against it, so it is derived from the generated records
 * themselves, never estimated. Shape fixed in the helper brief; fields may be added.
 */
export interface SeedManifest {
  scale: Scale;
  seed: number;
  /** Fixed per seed: the generator's reference date, never the wall clock. */
  generatedAt: string;
  /** Nodes per label and relationships per type, exactly as written. */
  counts: Record<string, number>;
  /** Ffl.license of planted rogue dealers. */
  rogueDealers: string[];
  rings: Array<{
    id: string;
    brokerId: string;
    strawPurchaserIds: string[];
    possessorIds: string[];
    dealerLicenses: string[];
    firearmIds: string[];
    sourceState: string;
    destinationState: string;
  }>;
  series: Array<{
    id: string;
    /** null while the gun has not been recovered. */
    firearmId: string | null;
    casingIds: string[];
    /** Time order. */
    sceneIds: string[];
    agencyOris: string[];
    testFireEvidenceId: string | null;
  }>;
  traceExamples: Array<{
    firearmId: string;
    dealerLicense: string;
    purchaserId: string;
    soldOn: string;
    recoveredOn: string;
    timeToCrimeDays: number;
    recoveredState: string;
    purchaserState: string;
  }>;
  /** Added: the reference date every generated date is relative to (YYYY-MM-DD). */
  referenceDate: string;
  /** Added: the top 1.2% of dealers by resolved crime-gun traces (highest first) and their share. */
  calibration: {
    dealers: number;
    topDealerCount: number;
    topDealerTraceShare: number;
    completedTraces: number;
    timeToCrimeUnder1YearShare: number;
    timeToCrime3YearsOrLessShare: number;
    interstateRecoveryShare: number;
    multipleSales: number;
  };
  /** Added: traces whose dealer was asked and had not answered 24 hours later (as of the reference date). */
  unansweredTraceCount: number;
  /** Added: the typology library's planted cases (trafficking schemes and lawful look-alikes). */
  typologies: PlantedCase[];
  /** Added: which parameter ranges the typologies were drawn from (tuning or held-out). */
  typologyRanges: RangeProfile;
  /** Duplicate people: a second record of a background person with realistic variations (seeds/duplicates.ts). */
  duplicates?: PlantedDuplicate[];
  /**
   * Straw rings whose broker was entered as two person records, each tied to its own crew
   * (seeds/typologies/split-ring.ts): one network only once the two records are resolved.
   * Not in `typologies`, so the typology figures measured before them stay comparable.
   */
  splitRings?: PlantedSplitRing[];
  /**
   * Added: each agency's planted NIBIN-entry and tracing behaviour and exactly what it produced
   * (seeds/agency-behaviour.ts, seeds/agency-truth.ts). Scales S and M only.
   */
  agencyTruth?: AgencyTruth[];
  /** Added: each dealer's recovered crime guns, traced or not (unobservable in practice), and its resolved traces. Scales S and M only. */
  dealerTraceTruth?: DealerTraceTruth[];
}

export function defaultManifestPath(scale: Scale, seed: number, dir = '.data'): string {
  return path.join(dir, `manifest-${scale}-${seed}.json`);
}

export function writeManifest(file: string, manifest: SeedManifest): void {
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
}

export function readManifest(file: string): SeedManifest {
  return JSON.parse(readFileSync(file, 'utf8')) as SeedManifest;
}
