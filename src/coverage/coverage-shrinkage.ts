/**
 * Empirical-Bayes shrinkage of per-dealer trace coverage (normal-normal, method of moments;
 * Efron and Morris 1975). A dealer's Horvitz-Thompson coverage T/N̂ rests on a handful of traced
 * guns, each standing for 1/r_a guns of its recovering agency, so its sampling variance is large.
 * Dealers in one district (the FFL number's region and district, the first two fields, which
 * follow the dealer's state) sell into the same recovery geography, so their true coverages
 * resemble each other: each dealer's estimate is pulled toward its district's pooled coverage
 * c₀ = ΣT/ΣN̂ with weight τ²/(τ² + v_d), where v_d is its own sampling variance (delta method:
 * v_d = T²·Var(N̂)/N̂⁴) and τ² the spread of true coverages, estimated as the variance of the
 * estimates beyond their mean sampling variance (never below zero). The group is the county (the
 * licence's county FIPS) when it has `MIN_GROUP` dealers, else the district; with fewer than
 * `MIN_GROUP` dealers use the national pool.
 */
export interface CoverageInput {
  license: string;
  traced: number;
  estimated: number;
  variance: number;
}

export interface ShrunkCoverage {
  license: string;
  coverage: number;
  /** Posterior standard deviation. */
  sd: number;
  prior: number;
  /** Weight of the dealer's own estimate (0: all prior, 1: all own). */
  weight: number;
}

const MIN_GROUP = 5;

/** The FFL number's region and district (`X-XX`): the dealer's ATF district, from the licence alone. */
export const districtOf = (license: string) => license.slice(0, 4);
/** Region, district and county FIPS (`X-XX-XXX`): dealers of one county sell into the same local agencies. */
export const countyOf = (license: string) => license.slice(0, 8);

interface Pool {
  c0: number;
  tau2: number;
}

function pool(rows: Array<CoverageInput & { c: number; v: number }>): Pool {
  const t = rows.reduce((a, r) => a + r.traced, 0);
  const n = rows.reduce((a, r) => a + r.estimated, 0);
  const c0 = n > 0 ? Math.min(1, t / n) : 1;
  const mean = rows.reduce((a, r) => a + r.c, 0) / rows.length;
  const spread = rows.reduce((a, r) => a + (r.c - mean) ** 2, 0) / Math.max(1, rows.length - 1);
  const noise = rows.reduce((a, r) => a + r.v, 0) / rows.length;
  return { c0, tau2: Math.max(0, spread - noise) };
}

export function shrinkCoverage(inputs: readonly CoverageInput[]): Map<string, ShrunkCoverage> {
  const rows = inputs
    .filter((i) => i.estimated > 0)
    .map((i) => ({ ...i, c: Math.min(1, i.traced / i.estimated), v: (i.traced * i.traced * i.variance) / i.estimated ** 4 }));
  const national = pool(rows);
  const groupBy = (key: (l: string) => string) => {
    const g = new Map<string, typeof rows>();
    for (const r of rows) g.set(key(r.license), [...(g.get(key(r.license)) ?? []), r]);
    return new Map([...g].filter(([, members]) => members.length >= MIN_GROUP).map(([k, members]) => [k, pool(members)]));
  };
  const counties = groupBy(countyOf);
  const districts = groupBy(districtOf);
  const out = new Map<string, ShrunkCoverage>();
  {
    for (const r of rows) {
      // The narrowest group with enough dealers: county, then district, then the nation.
      const p = counties.get(countyOf(r.license)) ?? districts.get(districtOf(r.license)) ?? national;
      // No sampling variance (every agency traces everything): the estimate is exact.
      const weight = r.v === 0 ? 1 : p.tau2 / (p.tau2 + r.v);
      const coverage = weight * r.c + (1 - weight) * p.c0;
      const sd = Math.sqrt(r.v === 0 ? 0 : (p.tau2 * r.v) / (p.tau2 + r.v));
      out.set(r.license, { license: r.license, coverage, sd, prior: p.c0, weight });
    }
  }
  return out;
}
