import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { RISK_INDICATOR_KEYS, type RiskIndicatorKey } from './risk-indicator.catalog.js';

/** config/risk-weights.json: weights per indicator and the thresholds the rules use. */
export const RISK_WEIGHTS_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../config/risk-weights.json');

const weight = z.number().min(0).max(100);
const weightsShape = Object.fromEntries(RISK_INDICATOR_KEYS.map((k) => [k, weight])) as Record<RiskIndicatorKey, typeof weight>;

const schema = z.object({
  $comment: z.string().optional(),
  // strict: a misspelt indicator is an error, not a silently ignored weight.
  weights: z.object(weightsShape).strict(),
  thresholds: z
    .object({
      shortTimeToCrimeDays: z.number().int().min(1).max(36500),
      veryShortTimeToCrimeDays: z.number().int().min(1).max(36500),
      demandLetter2Traces: z.number().int().min(1),
      demandLetter2TracesBefore2018: z.number().int().min(1),
      demandLetter2ChangeYear: z.number().int().min(1968).max(2100),
      traceAnswerHours: z.number().min(1).max(24 * 365),
      minTracesForShares: z.number().int().min(1),
    })
    .strict(),
  peers: z.object({ minPeers: z.number().int().min(1) }).strict(),
  networks: z
    .object({
      /** People a network needs to be reported. */
      minMembers: z.number().int().min(2),
      /** People who bought a gun that went to someone else: one alone is a straw purchaser (see their indicators), not a network. */
      minStrawPurchasers: z.number().int().min(1),
      /** Straw purchasers a group with no broker needs: a few buyers chained by chance acquaintances are a coincidence, not a crew. */
      minStrawPurchasersWithoutBroker: z.number().int().min(1),
      /** Guns that went from a purchaser to someone else within the short time-to-crime window. */
      minTraffickedGuns: z.number().int().min(1),
      /** Components with more people than this are split into Louvain communities. */
      maxCrewSize: z.number().int().min(3),
      /** Associations to straw purchasers or possessors that make someone who neither bought nor held a gun a broker. */
      brokerMinLinks: z.number().int().min(1),
      /** Straw purchasers who each diverted several guns that a group needs to be reported on repeat buying alone. */
      minRepeatStrawPurchasers: z.number().int().min(1),
      /** Guns a straw purchaser must have diverted to count as a repeat straw purchaser. */
      repeatStrawMinGuns: z.number().int().min(2),
      /** Share of the straw purchasers' diverted guns recovered outside the state of sale that makes a group with one repeat straw purchaser an interstate network. */
      interstateMinShare: z.number().min(0).max(1),
    })
    .strict(),
});

export type RiskConfig = z.infer<typeof schema>;

export class RiskConfigError extends Error {
  constructor(file: string, problems: string[]) {
    super(`Invalid risk configuration in ${file}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'RiskConfigError';
  }
}

/** Parses and validates a risk configuration; throws RiskConfigError naming each problem. */
export function parseRiskConfig(raw: unknown, file = RISK_WEIGHTS_FILE): RiskConfig {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new RiskConfigError(file, parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`));
  const c = parsed.data;
  const problems: string[] = [];
  if (Object.values(c.weights).reduce((a, b) => a + b, 0) <= 0) problems.push('weights: at least one weight must be above 0');
  if (c.thresholds.veryShortTimeToCrimeDays > c.thresholds.shortTimeToCrimeDays) {
    problems.push('thresholds.veryShortTimeToCrimeDays: must not exceed shortTimeToCrimeDays');
  }
  if (problems.length) throw new RiskConfigError(file, problems);
  return c;
}

/** Reads config/risk-weights.json (or RISK_WEIGHTS_FILE from the environment). */
export function loadRiskConfig(file = process.env.RISK_WEIGHTS_FILE || RISK_WEIGHTS_FILE): RiskConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new RiskConfigError(file, [`cannot read JSON: ${(error as Error).message}`]);
  }
  return parseRiskConfig(raw, file);
}
