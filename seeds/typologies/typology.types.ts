/**
 * Planted truth for one instance of a trafficking typology or of a legitimate look-alike.
 * Typologies follow ATF, Following the Gun (2000) and the National Firearms Commerce and
 * Trafficking Assessment (NFCTA) vol. II-III; decoys are the lawful patterns that resemble them.
 */
export const TRAFFICKING_TYPOLOGIES = [
  'STRAW_RING_LINKED',
  'STRAW_RING_UNLINKED',
  'RECRUITER_ONE_TIME_BUYERS',
  'LONE_PROLIFIC_BUYER',
  'RECEIVER_HUB',
  'UNLICENSED_DEALING',
  'CORRUPT_DEALER',
  'DEALER_THEFT_LOSS',
] as const;

export const DECOY_TYPOLOGIES = [
  'DECOY_COLLECTOR',
  'DECOY_FAMILY',
  'DECOY_POLICE_TRADE_IN',
  'DECOY_RESIDENCE_BURGLARY',
  'DECOY_DEALER_BURGLARY',
  'DECOY_SHOOTING_RANGE',
] as const;

/** Typologies judged by where their dealer ranks (dealer risk), not by networks of purchasers. */
export const DEALER_TYPOLOGIES = ['CORRUPT_DEALER', 'DEALER_THEFT_LOSS', 'DECOY_DEALER_BURGLARY'] as const;

export type TraffickingTypology = (typeof TRAFFICKING_TYPOLOGIES)[number];
export type DecoyTypology = (typeof DECOY_TYPOLOGIES)[number];
export type Typology = TraffickingTypology | DecoyTypology;

export interface PlantedCase {
  id: string;
  typology: Typology;
  /** False for the legitimate look-alikes: nobody in them should be flagged. */
  trafficking: boolean;
  /** IN_STATE or INTERSTATE: where the guns were recovered relative to where they were bought. */
  corridor: 'IN_STATE' | 'INTERSTATE' | null;
  /** People who bought the guns at retail. */
  purchaserIds: string[];
  /** Brokers, recruiters, receivers, unlicensed sellers: the hubs. */
  hubIds: string[];
  /** People the guns were recovered from. */
  possessorIds: string[];
  firearmIds: string[];
  /** The guns police recovered (the only ones trace-based detection can see). */
  recoveredFirearmIds: string[];
  /** Purchasers with at least one recovered gun: the only buyers trace-based detection can find. */
  evidentPurchaserIds: string[];
  dealerLicenses: string[];
  /** The randomised parameters this instance was drawn with (for the evaluation report). */
  params: Record<string, number | string | boolean>;
}
