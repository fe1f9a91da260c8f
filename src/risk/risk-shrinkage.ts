import betaCdf from '@stdlib/stats-base-dists-beta-cdf';

/**
 * Empirical-Bayes shrinkage of shares (beta-binomial, method of moments): a dealer's share
 * x/n is pulled toward the pooled peer share p0 with a prior weight of m "pseudo-traces"
 * estimated from how much the dealers' shares vary beyond what binomial noise explains. A
 * dealer with one trace out of one no longer tops its peers; one with 12 out of 12 still does.
 */
export interface ShareCount {
  part: number;
  whole: number;
}

export interface ShareMoments {
  /** Pooled share of all dealers with evidence. */
  p0: number;
  /** Prior weight (pseudo-observations). */
  m: number;
}

const MIN_PRIOR = 1;
const MAX_PRIOR = 1_000;

/**
 * For a beta-binomial, E[n·(p̂ − p0)²] = p0(1 − p0)·(1 + (n − 1)/(m + 1)); averaging over dealers
 * and solving for m gives the moment estimate. No extra variation at all → the largest prior.
 */
export function estimatePrior(counts: ShareCount[]): ShareMoments {
  const withEvidence = counts.filter((c) => c.whole > 0);
  const total = withEvidence.reduce((a, c) => a + c.whole, 0);
  if (!withEvidence.length || total === 0) return { p0: 0, m: MAX_PRIOR };
  const p0 = withEvidence.reduce((a, c) => a + c.part, 0) / total;
  const base = p0 * (1 - p0);
  if (base === 0) return { p0, m: MAX_PRIOR };
  const a = withEvidence.reduce((s, c) => s + c.whole * (c.part / c.whole - p0) ** 2, 0) / withEvidence.length / base;
  const meanExtra = withEvidence.reduce((s, c) => s + (c.whole - 1), 0) / withEvidence.length;
  if (a <= 1 || meanExtra <= 0) return { p0, m: MAX_PRIOR };
  const m = meanExtra / (a - 1) - 1;
  return { p0, m: Math.min(MAX_PRIOR, Math.max(MIN_PRIOR, m)) };
}

/** The posterior-mean share: (x + m·p0) / (n + m). */
export function shrink(c: ShareCount, prior: ShareMoments): number {
  return (c.part + prior.m * prior.p0) / (c.whole + prior.m);
}

/**
 * How sure the evidence makes us that the dealer's true share is above the pooled share p0:
 * P(θ > p0) under the posterior Beta(x + m·p0, n − x + m·(1 − p0)) whose mean `shrink` gives.
 * A dealer that showed none (x = 0) has shown no risk on the indicator and gets 0, as a count of
 * zero does. Unlike a rank among peers, it does not spread dealers whose shares differ by noise
 * over the whole 0–1 range: a share near p0 gives about ½ whatever the order of the peers, a share
 * well above it on many traces gives nearly 1, and one trace out of one gives only a little more
 * than ½ (empirical Bayes: Efron and Morris, 1975; the beta-binomial model of `estimatePrior`).
 */
export function probabilityAbovePooled(c: ShareCount, prior: ShareMoments): number {
  if (c.part <= 0 || c.whole <= 0) return 0;
  if (prior.p0 <= 0) return 1;
  if (prior.p0 >= 1) return 0;
  return 1 - betaCdf(prior.p0, c.part + prior.m * prior.p0, c.whole - c.part + prior.m * (1 - prior.p0));
}
