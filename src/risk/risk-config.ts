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
      traceAnswerHours: z
        .number()
        .min(1)
        .max(24 * 365),
      minTracesForShares: z.number().int().min(1),
      /** Different days of a dealer's own theft/loss reports from which they no longer account for its traced guns; 0: never. */
      repeatedLossIncidents: z.number().int().min(0).default(0),
      /** Different buyers whose guns come back to one dealer before REPEAT_PURCHASER_* count them: one buyer is that buyer's pattern. */
      minRepeatPurchasers: z.number().int().min(1).default(1),
    })
    .strict(),
  peers: z.object({ minPeers: z.number().int().min(1) }).strict(),
  networks: z
    .object({
      /** Days between purchases that start a new purchase event (five business days, the multiple-sale window of 27 CFR 478.126a). */
      purchaseEventGapDays: z.number().int().min(1).max(365),
      /** Straw-evidence guns (recovered from someone else within the short time-to-crime window) that flag one purchaser on their own. */
      prolificMinGuns: z.number().int().min(2),
      /** Separate purchase events those guns must come from: repeat buying, not one multiple sale. */
      prolificMinPurchaseEvents: z.number().int().min(1),
      /** Crime guns recovered in the state of sale within the short window with no possessor recorded count toward the two above (never alone). */
      prolificCountsUnplacedGuns: z.boolean().default(false),
      /** Guns of ONE purchase event, each recovered within 1 year from a different person outside the buyer's household, that flag the buyer; 0: off. */
      singleEventMinGuns: z.number().int().min(0).default(0),
      singleEventSameHolderMinGuns: z.number().int().min(0).default(0),
      /** Different purchasers whose guns seized at one place on one day count as straw evidence and tie them; 0: off. */
      seizureMinPurchasers: z.number().int().min(0).default(0),
      /** Suspect purchasers a person must be tied to (by association, or by holding their guns) to be a hub: broker, recruiter or receiver. */
      hubMinPurchasers: z.number().int().min(2),
      /** Separate purchase events of straw-evidence guns a group joined through hubs needs, together, to be reported (a multiple sale is one event). */
      minNetworkPurchaseEvents: z.number().int().min(2),
      /** Window (days) those purchase events must fall in together: a scheme's purchases cluster in time. */
      schemeWindowDays: z.number().int().min(1).max(3650),
      /** Of those, guns recovered within the very short (1-year) window: the strong time-to-crime indicator. */
      minVeryShortGuns: z.number().int().min(0),
      /** The same for a group tied by a record (broker, receiver, association, recruiter campaign); unset: `minVeryShortGuns`. */
      recordedTieMinVeryShortGuns: z.number().int().min(0).optional(),
      /**
       * Buyers a broker or recruiter on record ties together, who all bought at one store, are judged
       * as one purchaser is: `prolificMinPurchaseEvents` purchase events suffice when every gun was
       * recovered within 1 year (ATF's strong time-to-crime indicator; recruiters send their buyers
       * to the same few stores, ATF, Following the Gun, 2000).
       */
      brokerOneStoreStrongIndicator: z.boolean().default(false),
      /**
       * Buyers tied to a broker who is on record as an associate of more gun buyers inside one scheme
       * window than a hub needs suspects (a recruiter's record, src/network/recruiter-records.ts) need
       * `prolificMinPurchaseEvents` purchase events together, as one purchaser does.
       */
      recruiterRecords: z.boolean().default(false),
      /** Groups with more purchasers than this are not reported as one crew (chance chains of acquaintances). */
      maxCrewSize: z.number().int().min(3),
      /** Purchase events a group needs when one receiver holds guns bought by two or more of its purchasers (the convergence is itself evidence). */
      receiverMinPurchaseEvents: z.number().int().min(2),
      /** Distinct purchasers a dealer cluster needs (src/network/dealer-clusters.ts). */
      clusterMinPurchasers: z.number().int().min(2),
      /** Error rate of the dealer-cluster scan: windows corrected by Bonferroni, dealers per `clusterErrorRate`. */
      clusterAlpha: z.number().gt(0).max(0.5),
      /** FDR: Benjamini–Hochberg over the dealers tested (expected share of chance clusters ≤ alpha); FWER: Bonferroni. */
      clusterErrorRate: z.enum(['FDR', 'FWER']).default('FWER'),
      /** A significant burst of one-time buyers at one store that holds a recruiter's recorded buyers joins the one-time-buyer crews in it (dealer-clusters.ts recruiterBurst). */
      recruiterBurstJoinsCrews: z.boolean().default(false),
      /** A reported recruiter's campaign takes in the one-time buyers of its stores and days whom chance cannot explain (src/network/campaign-buyers.ts); absent: off. */
      campaignBuyers: z
        .object({ marginDays: z.number().int().min(0).max(365), maxExpected: z.number().gt(0).max(10) })
        .strict()
        .optional(),
      /** A significant burst at one store joins crews when every one is tied only by a receiver or receiving household, none by a broker, recruiter or association on record (receiver-crews.ts). */
      receiverCrewsJoinInCluster: z.boolean().default(false),
      /** Buyers shopping together (same dealer, same day; src/network/counter-visits.ts) join: OFF, ALL suspects, only FLAGGED ones (already in a crew or prolific), or only PROLIFIC ones. */
      sharedVisitJoins: z.enum(['OFF', 'ALL', 'FLAGGED', 'PROLIFIC']).default('OFF'),
      /** Different theft days one buyer must report among crime guns before the reports stop excluding them from straw evidence; 0: off (src/network/trafficking.evidence.ts). */
      repeatedTheftIncidents: z.number().int().min(0).default(0),
      /** Purchasers flagged on their own evidence whom nothing else joined, buying at one dealer inside one scheme window, join (src/network/prolific-counters.ts). */
      prolificCounterJoins: z.boolean().default(false),
      /** With `prolificCounterJoins`: such purchasers recorded at one residence join when their purchases fall inside one scheme window at any dealers (src/network/prolific-counters.ts). */
      prolificResidenceJoins: z.boolean().default(false),
      /** With `prolificCounterJoins`: largest share of the ties at a dealer that chance may explain before they are held to purchases closer in time, then none (src/network/counter-tie-null.ts); 0: every tie holds. */
      prolificCounterFalseDiscoveryRate: z.number().min(0).max(0.5).default(0),
      /** Largest share of the groups tied only by association records reported that random pairing of the same records makes (or one in the run) before such groups must share stores (src/network/association-null.ts); 0: off. */
      recordTieFalseDiscoveryRate: z.number().min(0).max(0.5).default(0),
      /** Largest share of the straw-gun pairs in one holder's hands that repeat possession explains (measured on guns that cannot be straw evidence) before receivers tie only buyers of one dealer, then none (src/network/holder-null.ts); 0: off. */
      holderTieFalseDiscoveryRate: z.number().min(0).max(0.5).default(0),
      /** Largest share of the pairs of straw purchase events at one buyer that lawful repeat buying explains (measured on guns that cannot be straw evidence) before counts stop flagging buyers with such guns, then count only inside one scheme window, then flag nobody alone (src/network/buyer-null.ts); 0: off. */
      repeatBuyerFalseDiscoveryRate: z.number().min(0).max(0.5).default(0),
      /** The counter scan's chance model: the common time profile of all dealers' straw-evidence buyers, or that profile weighted by each dealer's own recorded sales by month (src/network/dealer-sales.ts). */
      counterScanPopulation: z.enum(['COMMON_PROFILE', 'DEALER_SALES']).default('COMMON_PROFILE'),
      /** The counter scan repeated per destination market (the recovery city): OFF, OUT_OF_STATE recoveries only, or ALL (src/network/market-clusters.ts). */
      marketScan: z.enum(['OFF', 'OUT_OF_STATE', 'ALL']).default('OFF'),
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
  if (!parsed.success)
    throw new RiskConfigError(
      file,
      parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`),
    );
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
