/** The rows and settings of the per-gun and per-purchaser straw evidence (trafficking.evidence.ts). */

export interface RecoveredPurchase {
  purchaserId: string;
  purchaserState: string | null;
  firearmId: string;
  dealerLicense: string;
  dealerState: string | null;
  soldOn: string;
  multipleSale: boolean;
  recoveredOn: string;
  recoveredState: string | null;
  /** City of the recovery (with the state: where the gun ended; NFCTA's destination markets). */
  recoveredCity?: string | null;
  possessorId: string | null;
  /** The possessor's and the purchaser's recorded residences (address, city, state): receiving households (residence-hubs.ts). Never written out: personal data. */
  possessorResidence?: string | null;
  purchaserResidence?: string | null;
  /** Where police recovered the gun (address, city, state): guns seized together (seizures.ts). Never written out: personal data. */
  recoverySite?: string | null;
  /** Seized at one place on one day with guns of other purchasers (seizures.ts `seizedTogether`): it left its buyer. */
  seized?: boolean;
  timeToCrimeDays: number;
  /** Reported stolen before police recovered it (theft-standing.ts): not straw evidence. */
  reportedStolen: boolean;
  /** Reported stolen only after police recovered it (theft-standing.ts): still straw evidence, named as such. */
  reportedStolenAfterRecovery?: boolean;
  /** The day the timely theft report says the gun was taken (theft-standing.ts), when `reportedStolen`. */
  theftOccurredOn?: string | null;
  /** Reported stolen in time, but one of several theft incidents its buyer reported: still straw evidence (`repeatedTheftIncidents`). */
  repeatedTheftClaim?: boolean;
}

export interface Purchase {
  purchaserId: string;
  soldOn: string;
  dealerLicense: string;
  multipleSale: boolean;
}

export interface EvidenceSettings {
  shortTimeToCrimeDays: number;
  veryShortTimeToCrimeDays: number;
  /** Days between purchases that start a new purchase event (five business days ≈ 7 days: the multiple-sale window). */
  purchaseEventGapDays: number;
  /** Straw-evidence guns that flag a purchaser on their own. */
  prolificMinGuns: number;
  /** Separate purchase events those guns must come from (repeat buying, not one multiple sale). */
  prolificMinPurchaseEvents: number;
  /**
   * Whether guns recovered in crime within the short window in the state of sale with no possessor
   * recorded count toward `prolificMinGuns` and `prolificMinPurchaseEvents` (never alone: at least
   * one straw-evidence gun is still needed). Several crime guns traced to one purchaser soon after
   * sale are a trafficking indicator whether or not police recorded who held them (ATF Crime Gun
   * Trace Reports, YCGII 1999–2000; ATF, Following the Gun, 2000: trace data link multiple crime
   * guns back to one source); a gun the police found in its buyer's hands or reported stolen does not count.
   */
  prolificCountsUnplacedGuns?: boolean;
  /**
   * One purchase event flags its buyer when at least this many of its guns were each recovered
   * within 1 year from a different person outside the buyer's household; unset or 0: off. A
   * multiple sale whose handguns reach several strangers within a year is the pattern the
   * multiple-sale report exists to catch (27 CFR 478.126a; ATF, Following the Gun, 2000: multiple
   * sales and time-to-crime under 1 year as the strongest trace indicators). Household members
   * (the buyer's own recorded residence) do not count: a family's guns stay in the family.
   */
  singleEventMinGuns?: number;
  /**
   * One purchase event also flags its buyer when at least this many of its guns were recovered
   * within 1 year from one and the same person outside the buyer's household; unset or 0: off.
   * Buying several guns at once for another person is the straw purchase itself (18 U.S.C.
   * 922(a)(6), Abramski v. United States, 2014: the "actual buyer" is the other person; ATF, Following
   * the Gun, 2000), whether or not that person is prohibited; the repeat-holder rule asks two
   * separate purchases and never saw one multiple sale handed over whole.
   */
  singleEventSameHolderMinGuns?: number;
  /**
   * Different purchasers whose guns, seized at one place on one day, make each of those guns
   * straw evidence although nobody was named holding it, and tie the purchasers (seizures.ts);
   * unset or 0: off.
   */
  seizureMinPurchasers?: number;
  /**
   * Theft incidents (different days a theft is said to have happened) one buyer must report, among
   * guns later recovered in crime, before those reports stop taking the guns out of his straw
   * evidence; unset or 0: off. One burglary explains its guns; a buyer whose guns keep being
   * "stolen" and turning up in crime is the straw purchaser's known cover (Giffords Law Center,
   * "Reporting Lost & Stolen Firearms"; ATF, Following the Gun, 2000).
   */
  repeatedTheftIncidents?: number;
  /**
   * False discovery rate of flags for repeat buying, measured against lawful repeat buyers
   * (buyer-null.ts); unset or 0: off, every flag by counts stands.
   */
  repeatBuyerFalseDiscoveryRate?: number;
  /** The scheme window (days) counts must fall inside at level 2 of buyer-null.ts. */
  schemeWindowDays?: number;
}

/** A gun whose path from its buyer suggests a straw purchase. */
export interface StrawGun extends RecoveredPurchase {
  veryShort: boolean;
  outOfState: boolean;
}

export interface PurchaserEvidence {
  personId: string;
  strawGuns: StrawGun[];
  veryShortGuns: number;
  outOfStateGuns: number;
  /** Guns excluded from the evidence because a theft was reported. */
  stolenExcluded: number;
  /** Recovered in crime within the short window, in the state of sale, no possessor recorded: not shown in another's hands. */
  unplacedGuns: string[];
  purchases: number;
  purchaseEvents: number;
  /** Separate purchase events of the straw-evidence guns (a multiple sale is one event). */
  strawEvents: number;
  dealers: number;
  multipleSales: number;
  /** People the straw guns were recovered from. */
  possessors: number;
  /** Flagged on their own evidence (a prolific straw purchaser). */
  prolific: boolean;
  /** Ranking score: straw guns, weighted up by the strong indicators. */
  score: number;
  evidence: string[];
}
