import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** config/lead-triage-weights.json: the weights and levels of the open-lead triage score. */
export const TRIAGE_WEIGHTS_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../config/lead-triage-weights.json');

export const TRIAGE_FACTORS = ['RECENCY', 'VIOLENCE', 'SCENES', 'JURISDICTIONS', 'KNOWN_GUN', 'KNOWN_SUSPECT', 'PROXIMITY'] as const;
export type TriageFactor = (typeof TRIAGE_FACTORS)[number];

const weight = z.number().min(0).max(100);
const level = z.number().min(0).max(1);
const schema = z.object({
  $comment: z.string().optional(),
  // strict: a misspelt factor is an error, not a silently ignored weight.
  weights: z.object(Object.fromEntries(TRIAGE_FACTORS.map((f) => [f, weight])) as Record<TriageFactor, typeof weight>).strict(),
  levels: z
    .object({
      recencyHalfLifeDays: z.number().min(0.1).max(365),
      violence: z.object({ HOMICIDE: level, NON_FATAL_SHOOTING: level, SHOTS_FIRED: level, RECOVERY_ONLY: level }).strict(),
      scenesSaturateAt: z.number().int().min(2).max(100),
      jurisdictionsSaturateAt: z.number().int().min(2).max(50),
      nearKm: z.number().min(0).max(1000),
      farKm: z.number().min(0.1).max(5000),
    })
    .strict(),
});

export type TriageConfig = z.infer<typeof schema>;

export class TriageConfigError extends Error {
  constructor(file: string, problems: string[]) {
    super(`Invalid lead triage configuration in ${file}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'TriageConfigError';
  }
}

export function parseTriageConfig(raw: unknown, file = TRIAGE_WEIGHTS_FILE): TriageConfig {
  const parsed = schema.safeParse(raw);
  if (!parsed.success)
    throw new TriageConfigError(
      file,
      parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`),
    );
  const c = parsed.data;
  const problems: string[] = [];
  if (Object.values(c.weights).reduce((a, b) => a + b, 0) <= 0) problems.push('weights: at least one weight must be above 0');
  if (c.levels.nearKm >= c.levels.farKm) problems.push('levels.nearKm: must be below levels.farKm');
  if (problems.length) throw new TriageConfigError(file, problems);
  return c;
}

let cached: TriageConfig | undefined;

/** Reads config/lead-triage-weights.json (or LEAD_TRIAGE_WEIGHTS_FILE) once; throws on a bad file. */
export function triageConfig(file = process.env.LEAD_TRIAGE_WEIGHTS_FILE || TRIAGE_WEIGHTS_FILE): TriageConfig {
  if (cached) return cached;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new TriageConfigError(file, [`cannot read JSON: ${(error as Error).message}`]);
  }
  return (cached = parseTriageConfig(raw, file));
}
