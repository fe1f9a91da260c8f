/**
 * Parameter ranges the typologies draw from. Two fixed profiles: TUNING (the only one looked
 * at while choosing detection thresholds) and HELD_OUT (shifted and wider ranges, used only
 * for the final report), so a rule that merely memorised the tuning shapes shows up as a miss.
 */
export type RangeProfile = 'tuning' | 'heldout';

export interface TypologyRanges {
  /** Straw purchasers per ring. */
  ringStraws: [number, number];
  /** Guns each ring straw buys. */
  ringGunsPerStraw: [number, number];
  /** Probability that a ring gun ends in one of the ring's receivers' hands. */
  receiverShare: [number, number];
  /** Days from sale to recovery for trafficked guns. */
  trafficTtc: [number, number];
  /** Probability that a trafficked gun is recovered at all (before the reference date). */
  recoveredShare: [number, number];
  /** Days over which a scheme's purchases are spread. */
  activityDays: [number, number];
  recruitedBuyers: [number, number];
  /** Probability that a recruited buyer's tie to the recruiter is on record. */
  recruiterLinkRecorded: [number, number];
  loneGuns: [number, number];
  hubStraws: [number, number];
  unlicensedGuns: [number, number];
  corruptOffBookGuns: [number, number];
  collectorGuns: [number, number];
  familyMembers: [number, number];
  tradeInGuns: [number, number];
  burglaryGuns: [number, number];
  /** Guns taken in one burglary of a dealer's inventory. */
  fflBurglaryGuns: [number, number];
  /** Guns a dealer lets go off the books and covers with loss reports filed after trace requests. */
  fflCoveredLossGuns: [number, number];
  /** Handguns a shooting range buys for its rental fleet. */
  rangeGuns: [number, number];
  /** Probability that a trafficking scheme sends its guns out of state. */
  interstate: number;
}

export const RANGES: Record<RangeProfile, TypologyRanges> = {
  tuning: {
    ringStraws: [2, 5],
    ringGunsPerStraw: [2, 4],
    receiverShare: [0.3, 0.7],
    trafficTtc: [20, 500],
    recoveredShare: [0.6, 0.95],
    activityDays: [30, 240],
    recruitedBuyers: [4, 7],
    recruiterLinkRecorded: [0.6, 1],
    loneGuns: [6, 12],
    hubStraws: [2, 4],
    unlicensedGuns: [8, 16],
    corruptOffBookGuns: [8, 14],
    collectorGuns: [8, 20],
    familyMembers: [2, 4],
    tradeInGuns: [6, 15],
    burglaryGuns: [3, 7],
    fflBurglaryGuns: [6, 20],
    fflCoveredLossGuns: [8, 14],
    rangeGuns: [8, 20],
    interstate: 0.5,
  },
  heldout: {
    ringStraws: [2, 7],
    ringGunsPerStraw: [1, 5],
    receiverShare: [0.2, 0.8],
    trafficTtc: [10, 900],
    recoveredShare: [0.5, 1],
    activityDays: [20, 420],
    recruitedBuyers: [3, 9],
    recruiterLinkRecorded: [0.5, 1],
    loneGuns: [5, 16],
    hubStraws: [2, 5],
    unlicensedGuns: [6, 20],
    corruptOffBookGuns: [6, 18],
    collectorGuns: [6, 30],
    familyMembers: [2, 5],
    tradeInGuns: [5, 25],
    burglaryGuns: [2, 9],
    fflBurglaryGuns: [4, 30],
    fflCoveredLossGuns: [6, 18],
    rangeGuns: [6, 30],
    interstate: 0.4,
  },
};

export const drawInt = (rng: { int(a: number, b: number): number }, [a, b]: [number, number]) => rng.int(a, b);
export const drawReal = (rng: { next(): number }, [a, b]: [number, number]) => a + rng.next() * (b - a);
