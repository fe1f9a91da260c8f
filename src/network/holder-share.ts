/**
 * How often a repeat possessor's recovered guns are new (straw-evidence) guns, estimated from the
 * holders the data shows to be repeat possessors: those found with two or more guns, at least one
 * of which cannot be straw evidence (holder-null.ts, "control" guns).
 *
 * The receiver null first assumed a repeat possessor's guns are as likely to be new as the state's
 * recovered guns are (share p). People police find with guns again and again may well carry newer
 * guns than others do (an active offender is supplied by the newest trafficking); then p
 * understates how many of their pairs are two new guns, and chance receivers pass as hubs. Their
 * own share q is visible in the holders seen with a control gun: a holder of k guns, j of them new,
 * is a draw from Binomial(k, q) conditioned on j < k, since the all-new holders cannot be told from
 * receivers (a zero-truncated binomial, truncated at the top). The likelihood alone runs to q = 1
 * when every such holder holds one new and one old gun, as the one or two a data set without repeat
 * possession holds may do, so q gets a Beta prior centred on the state's share p, worth one
 * holder's pair of guns (`PRIOR_GUNS`, chosen before any measurement), and the posterior mean is
 * taken on a grid. Nor can it pass the share of new guns among ALL holders of two or more guns
 * (`upper`): counting every such holder as a repeat possessor, receivers (who hold only new guns)
 * among them, can only raise the share, so the all-new holders the data does not hold bound it
 * from above (twenty holders each found with one new and one old gun, and few all-new ones, are
 * not repeat possessors of new guns). The estimate never goes below p: holders carrying older
 * guns than the state's would make p the cautious choice already.
 */

/** The prior's weight, in guns: one holder's pair at the state's share. */
export const PRIOR_GUNS = 2;

const GRID = Array.from({ length: 200 }, (_, i) => (i + 0.5) / 200);

/** A holder seen with a control gun: `guns` recovered from him, `newGuns` of them straw evidence (fewer than `guns`). */
export interface ControlledHolder {
  guns: number;
  newGuns: number;
}

/**
 * The posterior mean share of new guns among repeat possessors' guns (`holders`: those seen with a
 * control gun), no more than `upper` and no less than `stateShare` (see above).
 */
export function repeatHolderShare(holders: ControlledHolder[], stateShare: number, upper: number, priorGuns = PRIOR_GUNS): number {
  if (holders.length === 0 || stateShare <= 0 || stateShare >= 1 || upper <= stateShare) return stateShare;
  const a = stateShare * priorGuns;
  const b = (1 - stateShare) * priorGuns;
  const logPost = GRID.map((q) => {
    let sum = (a - 1) * Math.log(q) + (b - 1) * Math.log(1 - q);
    for (const h of holders) sum += h.newGuns * Math.log(q) + (h.guns - h.newGuns) * Math.log(1 - q) - Math.log(1 - q ** h.guns);
    return sum;
  });
  const top = Math.max(...logPost);
  let weight = 0;
  let mean = 0;
  GRID.forEach((q, i) => {
    const w = Math.exp(logPost[i]! - top);
    weight += w;
    mean += w * q;
  });
  return Math.max(stateShare, Math.min(upper, mean / weight));
}
