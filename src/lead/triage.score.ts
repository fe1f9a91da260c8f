import { distanceKm } from '../common/geo.js';
import { TRIAGE_FACTORS, type TriageConfig, type TriageFactor } from './triage-config.js';

/** What the triage of one open lead looks at: the lead and the series it belongs to (or would join). */
export interface TriageInput {
  leadId: string;
  correlatedAt: string;
  scenes: Array<{ id: string; kind: string; occurredAt: string; ori: string | null; latitude: number | null; longitude: number | null }>;
  knownGuns: number;
  knownSuspects: number;
}

export interface FactorScore {
  factor: TriageFactor;
  /** 0..1 */
  value: number;
  weight: number;
  /** Points this factor adds to the 0..100 score. */
  points: number;
  why: string;
}

export interface TriageScore {
  leadId: string;
  score: number;
  factors: FactorScore[];
}

const DAY = 86_400_000;
const round = (x: number, d = 3) => Math.round(x * 10 ** d) / 10 ** d;

/**
 * An explainable GETS-style score (geography, events, time, solvability): each factor is 0..1,
 * weighted from config/lead-triage-weights.json; the score is 100 x weighted mean. Every factor
 * is returned with its value, weight, points and a sentence, so an analyst sees why a lead ranks.
 */
export function triageScore(input: TriageInput, config: TriageConfig, now: number): TriageScore {
  const { levels, weights } = config;
  const latest = Math.max(Date.parse(input.correlatedAt), ...input.scenes.map((s) => Date.parse(s.occurredAt)));
  const ageDays = Math.max(0, (now - latest) / DAY);
  const violence = input.scenes.reduce((best, s) => Math.max(best, levels.violence[s.kind as keyof typeof levels.violence] ?? 0), 0);
  const worst = input.scenes.find((s) => (levels.violence[s.kind as keyof typeof levels.violence] ?? 0) === violence)?.kind ?? 'none';
  const agencies = new Set(input.scenes.map((s) => s.ori).filter(Boolean));
  const located = input.scenes.filter((s) => s.latitude !== null && s.longitude !== null);
  let nearest: number | null = null;
  for (let i = 0; i < located.length; i++)
    for (let j = i + 1; j < located.length; j++) {
      const d = distanceKm(
        { latitude: located[i]!.latitude!, longitude: located[i]!.longitude! },
        { latitude: located[j]!.latitude!, longitude: located[j]!.longitude! },
      );
      nearest = nearest === null ? d : Math.min(nearest, d);
    }
  const saturate = (n: number, at: number) => Math.min(1, Math.max(0, (n - 1) / (at - 1)));
  const values: Record<TriageFactor, [number, string]> = {
    // Time: a lead is worth most in its first days (half-life from the config).
    RECENCY: [Math.pow(0.5, ageDays / levels.recencyHalfLifeDays), `latest activity ${round(ageDays, 1)} days ago`],
    // Events: homicide > non-fatal shooting > shots fired.
    VIOLENCE: [violence, `most violent linked scene: ${worst}`],
    SCENES: [saturate(input.scenes.length, levels.scenesSaturateAt), `${input.scenes.length} scenes in the series`],
    JURISDICTIONS: [saturate(agencies.size, levels.jurisdictionsSaturateAt), `${agencies.size} agencies have scenes in the series`],
    // Solvability: a recovered gun or a known person gives the investigator somewhere to start.
    KNOWN_GUN: [input.knownGuns > 0 ? 1 : 0, input.knownGuns > 0 ? `${input.knownGuns} recovered gun(s) linked` : 'no recovered gun linked'],
    KNOWN_SUSPECT: [
      input.knownSuspects > 0 ? 1 : 0,
      input.knownSuspects > 0 ? `${input.knownSuspects} known person(s) tied to a linked gun` : 'no known person',
    ],
    // Geography: scenes close together point to one active shooter's territory.
    PROXIMITY: [
      nearest === null ? 0 : Math.min(1, Math.max(0, (levels.farKm - nearest) / (levels.farKm - levels.nearKm))),
      nearest === null ? 'fewer than two located scenes' : `closest two scenes ${round(nearest, 1)} km apart`,
    ],
  };
  const total = TRIAGE_FACTORS.reduce((s, f) => s + weights[f], 0);
  const factors = TRIAGE_FACTORS.map((factor) => {
    const [value, why] = values[factor];
    return { factor, value: round(value), weight: weights[factor], points: round((100 * weights[factor] * value) / total, 2), why };
  });
  return {
    leadId: input.leadId,
    score: round(
      factors.reduce((s, f) => s + f.points, 0),
      2,
    ),
    factors,
  };
}
