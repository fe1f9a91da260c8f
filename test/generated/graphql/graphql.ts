/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** A measure agencies are ranked and compared on. */
export type AgencyMeasure =
  /** share of recovered casings entered (higher is better) */
  | 'CASING_ENTRY_SHARE'
  /** shootings linkable earlier (lower is better) */
  | 'LATE_ENTRY_SHOOTINGS'
  /** median hours recovery to entry (lower is better) */
  | 'MEDIAN_ENTRY_HOURS'
  /** median days recovery to trace request (lower is better) */
  | 'MEDIAN_TRACE_REQUEST_DAYS'
  /** share of recovered guns test-fired (higher is better) */
  | 'TEST_FIRE_SHARE'
  /** share of recovered guns traced (higher is better) */
  | 'TRACED_SHARE'
  /** share entered within 24 hours (higher is better) */
  | 'WITHIN_24H_SHARE';

/** How an audited request ended. */
export type AuditOutcome =
  | 'ALLOWED'
  | 'DENIED'
  | 'ERROR';

/** Where a candidate pair stands: OPEN (proposed), CONFIRMED (linked SAME_AS by an analyst), REJECTED (two different people). */
export type CandidateStatus =
  | 'CONFIRMED'
  | 'OPEN'
  | 'REJECTED';

/** How mostConnected ranks a chart's nodes. */
export type CentralityMeasure =
  /** Betweenness centrality: brokers and bridges between groups (the default). */
  | 'BETWEENNESS'
  /** Number of links within the chart. */
  | 'DEGREE'
  /** PageRank: nodes linked to other well-linked nodes. */
  | 'PAGE_RANK';

/** Kind of a link-chart node; the value is the graph label, which also prefixes the node id (`Casing:E-123`). */
export type ChartNodeKind =
  /** A police agency (key: ORI). */
  | 'AGENCY'
  /** A fired cartridge casing (key: evidence id). */
  | 'CASING'
  /** A licensed dealer, FFL (key: license number). */
  | 'FFL'
  /** A firearm (key: firearm id). */
  | 'FIREARM'
  /** A NIBIN correlation lead between two casings (key: lead id). */
  | 'LEAD'
  /** A manufacturer or importer (key: name). */
  | 'MANUFACTURER'
  /** A person: purchaser, possessor or associate (key: person id). Names are personal data. */
  | 'PERSON'
  /** A recovery of a firearm by police (key: recovery id). */
  | 'RECOVERY'
  /** A retail sale (key: sale id). */
  | 'SALE'
  /** A crime scene / incident (key: incident id). */
  | 'SCENE'
  /** An ATF trace request (key: trace id). */
  | 'TRACE';

/** Which value a conflict keeps: the one the record had (CURRENT) or the one that came in (INCOMING). */
export type ConflictSide =
  | 'CURRENT'
  | 'INCOMING';

/** OPEN: waiting for a supervisor; RESOLVED: decided (by the owning-agency rule or a supervisor). */
export type ConflictStatus =
  | 'OPEN'
  | 'RESOLVED';

/** Type of firearm. Pistols and revolvers are handguns (multiple-sale reports cover handguns). */
export type FirearmKind =
  /** Semi-automatic pistol (handgun); ejects its casings at the scene. */
  | 'PISTOL'
  /** Revolver (handgun); keeps its casings in the cylinder, so rarely leaves NIBIN evidence. */
  | 'REVOLVER'
  /** Rifle (long gun). */
  | 'RIFLE'
  /** Shotgun (long gun); shells are not entered into NIBIN. */
  | 'SHOTGUN';

/** Filters for highRiskDealers; all given filters must hold. */
export type HighRiskDealerFilter = {
  /** Only dealers with a crime-gun trace requested on or after this date (the score itself covers all the data). */
  from?: string | null | undefined;
  /** License type. */
  licenseType?: LicenseType | null | undefined;
  /** Two-letter state of the dealer. */
  state?: string | null | undefined;
  /** Only dealers with a crime-gun trace requested on or before this date. */
  to?: string | null | undefined;
};

/** One record to write: its type and its fields exactly as in an NDJSON import line (docs/import.md). */
export type ImportRecordInput = {
  /** The fields of the record, e.g. {"id":"P-1","firstName":"Ima",…,"dateOfBirth":"1990-01-02"}; checked by the same rules as `npm run import`. */
  fields: Record<string, unknown>;
  /** Record type. */
  type: ImportRecordType;
};

/** Kind of record an import carries (docs/import.md). */
export type ImportRecordType =
  | 'AGENCY'
  | 'ASSOCIATION'
  | 'CASING'
  | 'FFL'
  | 'FIREARM'
  | 'LEAD'
  | 'MANUFACTURER'
  | 'PERSON'
  | 'RECOVERY'
  | 'SALE'
  | 'SCENE'
  | 'THEFT'
  | 'TRACE';

/** A transition of the lead workflow (one mutation each). */
export type LeadAction =
  | 'CLOSE'
  | 'CONFIRM'
  | 'RECORD_OUTCOME'
  | 'REFER'
  | 'REJECT'
  | 'REOPEN';

/** What the investigation did with a referred hit: the CGIC "track" and "feed back" steps. */
export type LeadOutcome =
  | 'ARREST'
  | 'CASE_CLEARED'
  | 'FURTHER_INVESTIGATION'
  | 'LINKED_TO_OPEN_CASE'
  | 'NO_ACTION'
  | 'SHOOTER_IDENTIFIED';

/** Where a lead is in the CGIC cycle: awaiting an examiner, reviewed, referred to an investigator, outcome recorded, closed. */
export type LeadStage =
  | 'CLOSED'
  | 'OUTCOME_RECORDED'
  | 'REFERRED'
  | 'REVIEWED'
  | 'UNREVIEWED';

/** Review state of a NIBIN lead. A lead is a correlation the NIBIN system proposed between two casings from their images; it is investigative information only until a firearms examiner compares the casings under a microscope and confirms it (a confirmed hit, usable in court). See https://www.atf.gov/firearms/national-integrated-ballistic-information-network-nibin. */
export type LeadStatus =
  /** An examiner compared the casings and confirmed they were fired by the same gun (a confirmed hit). */
  | 'CONFIRMED'
  /** An examiner compared the casings and found they were not fired by the same gun. Never followed. */
  | 'REJECTED'
  /** NIBIN proposed the correlation; no examiner has reviewed it yet. An investigative lead, not evidence. */
  | 'UNREVIEWED';

/** Type of federal firearms license (ATF code in brackets). Retail crime-gun sales come from DEALER (01) and PAWNBROKER (02) licensees. */
export type LicenseType =
  /** 06: manufacturer of ammunition. */
  | 'AMMUNITION_MANUFACTURER'
  /** 03: collector of curios and relics. */
  | 'COLLECTOR'
  /** 01: dealer in firearms, including gunsmiths. */
  | 'DEALER'
  /** 09: dealer in destructive devices. */
  | 'DESTRUCTIVE_DEVICE_DEALER'
  /** 11: importer of destructive devices. */
  | 'DESTRUCTIVE_DEVICE_IMPORTER'
  /** 10: manufacturer of destructive devices. */
  | 'DESTRUCTIVE_DEVICE_MANUFACTURER'
  /** 08: importer of firearms. */
  | 'IMPORTER'
  /** 07: manufacturer of firearms. */
  | 'MANUFACTURER'
  /** 02: pawnbroker dealing in firearms. */
  | 'PAWNBROKER';

/** One piece of evidence that two person records are the same person. */
export type MatchFactor =
  | 'ADDRESS'
  | 'DATE_OF_BIRTH'
  | 'FIRST_NAME'
  | 'LAST_NAME'
  | 'SHARED_NEIGHBOURS';

/** What a set of measures covers: one agency (by ORI), one state (two letters), one ATF field division (its name, e.g. "New York") or every agency (key US). */
export type MetricScope =
  | 'AGENCY'
  | 'FIELD_DIVISION'
  | 'NATION'
  | 'STATE';

/** What a member does in a trafficking network (from the graph, not from a label). */
export type NetworkRole =
  /** A known associate of two or more of the straw purchasers (broker or recruiter): the hub that ties them together. */
  | 'BROKER'
  /** A network gun was recovered from them. */
  | 'POSSESSOR'
  /** Held guns bought by two or more different straw purchasers: the receiver hub, with or without a recorded association. */
  | 'RECEIVER'
  /** Bought a gun that was recovered from someone else within the short time-to-crime window (or out of state with no possessor known). */
  | 'STRAW_PURCHASER';

/** A relationship type of the graph; link-chart operations follow only the kinds in `include` (all when omitted). */
export type RelationshipKind =
  /** (Person)->(Person): known associates. Time: since. */
  | 'ASSOCIATE_OF'
  /** (Recovery)->(Scene). Time: recovery date. */
  | 'AT_SCENE'
  /** (Recovery)->(Agency): the recovering agency. Time: recovery date. */
  | 'BY_AGENCY'
  /** (Lead)->(Casing): a NIBIN correlation lead. Time: correlated. */
  | 'CORRELATES'
  /** (Casing)->(Firearm): a scene casing matched to a gun (confirmed hit). Time: when the casing was recovered (the shot); confirmedAt is a property. */
  | 'FIRED_FROM'
  /** (Trace)->(Recovery). Time: trace requested. */
  | 'FOR_RECOVERY'
  /** (Recovery)->(Person): the possessor. Time: recovery date. */
  | 'FROM_POSSESSOR'
  /** (Scene)->(Agency): the agency with jurisdiction. Time: when the scene occurred. */
  | 'INVESTIGATED_BY'
  /** (Firearm)->(Manufacturer). No time. */
  | 'MADE_BY'
  /** (Sale|Recovery)->(Firearm). Time: sale or recovery date. */
  | 'OF_FIREARM'
  /** (Casing)->(Scene): a casing picked up at a scene. Time: casing recovered. */
  | 'RECOVERED_AT'
  /** (Agency)->(Trace): the agency that requested a trace. Time: trace requested. */
  | 'REQUESTED'
  /** (Trace)->(Ffl): the dealer the trace resolved to. Time: trace requested. */
  | 'RESOLVED_DEALER'
  /** (Trace)->(Person): the purchaser the trace resolved to. Time: trace requested. */
  | 'RESOLVED_PURCHASER'
  /** (Ffl)->(Sale): a retail sale. Time: sale date. */
  | 'SOLD'
  /** (Casing)->(Firearm): a test-fire of a recovered gun. Time: test-fire casing recorded. */
  | 'TEST_FIRED_FROM'
  /** (Sale)->(Person): the purchaser. Time: sale date. */
  | 'TO_PURCHASER';

/** A dealer-risk indicator. Each value names its rule; `RiskIndicator.rule` and `.source` say where it comes from. */
export type RiskIndicatorKey =
  /** Years over the Demand Letter 2 threshold. Calendar years (of the trace request) with 25 or more traces at time-to-crime of 3 years or less (10 before 2018): ATF then demands the dealer's used-gun records (27 CFR 478.126a, Demand Letter 2). */
  | 'DEMAND_LETTER_2_YEARS'
  /** Traced guns the dealer reported lost only after the trace. Traced guns without a sale record that the dealer itself reported stolen or lost only after the trace request asked for them: a licensee reports a loss within 48 hours of discovering it (27 CFR 478.39a), so a "loss" found only when ATF asks shows an inventory whose records did not account for the gun (27 CFR 478.125), and is how diversion off the books is covered. */
  | 'LOSSES_REPORTED_AFTER_TRACE'
  /** Multiple sales. Sales flagged as part of a multiple sale (two or more handguns to one buyer within five business days, reported to ATF on form 3310.4). */
  | 'MULTIPLE_SALES'
  /** Share of sales that were multiple sales. Multiple sales as a share of the dealer's retail sales: buying handguns in bulk is a straw-purchase marker, independent of the dealer's size. */
  | 'MULTIPLE_SALE_SHARE'
  /** Median days from sale to first shooting. For guns linked by NIBIN to shootings: median days from the retail sale to the first shooting. Shorter is riskier; no linked gun means no contribution. */
  | 'NIBIN_DAYS_TO_FIRST_SHOOTING'
  /** Guns sold later linked by NIBIN to shootings. Guns this dealer sold that NIBIN later matched (confirmed test-fire hit) to casings at shooting scenes. */
  | 'NIBIN_LINKED_GUNS'
  /** Share recovered from someone other than the purchaser. Traced guns whose possessor at recovery is not the retail purchaser: guns diverted after sale (straw purchase or resale). Needs a minimum number of traces. */
  | 'NON_PURCHASER_POSSESSOR_SHARE'
  /** Share of traces the dealer has no record for. Of the traces that reached the dealer, the share with no sale record of the gun or no purchaser given; small counts are shrunk toward the peers. */
  | 'NO_RECORD_SHARE'
  /** Traces the dealer has no record for. Traces that reached the dealer where it has no sale record of the gun, or answered with no purchaser (NO_PURCHASER): a licensee must record every disposition (18 U.S.C. 923(g)(1)(A), 27 CFR 478.125); missing records are conduct, not missing data. */
  | 'NO_RECORD_TRACES'
  /** Obliterated serials among traced guns. Traced guns recovered with the serial number obliterated (and restored for the trace): a marker of trafficked guns. */
  | 'OBLITERATED_SERIALS'
  /** Share of traced guns recovered out of state. Traced guns recovered in another state than the dealer's: interstate trafficking (the "iron pipeline"). Needs a minimum number of traces. */
  | 'OUT_OF_STATE_SHARE'
  /** Share of traces from purchasers with several crime guns. Of the traces with a known time-to-crime, the share counted in REPEAT_PURCHASER_TRACES: a counter that straw buyers come back to, independent of the dealer's size; small counts are shrunk toward the peers. */
  | 'REPEAT_PURCHASER_SHARE'
  /** Traced guns of purchasers with several crime guns. Traced guns found within 3 years of sale with someone other than the purchaser, whose purchaser bought at least one more gun at this dealer that was also found with someone else within 3 years: the trace pattern straw purchasers leave at the counter they use, however complete the paperwork. Guns reported stolen before their trace are left out (the theft, not a hand-over, moved them). */
  | 'REPEAT_PURCHASER_TRACES'
  /** Sales of guns already reported stolen. Sales on record of guns that a police agency or another licensee had reported stolen or lost before the sale: a dealer acquiring and reselling stolen guns (18 U.S.C. 922(j)); its acquisition record names where the gun came from (27 CFR 478.125). One such sale says little; the percentile compares with the dealers that made any. */
  | 'SOLD_AFTER_THEFT_REPORT'
  /** Traces per 1,000 retail sales. Crime-gun traces relative to the dealer's sales volume: a disproportionate share of crime guns, not just a large business. */
  | 'TRACES_PER_THOUSAND_SALES'
  /** Crime-gun traces per year. Traces resolved to this dealer per calendar year (mean over the years the data covers); a few dealers supply most crime guns. */
  | 'TRACES_PER_YEAR'
  /** Traces with time-to-crime under 1 year. Guns recovered in crime less than 1 year after the retail sale; the strongest time-to-crime signal. */
  | 'TTC_UNDER_1Y'
  /** Share of traces with time-to-crime under 1 year. Of the traces with a known time-to-crime, the share under 1 year (nationally about a quarter): guns that go from this counter to crime at once. Needs a minimum number of traces. */
  | 'TTC_UNDER_1Y_SHARE'
  /** Traces with time-to-crime under 3 years. Guns recovered in crime less than 3 years after the retail sale (ATF: a short time-to-crime suggests trafficking). */
  | 'TTC_UNDER_3Y'
  /** Trace requests unanswered beyond 24 hours. Trace requests the dealer answered after more than 24 hours, or not at all: a licensee must answer within 24 hours (18 U.S.C. 923(g)(7)). */
  | 'UNANSWERED_TRACE_REQUESTS'
  /** Share of trace requests unanswered beyond 24 hours. Of the trace requests sent to the dealer, the share answered after more than 24 hours or not at all (18 U.S.C. 923(g)(7)): compliance, independent of size. Needs a minimum number of requests. */
  | 'UNANSWERED_TRACE_SHARE';

/** What happened at a scene. */
export type SceneKind =
  /** A shooting in which someone died. */
  | 'HOMICIDE'
  /** A shooting in which someone was hit and survived. */
  | 'NON_FATAL_SHOOTING'
  /** No shooting: a place where a gun was recovered (arrest, search, found property). */
  | 'RECOVERY_ONLY'
  /** Shots fired with nobody hit (casings recovered, often from a ShotSpotter alert or a call). */
  | 'SHOTS_FIRED';

/** A kind of record `search` looks through. */
export type SearchKind =
  /** Police agencies by ORI, name or city. */
  | 'AGENCY'
  /** Cartridge casings by evidence id or caliber. */
  | 'CASING'
  /** Licensed dealers by license number, name, premises address or city. */
  | 'FFL'
  /** Firearms by serial (partial, fuzzy, `?` for an unrestored character), id, make or model. */
  | 'FIREARM'
  /** People by name, street address, city or id (name and address only for roles that may see personal data). */
  | 'PERSON'
  /** Crime scenes by street address, city or incident id. */
  | 'SCENE';

/** Picks the seeds of a chart instead of naming them: nodes of one kind in one state (dealers riskiest first). */
export type SeedFilter = {
  /** Kind of the seeds (default: dealers). */
  kind?: SeedFilterKind;
  /** How many seeds at most (1 to 50). */
  maxSeeds?: number;
  /** Two-letter US state, e.g. GA. */
  state: string;
};

/** Kinds of node a seed filter can pick by state. */
export type SeedFilterKind =
  | 'AGENCY'
  | 'FFL'
  | 'PERSON'
  | 'RECOVERY';

/** How records reached the graph. */
export type SourceKind =
  /** An importRecords call. */
  | 'API'
  /** `npm run import` of agency files. */
  | 'IMPORT'
  /** Generated synthetic data. */
  | 'SEED';

/** What a theft/loss report says happened to the gun. */
export type TheftKind =
  /** Missing from a licensee's inventory (FFL loss report to ATF, form 3310.11): also what a dealer keeping no records reports. */
  | 'FFL_LOSS'
  /** Stolen from a licensee's inventory (FFL theft report to ATF, form 3310.11). */
  | 'FFL_THEFT'
  /** Any other theft (street robbery, theft from a person or a business that is not a licensee). */
  | 'OTHER_THEFT'
  /** Stolen in a burglary of a home (police report). */
  | 'RESIDENCE_BURGLARY'
  /** Stolen from a vehicle (police report). */
  | 'VEHICLE_BREAK_IN';

/** What a time-to-crime says about trafficking (ATF): under 3 years is a possible trafficking indicator, under 1 year a strong one. Source: https://usafacts.org/articles/time-to-crime-a-guns-path-from-legal-ownership-to-crime/ */
export type TimeToCrimeIndicator =
  /** 3 years or more: no time-to-crime indication (the national median is around 4 years). */
  | 'NONE'
  /** Recovered less than 3 years (1,095 days) after the first retail sale: possible trafficking indicator. */
  | 'POSSIBLE'
  /** Recovered in crime less than 1 year (365 days) after the first retail sale: strong trafficking indicator. */
  | 'STRONG';

/** How an ATF firearm trace (manufacturer/importer → wholesaler → retail dealer → first retail purchaser) ended. */
export type TraceOutcome =
  /** Traced to the retail dealer and the first retail purchaser. */
  | 'COMPLETED'
  /** Could not be traced at all (obliterated serial, pre-1968 gun, incomplete request). */
  | 'NOT_TRACEABLE'
  /** The chain broke before a retail dealer was identified. */
  | 'NO_DEALER'
  /** The retail dealer was found but the purchaser could not be (records lost, dealer out of business...). */
  | 'NO_PURCHASER'
  /** Requested; ATF has not finished the trace. */
  | 'PENDING';

/** Filters for traffickingNetworks; all given filters must hold. */
export type TraffickingNetworkFilter = {
  /** Networks active on or after this date (last recovery ≥ from). */
  from?: string | null | undefined;
  /** Networks with at least this many members. */
  minSize?: number | null | undefined;
  /** A source or destination state of the network. */
  state?: string | null | undefined;
  /** Networks active on or before this date (first purchase ≤ to). */
  to?: string | null | undefined;
  /** Networks of this typology (see Network.typology). */
  typology?: string | null | undefined;
};

/** A factor of the GETS-style triage score (RECENCY, VIOLENCE, SCENES, JURISDICTIONS, KNOWN_GUN, KNOWN_SUSPECT, PROXIMITY). */
export type TriageFactor =
  | 'JURISDICTIONS'
  | 'KNOWN_GUN'
  | 'KNOWN_SUSPECT'
  | 'PROXIMITY'
  | 'RECENCY'
  | 'SCENES'
  | 'VIOLENCE';

export type UnderObservedByDivisionQueryVariables = Exact<{
  fieldDivision?: string | null | undefined;
  after?: string | null | undefined;
}>;


export type UnderObservedByDivisionQuery = { underObservedDealers: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { license: string, state: string | null, fieldDivision: string | null, fieldDivisionCaveat: string | null, rank: number } }> } };

export type DealerDivisionCaveatsQueryVariables = Exact<{
  state: string;
}>;


export type DealerDivisionCaveatsQuery = { highRiskDealers: { edges: Array<{ node: { license: string, fieldDivision: string | null, fieldDivisionCaveat: string | null } }> } };

export type Recovery1QueryVariables = Exact<{ [key: string]: never; }>;


export type Recovery1Query = { serviceInfo: { neo4jVersion: string } };

export type Server1QueryVariables = Exact<{ [key: string]: never; }>;


export type Server1Query = { serviceInfo: { neo4jVersion: string, neo4jEdition: string, gdsVersion: string | null, apocVersion: string | null } };

export type Server2QueryVariables = Exact<{ [key: string]: never; }>;


export type Server2Query = { serviceInfo: { neo4jVersion: string } };

export type AfterIngestRiskQueryVariables = Exact<{
  l: string;
}>;


export type AfterIngestRiskQuery = { ffl: { license: string, risk: { score: number, rank: number, computedAt: string } | null } | null };

export type AssociationRecordsOfPersonQueryVariables = Exact<{
  id: string;
}>;


export type AssociationRecordsOfPersonQuery = { person: { associates: { totalCount: number, edges: Array<{ node: { source: string | null, since: string | null, person: { id: string }, records: Array<{ fromPersonId: string, toPersonId: string, source: string | null, since: string | null }> } }> } } | null };

export type BulkLoadSearchQueryVariables = Exact<{
  text: string;
}>;


export type BulkLoadSearchQuery = { search: { totalCount: number, edges: Array<{ node: { kind: SearchKind, key: string } }> } };

export type ConflictResolutionBirthQueryVariables = Exact<{
  id: string;
}>;


export type ConflictResolutionBirthQuery = { person: { dateOfBirth: string | null } | null };

export type ConflictResolutionRecoveryQueryVariables = Exact<{
  id: string | number;
}>;


export type ConflictResolutionRecoveryQuery = { node:
    | { recoveredOn: string, address: string | null }
    | Record<PropertyKey, never>
   | null };

export type DecidedFieldsPersonQueryVariables = Exact<{
  id: string;
}>;


export type DecidedFieldsPersonQuery = { person: { dateOfBirth: string | null, address: string | null } | null };

export type DecidedFieldsRecoveryQueryVariables = Exact<{
  id: string | number;
}>;


export type DecidedFieldsRecoveryQuery = { node:
    | { address: string | null }
    | Record<PropertyKey, never>
   | null };

export type IngestRecordsMutationVariables = Exact<{
  records: Array<ImportRecordInput> | ImportRecordInput;
}>;


export type IngestRecordsMutation = { importRecords: { accepted: number, created: number, updated: number, unchanged: number, conflicted: number, sourceId: string } };

export type ImportConflictsQueryVariables = Exact<{
  o?: string | null | undefined;
  recordType?: ImportRecordType | null | undefined;
  status?: ConflictStatus | null | undefined;
}>;


export type ImportConflictsQuery = { conflicts: { edges: Array<{ node: { id: string, key: string, field: string, currentValue: string | null, incomingValue: string | null, currentOri: string | null, incomingOri: string | null, kept: ConflictSide, status: ConflictStatus, resolvedBy: string | null } }> } };

export type ImportResolveConflictMutationVariables = Exact<{
  id: string;
  keep: ConflictSide;
}>;


export type ImportResolveConflictMutation = { resolveConflict: { id: string, status: ConflictStatus, kept: ConflictSide, currentValue: string | null } };

export type ImportAuditTrailQueryVariables = Exact<{
  s?: string | null | undefined;
}>;


export type ImportAuditTrailQuery = { auditEvents: { edges: Array<{ node: { subject: string | null, agencyOri: string | null, roles: Array<string>, sourceAddress: string, operation: string, rootFields: Array<string>, documentHash: string, personIds: Array<string>, outcome: AuditOutcome, errorCodes: Array<string>, wrote: boolean, recordsRead: number | null, recordsAccepted: number | null, recordsRejected: number | null } }> } };

export type FeedMutationVariables = Exact<{
  r: Array<ImportRecordInput> | ImportRecordInput;
}>;


export type FeedMutation = { importRecords: { accepted: number } };

export type ImportMutationTrailQueryVariables = Exact<{
  s?: string | null | undefined;
}>;


export type ImportMutationTrailQuery = { auditEvents: { edges: Array<{ node: { operation: string, outcome: AuditOutcome, wrote: boolean, recordsRead: number | null, recordsAccepted: number | null, recordsRejected: number | null, personIds: Array<string> } }> } };

export type ImportMutationLastNameQueryVariables = Exact<{
  id: string;
}>;


export type ImportMutationLastNameQuery = { person: { lastName: string | null } | null };

export type PropertyAgencyQueryVariables = Exact<{
  k: string;
}>;


export type PropertyAgencyQuery = { agency: { ori: string, name: string, state: string, city: string | null, nibinPartner: boolean | null } | null };

export type PropertyFflQueryVariables = Exact<{
  k: string;
}>;


export type PropertyFflQuery = { ffl: { license: string, name: string, licenseType: LicenseType, premisesAddress: string | null, city: string | null, state: string, location: { latitude: number, longitude: number } | null } | null };

export type PropertyPersonQueryVariables = Exact<{
  k: string;
}>;


export type PropertyPersonQuery = { person: { id: string, firstName: string | null, lastName: string | null, dateOfBirth: string | null, address: string | null, city: string | null, state: string | null } | null };

export type PropertyFirearmQueryVariables = Exact<{
  k: string;
}>;


export type PropertyFirearmQuery = { firearm: { id: string, serial: string | null, serialObliterated: boolean | null, make: string | null, model: string | null, caliber: string | null, kind: FirearmKind | null, manufacturer: { name: string } | null, traceChain: { timeToCrimeDays: number | null, inconsistency: string | null } } | null };

export type PropertySceneQueryVariables = Exact<{
  k: string;
}>;


export type PropertySceneQuery = { scene: { id: string, occurredAt: string, kind: SceneKind, address: string | null, city: string | null, state: string | null, location: { latitude: number, longitude: number } | null, agency: { ori: string } | null } | null };

export type PropertyCasingQueryVariables = Exact<{
  k: string;
}>;


export type PropertyCasingQuery = { casing: { evidenceId: string, caliber: string | null, recoveredAt: string | null, submittedToNibinAt: string | null, testFire: boolean, scene: { id: string } | null, firearm: { id: string } | null } | null };

export type PropertySaleQueryVariables = Exact<{
  k: string;
}>;


export type PropertySaleQuery = { person: { purchases: { edges: Array<{ node: { id: string, soldOn: string, multipleSale: boolean | null } }> } } | null };

export type PropertyRecoveryQueryVariables = Exact<{
  k: string;
}>;


export type PropertyRecoveryQuery = { firearm: { recoveries: Array<{ id: string, recoveredOn: string, address: string | null, timeToCrimeDays: number | null, timeToCrimeIndicator: TimeToCrimeIndicator | null, location: { latitude: number } | null }>, traceChain: { timeToCrimeIndicator: TimeToCrimeIndicator | null, inconsistency: string | null } } | null };

export type PropertyTraceQueryVariables = Exact<{
  k: string;
}>;


export type PropertyTraceQuery = { firearm: { traceChain: { recoveries: Array<{ traces: Array<{ id: string, requestedAt: string, completedAt: string | null, outcome: TraceOutcome, dealerRequestedAt: string | null, dealerRespondedAt: string | null, timeToCrimeDays: number | null }> }> } } | null };

export type PropertyLeadQueryVariables = Exact<{
  k: string;
  c: string;
}>;


export type PropertyLeadQuery = { lead: { id: string, score: number, status: LeadStatus, correlatedAt: string, reviewedAt: string | null, casings: Array<{ evidenceId: string }> } | null, casing: { leads: Array<{ id: string, score: number }> } | null };

export type PropertyTheftQueryVariables = Exact<{
  k: string;
}>;


export type PropertyTheftQuery = { firearm: { theftReports: { edges: Array<{ node: { id: string, kind: TheftKind, occurredOn: string, reportedAt: string, reportingAgency: { ori: string } | null, reportingFfl: { license: string } | null } }> } } | null };

export type ProvenanceAgencyNameQueryVariables = Exact<{
  o: string;
}>;


export type ProvenanceAgencyNameQuery = { agency: { name: string } | null };

export type ProvenanceResolveMutationVariables = Exact<{
  id: string;
}>;


export type ProvenanceResolveMutation = { resolveConflict: { status: ConflictStatus, kept: ConflictSide, resolvedBy: string | null } };

export type ProvenanceSourcesQueryVariables = Exact<{
  k: string;
}>;


export type ProvenanceSourcesQuery = { recordSources: { totalCount: number, edges: Array<{ node: { id: string, agencyOri: string | null, kind: SourceKind, receivedAt: string } }> } };

export type ProvenanceResolvedSceneConflictsQueryVariables = Exact<{
  o?: string | null | undefined;
}>;


export type ProvenanceResolvedSceneConflictsQuery = { conflicts: { edges: Array<{ node: { key: string, field: string, currentValue: string | null, incomingValue: string | null, kept: ConflictSide, resolvedBy: string | null } }> } };

export type ProvenanceResentPersonQueryVariables = Exact<{
  id: string;
}>;


export type ProvenanceResentPersonQuery = { person: { address: string | null } | null };

export type ProvenanceResentSourcesQueryVariables = Exact<{
  k: string;
}>;


export type ProvenanceResentSourcesQuery = { recordSources: { edges: Array<{ node: { id: string, agencyOri: string | null, holdsValues: boolean } }> } };

export type TheftReportsQueryVariables = Exact<{
  id: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type TheftReportsQuery = { firearm: { theftReports: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, kind: TheftKind, occurredOn: string, reportedAt: string, firearm: { id: string } | null, reportingAgency: { ori: string } | null, reportingFfl: { license: string } | null } }> } } | null };

export type WildApiFirearmQueryVariables = Exact<{
  id: string;
}>;


export type WildApiFirearmQuery = { firearm: { id: string, serial: string | null, serialObliterated: boolean | null } | null };

export type WildApiSceneQueryVariables = Exact<{
  id: string;
}>;


export type WildApiSceneQuery = { scene: { id: string, occurredAt: string } | null };

export type WildCsvPersonQueryVariables = Exact<{
  id: string;
}>;


export type WildCsvPersonQuery = { person: { id: string, firstName: string | null, lastName: string | null, dateOfBirth: string | null, address: string | null, city: string | null, state: string | null } | null };

export type WildCsvAgencyQueryVariables = Exact<{
  ori: string;
}>;


export type WildCsvAgencyQuery = { agency: { ori: string, nibinPartner: boolean | null } | null };

export type WildNdjsonPersonQueryVariables = Exact<{
  id: string;
}>;


export type WildNdjsonPersonQuery = { person: { id: string, firstName: string | null, lastName: string | null } | null };

export type WildNdjsonFirearmQueryVariables = Exact<{
  id: string;
}>;


export type WildNdjsonFirearmQuery = { firearm: { id: string, serial: string | null } | null };

export type WildNdjsonFflQueryVariables = Exact<{
  license: string;
}>;


export type WildNdjsonFflQuery = { ffl: { license: string, location: { latitude: number, longitude: number } | null } | null };

export type InvestigationImportSceneMutationVariables = Exact<{
  records: Array<ImportRecordInput> | ImportRecordInput;
}>;


export type InvestigationImportSceneMutation = { importRecords: { accepted: number } };

export type UnseenSeriesCasingQueryVariables = Exact<{
  e: string;
  pending: boolean;
}>;


export type UnseenSeriesCasingQuery = { casing: { evidenceId: string, submittedToNibinAt: string | null, firearm: { firearmId: string } | null, leads: Array<{ leadId: string, status: LeadStatus, otherCasing: { evidenceId: string } | null }>, linkedCasings: Array<{ hops: number | null, throughFirearm: boolean, confirmed: boolean, casing: { evidenceId: string } }>, linkedScenes: Array<{ evidenceIds: Array<string>, otherJurisdiction: boolean, confirmed: boolean, scene: { sceneId: string }, agency: { ori: string } | null }> } | null };

export type UnseenSeriesGunQueryVariables = Exact<{
  id: string;
}>;


export type UnseenSeriesGunQuery = { firearm: { casings: Array<{ evidenceId: string }>, testFires: Array<{ evidenceId: string }>, shootings: Array<{ sceneId: string }>, traceChain: { firstShootingAt: string | null, timeToFirstShootingDays: number | null } } | null };

export type UnseenSeriesLookupsQueryVariables = Exact<{
  e: string;
  lead: string;
  gun: string;
}>;


export type UnseenSeriesLookupsQuery = { casing: { evidenceId: string } | null, lead: { leadId: string } | null, firearm: { firearmId: string } | null };

export type UnseenSeriesBriefQueryVariables = Exact<{
  ori: string;
  from: string;
  to: string;
}>;


export type UnseenSeriesBriefQuery = { dailyBrief: { casingsEntered: number, newLeadCount: number, newHitCount: number, newHits: Array<{ leadId: string }>, crossAgencyHits: Array<{ leadId: string }> } };

export type UnseenSeriesNotEnteredQueryVariables = Exact<{
  from: string;
  to: string;
  inNibin?: boolean | null | undefined;
}>;


export type UnseenSeriesNotEnteredQuery = { casings: { edges: Array<{ node: { evidenceId: string } }> } };

export type UnseenTraceChainQueryVariables = Exact<{
  id: string;
}>;


export type UnseenTraceChainQuery = { firearm: { traceChain: { timeToCrimeDays: number | null, timeToCrimeIndicator: TimeToCrimeIndicator | null, inconsistency: string | null, dealer: { license: string } | null, sale: { saleId: string, soldOn: string } | null, purchaser: { personId: string } | null, recoveries: Array<{ recoveryId: string, timeToCrimeDays: number | null, timeToCrimeIndicator: TimeToCrimeIndicator | null, possessorIsPurchaser: boolean | null, recoveredOutOfState: boolean | null, traces: Array<{ outcome: TraceOutcome, resolvedDealer: { license: string } | null, resolvedPurchaser: { personId: string } | null }> }> } } | null };

export type UnseenTraceSalesQueryVariables = Exact<{
  license: string;
  person: string;
}>;


export type UnseenTraceSalesQuery = { ffl: { sales: { totalCount: number, edges: Array<{ node: { saleId: string, soldOn: string } }> } } | null, person: { purchases: { edges: Array<{ node: { saleId: string } }> } } | null };

export type EditedCursorSalesQueryVariables = Exact<{
  l: string;
  after?: string | null | undefined;
}>;


export type EditedCursorSalesQuery = { ffl: { sales: { edges: Array<{ cursor: string, node: { id: string } }> } } | null };

export type EditedCursorAuditQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type EditedCursorAuditQuery = { auditEvents: { edges: Array<{ cursor: string, node: { at: string } }> } };

export type EditedCursorSearchQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type EditedCursorSearchQuery = { search: { edges: Array<{ cursor: string, node: { id: string } }> } };

export type Errors1QueryVariables = Exact<{ [key: string]: never; }>;


export type Errors1Query = { firearmBySerial: Array<{ id: string }> };

export type Errors2QueryVariables = Exact<{
  lic: string;
  ori: string;
  pid: string;
  fid: string;
  ev: string;
  sid: string;
}>;


export type Errors2Query = { ffl: { license: string } | null, agency: { ori: string } | null, person: { id: string } | null, firearm: { serial: string | null, id: string } | null, casing: { evidenceId: string } | null, scene: { id: string } | null };

export type Errors3QueryVariables = Exact<{
  s: string;
}>;


export type Errors3Query = { firearmBySerial: Array<{ id: string }> };

export type Errors4QueryVariables = Exact<{ [key: string]: never; }>;


export type Errors4Query = { scenes: { totalCount: number } };

export type Errors5QueryVariables = Exact<{ [key: string]: never; }>;


export type Errors5Query = { ffls: { pageInfo: { endCursor: string | null } } };

export type NibinLinkedQueryVariables = Exact<{
  evidenceId: string;
  includeUnreviewed?: boolean | null | undefined;
  maxHops?: number | null | undefined;
}>;


export type NibinLinkedQuery = { casing: { evidenceId: string, scene: { id: string, agency: { ori: string } | null } | null, linkedScenes: Array<{ evidenceIds: Array<string>, distanceKm: number | null, daysSincePrevious: number | null, otherJurisdiction: boolean, scene: { occurredAt: string, id: string }, agency: { ori: string } | null }>, linkedCasings: Array<{ hops: number | null, throughFirearm: boolean, casing: { evidenceId: string } }> } | null };

export type NibinFirearmShootingsQueryVariables = Exact<{
  id: string;
}>;


export type NibinFirearmShootingsQuery = { firearm: { shootings: Array<{ id: string }>, casings: Array<{ evidenceId: string }>, testFires: Array<{ evidenceId: string }> } | null };

export type NibinCasingLeadsQueryVariables = Exact<{
  e: string;
}>;


export type NibinCasingLeadsQuery = { casing: { all: Array<{ status: LeadStatus, id: string, otherCasing: { evidenceId: string } | null }>, rejected: Array<{ id: string }> } | null };

export type PaginationScenesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PaginationScenesQuery = { scenes: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { occurredAt: string, id: string } }> } };

export type Pagination1QueryVariables = Exact<{
  l: string;
  after?: string | null | undefined;
}>;


export type Pagination1Query = { ffl: { sales: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { soldOn: string, id: string } }> } } | null };

export type Pagination2QueryVariables = Exact<{
  s?: string | null | undefined;
  after?: string | null | undefined;
}>;


export type Pagination2Query = { ffls: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { license: string, state: string } }> } };

export type Pagination3QueryVariables = Exact<{
  id: string;
}>;


export type Pagination3Query = { scene: { location: { latitude: number, longitude: number } | null } | null };

export type Pagination4QueryVariables = Exact<{
  lat: number;
  lon: number;
}>;


export type Pagination4Query = { scenes: { totalCount: number, edges: Array<{ node: { id: string, location: { latitude: number, longitude: number } | null } }> } };

export type PaginationTestFiresQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type PaginationTestFiresQuery = { casings: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { evidenceId: string, testFire: boolean, recoveredAt: string | null } }> } };

export type PaginationRevolversQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type PaginationRevolversQuery = { firearms: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { kind: FirearmKind | null, id: string } }> } };

export type PeoplePurchasesQueryVariables = Exact<{
  id: string;
  after?: string | null | undefined;
}>;


export type PeoplePurchasesQuery = { person: { purchases: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { soldOn: string, id: string, dealer: { license: string } | null, firearm: { id: string } | null } }> } } | null };

export type PeopleRecoveriesFromQueryVariables = Exact<{
  id: string;
  after?: string | null | undefined;
}>;


export type PeopleRecoveriesFromQuery = { person: { recoveriesFrom: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { possessorIsPurchaser: boolean | null, recoveredOutOfState: boolean | null, id: string, firearm: { id: string } | null } }> } } | null };

export type PeopleAssociatesQueryVariables = Exact<{
  id: string;
  after?: string | null | undefined;
}>;


export type PeopleAssociatesQuery = { person: { associates: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { source: string | null, since: string | null, person: { id: string } } }> } } | null };

export type PeopleTracedFirearmsQueryVariables = Exact<{
  l: string;
  after?: string | null | undefined;
}>;


export type PeopleTracedFirearmsQuery = { ffl: { tracedFirearms: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string } }> } } | null };

export type People1QueryVariables = Exact<{
  id: string;
}>;


export type People1Query = { person: { firstName: string | null, lastName: string | null, dateOfBirth: string | null, address: string | null, city: string | null, state: string | null, id: string } | null };

export type StatementsLinkedSceneFragment = { evidenceIds: Array<string>, distanceKm: number | null, daysSincePrevious: number | null, otherJurisdiction: boolean, scene: { occurredAt: string, id: string }, agency: { ori: string } | null };

export type StatementsDeepQueryVariables = Exact<{
  ori: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
  hops?: number | null | undefined;
}>;


export type StatementsDeepQuery = { scenes: { edges: Array<{ cursor: string, node: { id: string, agency: { ori: string } | null, casings: Array<{ evidenceId: string, testFire: boolean, linkedScenes: Array<{ evidenceIds: Array<string>, distanceKm: number | null, daysSincePrevious: number | null, otherJurisdiction: boolean, scene: { occurredAt: string, id: string }, agency: { ori: string } | null }> }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type StatementsScenePartsFragment = { id: string, agency: { ori: string } | null, casings: Array<{ evidenceId: string, testFire: boolean, linkedScenes: Array<{ evidenceIds: Array<string>, distanceKm: number | null, daysSincePrevious: number | null, otherJurisdiction: boolean, scene: { occurredAt: string, id: string }, agency: { ori: string } | null }> }> };

export type StatementsDeepUnfoldedQueryVariables = Exact<{
  ori: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type StatementsDeepUnfoldedQuery = { scenes: { edges: Array<{ cursor: string, node: { id: string, agency: { ori: string } | null, casings: Array<{ evidenceId: string, testFire: boolean, b: Array<{ evidenceIds: Array<string> }>, linkedScenes: Array<{ evidenceIds: Array<string>, distanceKm: number | null, daysSincePrevious: number | null, otherJurisdiction: boolean, scene: { occurredAt: string, id: string }, agency: { ori: string } | null }> }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type StatementsScenePartsUnfoldedFragment = { id: string, agency: { ori: string } | null, casings: Array<{ evidenceId: string, testFire: boolean, b: Array<{ evidenceIds: Array<string> }>, linkedScenes: Array<{ evidenceIds: Array<string>, distanceKm: number | null, daysSincePrevious: number | null, otherJurisdiction: boolean, scene: { occurredAt: string, id: string }, agency: { ori: string } | null }> }> };

export type StatementsScenePageQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type StatementsScenePageQuery = { scenes: { edges: Array<{ node: { id: string, agency: { ori: string, name: string } | null, casings: Array<{ evidenceId: string, linkedScenes: Array<{ distanceKm: number | null, otherJurisdiction: boolean, scene: { id: string }, agency: { ori: string } | null }> }> } }> } };

export type StatementsTraceChainsQueryVariables = Exact<{ [key: string]: never; }>;


export type StatementsTraceChainsQuery = { firearms: { edges: Array<{ node: { traceChain: { dealer: { license: string } | null, purchaser: { id: string } | null, sale: { soldOn: string } | null, recoveries: Array<{ timeToCrimeDays: number | null, possessor: { id: string } | null, agency: { ori: string } | null, traces: Array<{ outcome: TraceOutcome, requestingAgency: { ori: string } | null }> }> } } }> } };

export type StatementsSceneTimesQueryVariables = Exact<{ [key: string]: never; }>;


export type StatementsSceneTimesQuery = { scenes: { totalCount: number, edges: Array<{ node: { occurredAt: string } }> } };

export type StatementsLinkedQueryVariables = Exact<{
  e: string;
}>;


export type StatementsLinkedQuery = { casing: { evidenceId: string, caliber: string | null, linkedScenes: Array<{ evidenceIds: Array<string>, scene: { id: string } }> } | null };

export type StatementsLinkedUnfoldedQueryVariables = Exact<{
  e: string;
}>;


export type StatementsLinkedUnfoldedQuery = { casing: { evidenceId: string, caliber: string | null, a: Array<{ evidenceIds: Array<string>, scene: { id: string } }>, b: Array<{ evidenceIds: Array<string> }> } | null };

export type StatementsFirearmChainQueryVariables = Exact<{
  id: string;
}>;


export type StatementsFirearmChainQuery = { firearm: { make: string | null, id: string, traceChain: { sale: { soldOn: string } | null, recoveries: Array<{ recoveredOn: string }> } } | null };

export type StatementsChainOnlyQueryVariables = Exact<{
  id: string;
}>;


export type StatementsChainOnlyQuery = { firearm: { traceChain: { timeToCrimeDays: number | null } } | null };

export type ChainQueryVariables = Exact<{
  id: string;
}>;


export type ChainQuery = { firearm: { id: string, traceChain: { timeToCrimeDays: number | null, timeToCrimeIndicator: TimeToCrimeIndicator | null, timeToFirstShootingDays: number | null, dealer: { license: string, state: string } | null, sale: { soldOn: string, purchaser: { id: string } | null, dealer: { license: string } | null } | null, purchaser: { firstName: string | null, lastName: string | null, dateOfBirth: string | null, state: string | null, id: string } | null, recoveries: Array<{ recoveredOn: string, state: string | null, timeToCrimeDays: number | null, timeToCrimeIndicator: TimeToCrimeIndicator | null, possessorIsPurchaser: boolean | null, recoveredOutOfState: boolean | null, possessor: { firstName: string | null, id: string } | null, agency: { ori: string } | null, traces: Array<{ outcome: TraceOutcome, requestedAt: string, id: string, resolvedDealer: { license: string } | null, resolvedPurchaser: { id: string } | null }> }> } } | null };

export type TraceChain1QueryVariables = Exact<{
  id: string;
}>;


export type TraceChain1Query = { firearm: { shootings: Array<{ occurredAt: string }>, traceChain: { firstShootingAt: string | null, timeToFirstShootingDays: number | null, sale: { soldOn: string } | null } } | null };

export type ImportNibinMutationVariables = Exact<{
  records: Array<ImportRecordInput> | ImportRecordInput;
}>;


export type ImportNibinMutation = { importRecords: { accepted: number } };

export type ShootingsQueryVariables = Exact<{
  id: string;
}>;


export type ShootingsQuery = { firearm: { shootings: Array<{ id: string }>, casings: Array<{ evidenceId: string }>, traceChain: { timeToFirstShootingDays: number | null, firstShootingAt: string | null } } | null };

export type ReimportConfirmLeadMutationVariables = Exact<{
  id: string;
}>;


export type ReimportConfirmLeadMutation = { confirmLead: { id: string, status: LeadStatus } };

export type ReimportReferLeadMutationVariables = Exact<{
  id: string;
  assignee: string;
}>;


export type ReimportReferLeadMutation = { referLead: { id: string, workflow: { stage: LeadStage } } };

export type ReimportLeadQueryVariables = Exact<{
  id: string;
}>;


export type ReimportLeadQuery = { lead: { id: string, status: LeadStatus, reviewedAt: string | null, score: number, workflow: { stage: LeadStage, reviewedBy: string | null, assignee: string | null }, history: { totalCount: number } } | null };

export type ReimportResolveConflictMutationVariables = Exact<{
  id: string;
  keep: ConflictSide;
}>;


export type ReimportResolveConflictMutation = { resolveConflict: { status: ConflictStatus, kept: ConflictSide } };

export type RestartImportMutationVariables = Exact<{
  r: Array<ImportRecordInput> | ImportRecordInput;
}>;


export type RestartImportMutation = { importRecords: { accepted: number } };

export type RestartAddWatchMutationVariables = Exact<{
  k: string;
}>;


export type RestartAddWatchMutation = { addWatch: { id: string } };

export type RestartConfirmMutationVariables = Exact<{
  id: string;
}>;


export type RestartConfirmMutation = { confirmLead: { id: string } };

export type RestartReferMutationVariables = Exact<{
  id: string;
}>;


export type RestartReferMutation = { referLead: { id: string } };

export type RestartDownQueryVariables = Exact<{ [key: string]: never; }>;


export type RestartDownQuery = { lead: { id: string } | null };

export type RestartLeadStatusQueryVariables = Exact<{
  id: string;
}>;


export type RestartLeadStatusQuery = { lead: { status: LeadStatus } | null };

export type RestartOutcomeMutationVariables = Exact<{
  id: string;
}>;


export type RestartOutcomeMutation = { recordLeadOutcome: { id: string } };

export type RaceConfirmLeadMutationVariables = Exact<{
  id: string;
}>;


export type RaceConfirmLeadMutation = { confirmLead: { id: string, status: LeadStatus } };

export type RaceRejectLeadMutationVariables = Exact<{
  id: string;
}>;


export type RaceRejectLeadMutation = { rejectLead: { id: string, status: LeadStatus } };

export type RaceLeadQueryVariables = Exact<{
  id: string;
}>;


export type RaceLeadQuery = { lead: { id: string, status: LeadStatus, history: { totalCount: number, edges: Array<{ node: { action: LeadAction, toStatus: LeadStatus } }> } } | null };

export type TriageQueryVariables = Exact<{
  ori?: string | null | undefined;
  after?: string | null | undefined;
}>;


export type TriageQuery = { leadTriage: { totalCount: number, edges: Array<{ node: { rank: number, score: number, factors: Array<{ factor: TriageFactor, value: number, weight: number, points: number, why: string }>, lead: { status: LeadStatus, id: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type BriefQueryVariables = Exact<{
  ori: string;
}>;


export type BriefQuery = { dailyBrief: { gunsRecovered: number, casingsEntered: number, casingsEnteredLate: number, newLeadCount: number, newHitCount: number, overdueReferralCount: number, newLeads: Array<{ id: string }>, crossAgencyHits: Array<{ id: string }> } };

export type Triage1QueryVariables = Exact<{ [key: string]: never; }>;


export type Triage1Query = { dailyBrief: { gunsRecovered: number } };

export type WorkflowLeadFieldsFragment = { id: string, status: LeadStatus, reviewedAt: string | null, workflow: { stage: LeadStage, reviewedBy: string | null, assignee: string | null, dueAt: string | null, referredAt: string | null, outcome: LeadOutcome | null, closedAt: string | null }, timeliness: { recoveryToEntryHours: number | null, entryToCorrelationHours: number | null, correlationToReviewHours: number | null, reviewToReferralHours: number | null, entryLate: boolean, referralOverdue: boolean, actionOverdue: boolean, overdue: boolean } | null };

export type ConfirmLeadMutationVariables = Exact<{
  id: string;
}>;


export type ConfirmLeadMutation = { confirmLead: { id: string, status: LeadStatus, reviewedAt: string | null, workflow: { stage: LeadStage, reviewedBy: string | null, assignee: string | null, dueAt: string | null, referredAt: string | null, outcome: LeadOutcome | null, closedAt: string | null }, timeliness: { recoveryToEntryHours: number | null, entryToCorrelationHours: number | null, correlationToReviewHours: number | null, reviewToReferralHours: number | null, entryLate: boolean, referralOverdue: boolean, actionOverdue: boolean, overdue: boolean } | null } };

export type RejectLeadMutationVariables = Exact<{
  id: string;
}>;


export type RejectLeadMutation = { rejectLead: { id: string, status: LeadStatus, reviewedAt: string | null, workflow: { stage: LeadStage, reviewedBy: string | null, assignee: string | null, dueAt: string | null, referredAt: string | null, outcome: LeadOutcome | null, closedAt: string | null }, timeliness: { recoveryToEntryHours: number | null, entryToCorrelationHours: number | null, correlationToReviewHours: number | null, reviewToReferralHours: number | null, entryLate: boolean, referralOverdue: boolean, actionOverdue: boolean, overdue: boolean } | null } };

export type ReopenLeadMutationVariables = Exact<{
  id: string;
  reason: string;
}>;


export type ReopenLeadMutation = { reopenLead: { id: string, status: LeadStatus, reviewedAt: string | null, workflow: { stage: LeadStage, reviewedBy: string | null, assignee: string | null, dueAt: string | null, referredAt: string | null, outcome: LeadOutcome | null, closedAt: string | null }, timeliness: { recoveryToEntryHours: number | null, entryToCorrelationHours: number | null, correlationToReviewHours: number | null, reviewToReferralHours: number | null, entryLate: boolean, referralOverdue: boolean, actionOverdue: boolean, overdue: boolean } | null } };

export type ReferLeadMutationVariables = Exact<{
  id: string;
  assignee: string;
}>;


export type ReferLeadMutation = { referLead: { id: string, status: LeadStatus, reviewedAt: string | null, workflow: { stage: LeadStage, reviewedBy: string | null, assignee: string | null, dueAt: string | null, referredAt: string | null, outcome: LeadOutcome | null, closedAt: string | null }, timeliness: { recoveryToEntryHours: number | null, entryToCorrelationHours: number | null, correlationToReviewHours: number | null, reviewToReferralHours: number | null, entryLate: boolean, referralOverdue: boolean, actionOverdue: boolean, overdue: boolean } | null } };

export type RecordLeadOutcomeMutationVariables = Exact<{
  id: string;
  outcome: LeadOutcome;
}>;


export type RecordLeadOutcomeMutation = { recordLeadOutcome: { id: string, status: LeadStatus, reviewedAt: string | null, workflow: { stage: LeadStage, reviewedBy: string | null, assignee: string | null, dueAt: string | null, referredAt: string | null, outcome: LeadOutcome | null, closedAt: string | null }, timeliness: { recoveryToEntryHours: number | null, entryToCorrelationHours: number | null, correlationToReviewHours: number | null, reviewToReferralHours: number | null, entryLate: boolean, referralOverdue: boolean, actionOverdue: boolean, overdue: boolean } | null } };

export type CloseLeadMutationVariables = Exact<{
  id: string;
}>;


export type CloseLeadMutation = { closeLead: { id: string, status: LeadStatus, reviewedAt: string | null, workflow: { stage: LeadStage, reviewedBy: string | null, assignee: string | null, dueAt: string | null, referredAt: string | null, outcome: LeadOutcome | null, closedAt: string | null }, timeliness: { recoveryToEntryHours: number | null, entryToCorrelationHours: number | null, correlationToReviewHours: number | null, reviewToReferralHours: number | null, entryLate: boolean, referralOverdue: boolean, actionOverdue: boolean, overdue: boolean } | null } };

export type HistoryQueryVariables = Exact<{
  id: string;
  after?: string | null | undefined;
}>;


export type HistoryQuery = { lead: { history: { totalCount: number, edges: Array<{ node: { n: number, action: LeadAction, actor: string, fromStatus: LeadStatus, toStatus: LeadStatus, note: string | null, assignee: string | null, outcome: LeadOutcome | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null };

export type LinkChartFieldsFragment = { truncated: boolean, nodes: Array<{ id: string, kind: ChartNodeKind, label: string, properties: Record<string, unknown>, riskScore: number | null, distance: number }>, edges: Array<{ id: string, source: string, target: string, kind: RelationshipKind, properties: Record<string, unknown>, at: string | null }>, omitted: { nodes: number, edges: number, cutAt: Array<string>, stoppedAtDepth: number | null, byKind: Array<{ kind: ChartNodeKind, count: number }> } };

export type LinkChartQueryVariables = Exact<{
  seeds: Array<string | number> | string | number;
  depth?: number | null | undefined;
  limit?: number | null | undefined;
  include?: Array<RelationshipKind> | RelationshipKind | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type LinkChartQuery = { linkChart: { truncated: boolean, nodes: Array<{ id: string, kind: ChartNodeKind, label: string, properties: Record<string, unknown>, riskScore: number | null, distance: number }>, edges: Array<{ id: string, source: string, target: string, kind: RelationshipKind, properties: Record<string, unknown>, at: string | null }>, omitted: { nodes: number, edges: number, cutAt: Array<string>, stoppedAtDepth: number | null, byKind: Array<{ kind: ChartNodeKind, count: number }> } } };

export type ExpandQueryVariables = Exact<{
  nodeId: string | number;
  include?: Array<RelationshipKind> | RelationshipKind | null | undefined;
  limit?: number | null | undefined;
  known?: Array<string | number> | string | number | null | undefined;
}>;


export type ExpandQuery = { expand: { truncated: boolean, nodes: Array<{ id: string, kind: ChartNodeKind, label: string, properties: Record<string, unknown>, riskScore: number | null, distance: number }>, edges: Array<{ id: string, source: string, target: string, kind: RelationshipKind, properties: Record<string, unknown>, at: string | null }>, omitted: { nodes: number, edges: number, cutAt: Array<string>, stoppedAtDepth: number | null, byKind: Array<{ kind: ChartNodeKind, count: number }> } } };

export type PathsQueryVariables = Exact<{
  from: string | number;
  to: string | number;
  maxHops?: number | null | undefined;
  include?: Array<RelationshipKind> | RelationshipKind | null | undefined;
  timeOrdered?: boolean | null | undefined;
}>;


export type PathsQuery = { shortestPaths: { hops: number | null, truncated: boolean, timeOrdered: boolean, paths: Array<{ nodeIds: Array<string>, edgeIds: Array<string>, hops: number, startsAt: string | null, endsAt: string | null }>, chart: { truncated: boolean, nodes: Array<{ id: string, kind: ChartNodeKind, label: string, properties: Record<string, unknown>, riskScore: number | null, distance: number }>, edges: Array<{ id: string, source: string, target: string, kind: RelationshipKind, properties: Record<string, unknown>, at: string | null }>, omitted: { nodes: number, edges: number, cutAt: Array<string>, stoppedAtDepth: number | null, byKind: Array<{ kind: ChartNodeKind, count: number }> } } } };

export type CentralQueryVariables = Exact<{
  seeds?: Array<string | number> | string | number | null | undefined;
  filter?: SeedFilter | null | undefined;
  depth?: number | null | undefined;
  include?: Array<RelationshipKind> | RelationshipKind | null | undefined;
  orderBy?: CentralityMeasure | null | undefined;
  first?: number | null | undefined;
}>;


export type CentralQuery = { mostConnected: { chartNodes: number, chartEdges: number, truncated: boolean, seeds: Array<string>, nodes: Array<{ rank: number, degree: number, pageRank: number | null, betweenness: number | null, node: { id: string, kind: ChartNodeKind, label: string } }> } };

export type PathsCentrality1QueryVariables = Exact<{
  id: string | number;
}>;


export type PathsCentrality1Query = { expand: { nodes: Array<{ id: string, kind: ChartNodeKind, properties: Record<string, unknown> }> } };

export type UnseenChartExpandQueryVariables = Exact<{
  nodeId: string | number;
  include?: Array<RelationshipKind> | RelationshipKind | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
  known?: Array<string | number> | string | number | null | undefined;
}>;


export type UnseenChartExpandQuery = { expand: { truncated: boolean, nodes: Array<{ id: string, kind: ChartNodeKind, label: string, properties: Record<string, unknown>, riskScore: number | null, distance: number }>, edges: Array<{ id: string, source: string, target: string, kind: RelationshipKind, properties: Record<string, unknown>, at: string | null }>, omitted: { nodes: number, edges: number, cutAt: Array<string>, stoppedAtDepth: number | null, byKind: Array<{ kind: ChartNodeKind, count: number }> } } };

export type UnseenChartWindowQueryVariables = Exact<{
  seeds: Array<string | number> | string | number;
  depth?: number | null | undefined;
  limit?: number | null | undefined;
  include?: Array<RelationshipKind> | RelationshipKind | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type UnseenChartWindowQuery = { linkChart: { truncated: boolean, nodes: Array<{ id: string, kind: ChartNodeKind, label: string, properties: Record<string, unknown>, riskScore: number | null, distance: number }>, edges: Array<{ id: string, source: string, target: string, kind: RelationshipKind, properties: Record<string, unknown>, at: string | null }>, omitted: { nodes: number, edges: number, cutAt: Array<string>, stoppedAtDepth: number | null, byKind: Array<{ kind: ChartNodeKind, count: number }> } } };

export type UnseenChartScenesQueryVariables = Exact<{
  ori: string;
  after?: string | null | undefined;
}>;


export type UnseenChartScenesQuery = { scenes: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { sceneId: string } }> } };

export type MetricsScopesNodeFragment = { key: string, state: string | null, fieldDivision: string | null, fieldDivisionCaveat: string | null, period: string, computedAt: string | null, nibin: { casingsRecovered: number, casingsEntered: number, casingEntryShare: number | null, gunsRecovered: number, gunsTestFired: number, testFireShare: number | null }, timeliness: { entered: number, medianHours: number | null, p90Hours: number | null, within24hShare: number | null, within48hShare: number | null, backlogTotal: number, histogram: Array<{ upToHours: number | null, casings: number }> }, tracing: { gunsRecovered: number, gunsTraced: number, tracedShare: number | null, medianRequestDelayDays: number | null, p90RequestDelayDays: number | null, medianCompletionDays: number | null }, lateEntry: { shootingsLinkableEarlier: number }, peers: Array<{ group: string, peers: number, measure: string, value: number | null, peerMedian: number | null, betterThanShare: number | null }> };

export type MetricsScopesLeagueQueryVariables = Exact<{
  scope?: MetricScope | null | undefined;
  period?: string | null | undefined;
  measure?: AgencyMeasure | null | undefined;
  state?: string | null | undefined;
  fieldDivision?: string | null | undefined;
  after?: string | null | undefined;
}>;


export type MetricsScopesLeagueQuery = { agencyLeague: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { key: string, state: string | null, fieldDivision: string | null, fieldDivisionCaveat: string | null, period: string, computedAt: string | null, nibin: { casingsRecovered: number, casingsEntered: number, casingEntryShare: number | null, gunsRecovered: number, gunsTestFired: number, testFireShare: number | null }, timeliness: { entered: number, medianHours: number | null, p90Hours: number | null, within24hShare: number | null, within48hShare: number | null, backlogTotal: number, histogram: Array<{ upToHours: number | null, casings: number }> }, tracing: { gunsRecovered: number, gunsTraced: number, tracedShare: number | null, medianRequestDelayDays: number | null, p90RequestDelayDays: number | null, medianCompletionDays: number | null }, lateEntry: { shootingsLinkableEarlier: number }, peers: Array<{ group: string, peers: number, measure: string, value: number | null, peerMedian: number | null, betterThanShare: number | null }> } }> } };

export type MetricsScopesMetricsQueryVariables = Exact<{
  scope?: MetricScope | null | undefined;
  key?: string | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type MetricsScopesMetricsQuery = { agencyMetrics: { key: string, state: string | null, fieldDivision: string | null, fieldDivisionCaveat: string | null, period: string, computedAt: string | null, nibin: { casingsRecovered: number, casingsEntered: number, casingEntryShare: number | null, gunsRecovered: number, gunsTestFired: number, testFireShare: number | null }, timeliness: { entered: number, medianHours: number | null, p90Hours: number | null, within24hShare: number | null, within48hShare: number | null, backlogTotal: number, histogram: Array<{ upToHours: number | null, casings: number }> }, tracing: { gunsRecovered: number, gunsTraced: number, tracedShare: number | null, medianRequestDelayDays: number | null, p90RequestDelayDays: number | null, medianCompletionDays: number | null }, lateEntry: { shootingsLinkableEarlier: number }, peers: Array<{ group: string, peers: number, measure: string, value: number | null, peerMedian: number | null, betterThanShare: number | null }> } };

export type MetricsTruthAgencyQueryVariables = Exact<{
  key?: string | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type MetricsTruthAgencyQuery = { agencyMetrics: { key: string, period: string, nibin: { casingsRecovered: number, casingsEntered: number }, timeliness: { medianHours: number | null, within24hShare: number | null, backlogTotal: number }, tracing: { gunsTraced: number, gunsRecovered: number }, lateEntry: { shootingsLinkableEarlier: number }, peers: Array<{ group: string, measure: string, value: number | null }> } };

export type MetricsTruthTrendQueryVariables = Exact<{
  key?: string | null | undefined;
}>;


export type MetricsTruthTrendQuery = { agencyMetricsTrend: Array<{ period: string, nibin: { casingsRecovered: number } }> };

export type MetricsTruthLeagueQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type MetricsTruthLeagueQuery = { agencyLeague: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { key: string, timeliness: { medianHours: number | null } } }> } };

export type MetricsTruthUnderObservedQueryVariables = Exact<{ [key: string]: never; }>;


export type MetricsTruthUnderObservedQuery = { underObservedDealers: { totalCount: number, edges: Array<{ node: { score: number, coverage: { underObserved: boolean, traceCoverage: number | null, traceCoverageLow: number | null, traceCoverageHigh: number | null, scoreLow: number, scoreHigh: number, scorePercentile: number, flags: Array<string> } } }> } };

export type MetricsTruthHighScoresQueryVariables = Exact<{ [key: string]: never; }>;


export type MetricsTruthHighScoresQuery = { underObservedDealers: { edges: Array<{ node: { coverage: { scorePercentile: number } } }> } };

export type UnseenFiguresFragment = { key: string, name: string | null, state: string | null, period: string, computedAt: string | null, nibin: { casingsRecovered: number, casingsEntered: number, casingEntryShare: number | null, gunsRecovered: number, gunsTestFired: number, testFireShare: number | null, agenciesRecovering: number, agenciesEntering: number, agenciesEnteringNothing: Array<string> }, timeliness: { entered: number, medianHours: number | null, p90Hours: number | null, within24hShare: number | null, within48hShare: number | null, backlogTotal: number, histogram: Array<{ upToHours: number | null, casings: number }>, backlog: Array<{ fromDays: number, casings: number }> }, leads: { leads: number, confirmed: number, medianEntryToCorrelationHours: number | null, medianCorrelationToReviewHours: number | null, p90CorrelationToReviewHours: number | null, reviewed: number, reviewedWithin48hShare: number | null }, tracing: { gunsRecovered: number, gunsTraced: number, tracedShare: number | null, medianRequestDelayDays: number | null, p90RequestDelayDays: number | null, completed: number, medianCompletionDays: number | null, completedWithin7DaysShare: number | null, dealerRequests: number, medianDealerResponseHours: number | null, dealerWithin24hShare: number | null, dealerUnanswered: number, outcomes: Array<{ outcome: string, traces: number }> }, lateEntry: { lateCasings: number, costlyCasings: number, shootingsLinkableEarlier: number, seriesAffected: number, sceneIds: Array<string> }, crossJurisdiction: { series: number, otherAgencies: Array<string> } };

export type UnseenFiguresMetricsQueryVariables = Exact<{
  scope?: MetricScope | null | undefined;
  key?: string | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type UnseenFiguresMetricsQuery = { agencyMetrics: { key: string, name: string | null, state: string | null, period: string, computedAt: string | null, nibin: { casingsRecovered: number, casingsEntered: number, casingEntryShare: number | null, gunsRecovered: number, gunsTestFired: number, testFireShare: number | null, agenciesRecovering: number, agenciesEntering: number, agenciesEnteringNothing: Array<string> }, timeliness: { entered: number, medianHours: number | null, p90Hours: number | null, within24hShare: number | null, within48hShare: number | null, backlogTotal: number, histogram: Array<{ upToHours: number | null, casings: number }>, backlog: Array<{ fromDays: number, casings: number }> }, leads: { leads: number, confirmed: number, medianEntryToCorrelationHours: number | null, medianCorrelationToReviewHours: number | null, p90CorrelationToReviewHours: number | null, reviewed: number, reviewedWithin48hShare: number | null }, tracing: { gunsRecovered: number, gunsTraced: number, tracedShare: number | null, medianRequestDelayDays: number | null, p90RequestDelayDays: number | null, completed: number, medianCompletionDays: number | null, completedWithin7DaysShare: number | null, dealerRequests: number, medianDealerResponseHours: number | null, dealerWithin24hShare: number | null, dealerUnanswered: number, outcomes: Array<{ outcome: string, traces: number }> }, lateEntry: { lateCasings: number, costlyCasings: number, shootingsLinkableEarlier: number, seriesAffected: number, sceneIds: Array<string> }, crossJurisdiction: { series: number, otherAgencies: Array<string> } } };

export type UnseenQuestionsReportQueryVariables = Exact<{
  ori: string;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type UnseenQuestionsReportQuery = { agencyReport: { findings: Array<string>, peerPeriod: string, metrics: { name: string | null, state: string | null, period: string, computedAt: string | null, nibin: { casingsRecovered: number }, timeliness: { within24hShare: number | null } }, state: { key: string, nibin: { casingsRecovered: number } }, untracedGuns: { totalCount: number } } };

export type UnseenQuestionsMetricsQueryVariables = Exact<{
  key?: string | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type UnseenQuestionsMetricsQuery = { agencyMetrics: { name: string | null, period: string, nibin: { casingsRecovered: number, casingsEntered: number }, timeliness: { medianHours: number | null, within24hShare: number | null, backlogTotal: number }, tracing: { gunsRecovered: number, tracedShare: number | null }, leads: { leads: number }, peers: Array<{ group: string, peers: number, measure: string, value: number | null, peerMedian: number | null, betterThanShare: number | null }> } };

export type UnseenQuestionsLeagueQueryVariables = Exact<{
  measure?: AgencyMeasure | null | undefined;
}>;


export type UnseenQuestionsLeagueQuery = { agencyLeague: { totalCount: number, edges: Array<{ node: { key: string } }> } };

export type UnseenQuestionsTrendQueryVariables = Exact<{
  key?: string | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type UnseenQuestionsTrendQuery = { agencyMetricsTrend: Array<{ period: string, timeliness: { within24hShare: number | null } }> };

export type UnseenQuestionsBriefQueryVariables = Exact<{
  ori: string;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type UnseenQuestionsBriefQuery = { dailyBrief: { gunsRecovered: number, casingsEntered: number, casingsEnteredLate: number } };

export type CaseReads1QueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type CaseReads1Query = { traffickingNetworks: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { typology: string, evidence: Array<string>, members: { edges: Array<{ node: { personId: string, role: NetworkRole, evidence: Array<string> } }> } } }> } };

export type CaseReads2QueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type CaseReads2Query = { flaggedPurchasers: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { personId: string, strawGuns: number, evidence: Array<string> } }> } };

export type NetworksWithoutGdsQueryVariables = Exact<{ [key: string]: never; }>;


export type NetworksWithoutGdsQuery = { traffickingNetworks: { totalCount: number } };

export type NetworkWithoutGdsQueryVariables = Exact<{ [key: string]: never; }>;


export type NetworkWithoutGdsQuery = { network: { id: string } | null };

export type Networks6QueryVariables = Exact<{
  id: string;
}>;


export type Networks6Query = { person: { id: string, strawPurchaseIndicators: { purchases: number } | null, network: { role: NetworkRole } | null } | null };

export type Networks7QueryVariables = Exact<{ [key: string]: never; }>;


export type Networks7Query = { highRiskDealers: { totalCount: number, edges: Array<{ node: { score: number } }> } };

export type Networks1QueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: TraffickingNetworkFilter | null | undefined;
}>;


export type Networks1Query = { traffickingNetworks: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, rank: number, size: number, method: string, typology: string, corridor: string, evidence: Array<string>, strawPurchasers: number, repeatStrawPurchasers: number, outOfStateShare: number, brokers: number, possessors: number, traffickedGuns: number, firearmCount: number, dealerCount: number, sourceStates: Array<string>, destinationStates: Array<string>, firstActivity: string, lastActivity: string, computedAt: string, members: { totalCount: number, edges: Array<{ node: { personId: string, role: NetworkRole, centrality: number, betweenness: number, person: { lastName: string | null, id: string } | null } }> }, dealers: { totalCount: number, edges: Array<{ node: { license: string, guns: number, ffl: { license: string } | null } }> }, firearms: { totalCount: number } } }> } };

export type Networks2QueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type Networks2Query = { network: { id: string, members: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { personId: string } }> } } | null };

export type Networks3QueryVariables = Exact<{ [key: string]: never; }>;


export type Networks3Query = { network: { id: string } | null };

export type Networks4QueryVariables = Exact<{
  id: string;
}>;


export type Networks4Query = { person: { id: string, network: { role: NetworkRole, centrality: number, network: { id: string, size: number } } | null, strawPurchaseIndicators: { purchases: number, multipleSales: number, dealersUsed: number, gunsRecovered: number, recoveredFromOthersShortTtc: number, recoveredOutOfState: number, signals: Array<string>, flagged: boolean } | null } | null };

export type Networks5QueryVariables = Exact<{ [key: string]: never; }>;


export type Networks5Query = { traffickingNetworks: { totalCount: number } };

export type LoneCases2QueryVariables = Exact<{
  l: string;
  one: string;
}>;


export type LoneCases2Query = { highRiskDealers: { totalCount: number }, oneTrace: { risk: { score: number, traces: number, topIndicators: Array<{ key: RiskIndicatorKey, detail: string }> } | null } | null, ffl: { risk: { rank: number, score: number, topIndicators: Array<{ key: RiskIndicatorKey }> } | null } | null };

export type LoneCases3QueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type LoneCases3Query = { highRiskDealers: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { license: string } }> } };

export type Typologies3QueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  typology?: string | null | undefined;
}>;


export type Typologies3Query = { flaggedPurchasers: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { personId: string, rank: number, score: number, strawGuns: number, veryShortGuns: number, purchaseEvents: number, networkId: string | null, typology: string | null, evidence: Array<string>, person: { id: string, lastName: string | null } | null } }> } };

export type Typologies1QueryVariables = Exact<{ [key: string]: never; }>;


export type Typologies1Query = { traffickingNetworks: { edges: Array<{ node: { evidence: Array<string>, members: { edges: Array<{ node: { personId: string, role: NetworkRole, evidence: Array<string> } }> } } }> } };

export type Typologies2QueryVariables = Exact<{
  l: string;
}>;


export type Typologies2Query = { dealerRiskSubgraph: { nodes: Array<{ id: string, kind: ChartNodeKind, properties: Record<string, unknown> }>, edges: Array<{ source: string, target: string, kind: RelationshipKind }> } };

export type Typologies4QueryVariables = Exact<{ [key: string]: never; }>;


export type Typologies4Query = { flaggedPurchasers: { totalCount: number } };

export type NodeChainQueryVariables = Exact<{
  id: string;
}>;


export type NodeChainQuery = { firearm: { __typename: 'Firearm', id: string, firearmId: string, traceChain: { manufacturer: { __typename: 'Manufacturer', id: string, name: string } | null, dealer: { __typename: 'Ffl', id: string, license: string } | null, sale: { __typename: 'Sale', id: string, saleId: string } | null, purchaser: { __typename: 'Person', id: string, personId: string } | null, recoveries: Array<{ __typename: 'Recovery', id: string, recoveryId: string, agency: { __typename: 'Agency', id: string, ori: string } | null, traces: Array<{ __typename: 'Trace', id: string, traceId: string }> }> }, shootings: Array<{ __typename: 'Scene', id: string, sceneId: string }>, casings: Array<{ __typename: 'Casing', id: string, evidenceId: string, leads: Array<{ __typename: 'Lead', id: string, leadId: string }> }> } | null };

export type RefetchQueryVariables = Exact<{
  id: string | number;
}>;


export type RefetchQuery = { node:
    | { __typename: 'Agency', ori: string, id: string }
    | { __typename: 'Casing', evidenceId: string, id: string }
    | { __typename: 'Ffl', license: string, id: string }
    | { __typename: 'Firearm', firearmId: string, id: string }
    | { __typename: 'Lead', leadId: string, id: string }
    | { __typename: 'Manufacturer', name: string, id: string }
    | { __typename: 'Person', personId: string, id: string }
    | { __typename: 'Recovery', recoveryId: string, id: string }
    | { __typename: 'Sale', saleId: string, id: string }
    | { __typename: 'Scene', sceneId: string, id: string }
    | { __typename: 'Trace', traceId: string, id: string }
   | null };

export type NodesInOrderQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type NodesInOrderQuery = { nodes: Array<
    | { __typename: 'Agency', id: string }
    | { __typename: 'Casing', id: string }
    | { __typename: 'Ffl', id: string }
    | { __typename: 'Firearm', id: string }
    | { __typename: 'Lead', id: string }
    | { __typename: 'Manufacturer', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'Recovery', id: string }
    | { __typename: 'Sale', id: string }
    | { __typename: 'Scene', id: string }
    | { __typename: 'Trace', id: string }
   | null> };

export type Node1QueryVariables = Exact<{ [key: string]: never; }>;


export type Node1Query = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type Node2QueryVariables = Exact<{
  id: string | number;
}>;


export type Node2Query = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type Node3QueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type Node3Query = { nodes: Array<
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null> };

export type Node4QueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type Node4Query = { nodes: Array<
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null> };

export type NodeAsIngestQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeAsIngestQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type MetricsViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type MetricsViewerQuery = { viewer: { subject: string } };

export type MetricsForbiddenQueryVariables = Exact<{ [key: string]: never; }>;


export type MetricsForbiddenQuery = { auditEvents: { totalCount: number } };

export type DealerRiskSubgraphTopQueryVariables = Exact<{ [key: string]: never; }>;


export type DealerRiskSubgraphTopQuery = { highRiskDealers: { edges: Array<{ node: { license: string, score: number, indicators: Array<{ key: RiskIndicatorKey, value: number | null }> } }> } };

export type DealerRisk7QueryVariables = Exact<{
  l: string;
  d?: number | null | undefined;
  n?: number | null | undefined;
}>;


export type DealerRisk7Query = { dealerRiskSubgraph: { truncated: boolean, omitted: { nodes: number, byKind: Array<{ kind: ChartNodeKind, count: number }> }, nodes: Array<{ id: string, kind: ChartNodeKind, label: string, properties: Record<string, unknown>, riskScore: number | null }>, edges: Array<{ id: string, source: string, target: string, kind: RelationshipKind, at: string | null }> } };

export type DealerRisk1QueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: HighRiskDealerFilter | null | undefined;
}>;


export type DealerRisk1Query = { highRiskDealers: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { license: string, state: string | null, licenseType: LicenseType | null, rank: number, score: number, traces: number, computedAt: string, indicators: Array<{ key: RiskIndicatorKey, value: number | null, percentile: number, standing: number, detail: string, weight: number, contribution: number, peerGroup: string, peerCount: number }>, topIndicators: Array<{ key: RiskIndicatorKey, value: number | null, percentile: number, weight: number, contribution: number, peerGroup: string, peerCount: number }> } }> } };

export type DealerRisk2QueryVariables = Exact<{
  license: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
  indicator?: RiskIndicatorKey | null | undefined;
}>;


export type DealerRisk2Query = { ffl: { risk: { traces: number, evidence: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { traceId: string, requestedAt: string, flags: Array<string>, timeToCrimeDays: number | null } }> } } | null } | null };

export type DealerRisk3QueryVariables = Exact<{
  l: string;
}>;


export type DealerRisk3Query = { ffl: { license: string, risk: { rank: number, score: number, computedAt: string } | null } | null };

export type DealerRisk4QueryVariables = Exact<{ [key: string]: never; }>;


export type DealerRisk4Query = { highRiskDealers: { totalCount: number } };

export type DealerRisk5QueryVariables = Exact<{ [key: string]: never; }>;


export type DealerRisk5Query = { highRiskDealers: { totalCount: number }, ffls: { edges: Array<{ node: { risk: { score: number } | null } }> } };

export type DealerRisk6QueryVariables = Exact<{ [key: string]: never; }>;


export type DealerRisk6Query = { highRiskDealers: { totalCount: number } };

export type InventoryLoss1MutationVariables = Exact<{
  records: Array<ImportRecordInput> | ImportRecordInput;
}>;


export type InventoryLoss1Mutation = { importRecords: { accepted: number } };

export type InventoryLoss2QueryVariables = Exact<{
  l: string;
}>;


export type InventoryLoss2Query = { ffl: { risk: { indicators: Array<{ key: RiskIndicatorKey, value: number | null, detail: string }>, evidence: { totalCount: number, edges: Array<{ node: { traceId: string, flags: Array<string> } }> } } | null } | null };

export type NoDealerTimesQueryVariables = Exact<{
  offBook: string;
  careful: string;
}>;


export type NoDealerTimesQuery = { highRiskDealers: { totalCount: number }, offBook: { risk: { rank: number, indicators: Array<{ key: RiskIndicatorKey, value: number | null, detail: string }>, evidence: { totalCount: number, edges: Array<{ node: { traceId: string, outcome: string | null } }> } } | null } | null, careful: { risk: { indicators: Array<{ key: RiskIndicatorKey, value: number | null }> } | null } | null };

export type UnseenCorruptSubgraphQueryVariables = Exact<{
  l: string;
  d?: number | null | undefined;
  n?: number | null | undefined;
}>;


export type UnseenCorruptSubgraphQuery = { dealerRiskSubgraph: { truncated: boolean, nodes: Array<{ id: string, kind: ChartNodeKind, label: string, properties: Record<string, unknown>, riskScore: number | null, distance: number }>, edges: Array<{ id: string, source: string, target: string, kind: RelationshipKind, properties: Record<string, unknown>, at: string | null }>, omitted: { nodes: number, edges: number, cutAt: Array<string>, stoppedAtDepth: number | null, byKind: Array<{ kind: ChartNodeKind, count: number }> } } };

export type UnseenDealerQueryVariables = Exact<{
  l: string;
  indicator?: RiskIndicatorKey | null | undefined;
}>;


export type UnseenDealerQuery = { highRiskDealers: { totalCount: number }, ffl: { risk: { rank: number, score: number, traces: number, indicators: Array<{ key: RiskIndicatorKey, value: number | null, detail: string, percentile: number, weight: number, contribution: number }>, topIndicators: Array<{ key: RiskIndicatorKey }>, coverage: { flags: Array<string>, traceCoverage: number | null, scoreLow: number, scoreHigh: number }, evidence: { totalCount: number, edges: Array<{ node: { traceId: string, outcome: string | null, flags: Array<string> } }> } } | null } | null };

export type ResolutionCandidatesQueryVariables = Exact<{
  status?: CandidateStatus | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  minScore?: number | null | undefined;
}>;


export type ResolutionCandidatesQuery = { duplicateCandidates: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, score: number, status: CandidateStatus, personA: { personId: string, firstName: string | null } | null, personB: { personId: string, firstName: string | null } | null, reasons: Array<{ factor: MatchFactor, similarity: number, weight: number, contribution: number, detail: string }> } }> } };

export type ResolutionConfirmMutationVariables = Exact<{
  id: string | number;
}>;


export type ResolutionConfirmMutation = { confirmSamePerson: { id: string, status: CandidateStatus, decidedBy: string | null } };

export type ResolutionRejectMutationVariables = Exact<{
  id: string | number;
}>;


export type ResolutionRejectMutation = { rejectSamePerson: { id: string, status: CandidateStatus, decidedBy: string | null } };

export type ResolutionReopenMutationVariables = Exact<{
  id: string | number;
}>;


export type ResolutionReopenMutation = { reopenDuplicateCandidate: { id: string, status: CandidateStatus, decidedBy: string | null } };

export type ResolutionClusterQueryVariables = Exact<{
  id: string;
}>;


export type ResolutionClusterQuery = { person: { personId: string, resolvedClusterId: string, sameAs: Array<{ personId: string }> } | null };

export type ResolutionAuditQueryVariables = Exact<{
  id: string | number;
}>;


export type ResolutionAuditQuery = { auditEvents: { edges: Array<{ node: { operation: string, outcome: AuditOutcome, personIds: Array<string>, wrote: boolean } }> } };

export type SearchQueryVariables = Exact<{
  text: string;
  kinds?: Array<SearchKind> | SearchKind | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SearchQuery = { search: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, kind: SearchKind, key: string, score: number, label: string, detail: string | null, node:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { firstName: string | null, lastName: string | null, id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
         | null } }> } };

export type SearchAuditQueryVariables = Exact<{
  id: string | number;
}>;


export type SearchAuditQuery = { auditEvents: { edges: Array<{ node: { operation: string, outcome: AuditOutcome, personIds: Array<string> } }> } };

export type SplitRingCandidatesQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type SplitRingCandidatesQuery = { duplicateCandidates: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, score: number, personA: { personId: string } | null, personB: { personId: string } | null } }> } };

export type SplitRingConfirmMutationVariables = Exact<{
  id: string | number;
}>;


export type SplitRingConfirmMutation = { confirmSamePerson: { id: string, status: CandidateStatus } };

export type SplitRingReopenMutationVariables = Exact<{
  id: string | number;
}>;


export type SplitRingReopenMutation = { reopenDuplicateCandidate: { id: string, status: CandidateStatus } };

export type SplitRingNetworkQueryVariables = Exact<{
  id: string | number;
}>;


export type SplitRingNetworkQuery = { network: { id: string, evidence: Array<string>, members: { edges: Array<{ node: { role: NetworkRole, evidence: Array<string>, personId: string } }> } } | null };

export type DeadlineRetryMutationVariables = Exact<{
  records: Array<ImportRecordInput> | ImportRecordInput;
}>;


export type DeadlineRetryMutation = { importRecords: { accepted: number } };

export type Deadline1QueryVariables = Exact<{ [key: string]: never; }>;


export type Deadline1Query = { serviceInfo: { version: string, neo4jVersion: string } };

export type Deadline2QueryVariables = Exact<{ [key: string]: never; }>;


export type Deadline2Query = { ffls: { edges: Array<{ node: { license: string } }> } };

export type Deadline3QueryVariables = Exact<{ [key: string]: never; }>;


export type Deadline3Query = { viewer: { subject: string } };

export type Limits1QueryVariables = Exact<{ [key: string]: never; }>;


export type Limits1Query = { serviceInfo: { version: string, neo4jVersion: string }, viewer: { subject: string } };

export type Roles1QueryVariables = Exact<{
  id: string | number;
}>;


export type Roles1Query = { auditEvents: { edges: Array<{ node: { outcome: AuditOutcome, roles: Array<string> } }> } };

export type Tokens1QueryVariables = Exact<{ [key: string]: never; }>;


export type Tokens1Query = { __schema: { queryType: { name: string | null } } };

export type SeedAudit1QueryVariables = Exact<{
  s?: string | null | undefined;
}>;


export type SeedAudit1Query = { auditEvents: { edges: Array<{ node: { subject: string | null, agencyOri: string | null, sourceAddress: string, operation: string, documentHash: string, personIds: Array<string>, outcome: AuditOutcome, errorCodes: Array<string>, wrote: boolean, recordsRead: number | null, recordsAccepted: number | null, recordsRejected: number | null } }> } };

export type ChartSearchGunQueryVariables = Exact<{
  id: string | number;
}>;


export type ChartSearchGunQuery = { node:
    | { serial: string | null }
    | Record<PropertyKey, never>
   | null };

export type ChartSearchPersonQueryVariables = Exact<{
  id: string | number;
}>;


export type ChartSearchPersonQuery = { node:
    | { firstName: string | null, lastName: string | null }
    | Record<PropertyKey, never>
   | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const StatementsLinkedSceneFragmentDoc = new TypedDocumentString(`
    fragment StatementsLinkedScene on LinkedScene {
  scene {
    id: sceneId
    occurredAt
  }
  agency {
    ori
  }
  evidenceIds
  distanceKm
  daysSincePrevious
  otherJurisdiction
}
    `, {"fragmentName":"StatementsLinkedScene"}) as unknown as TypedDocumentString<StatementsLinkedSceneFragment, unknown>;
export const StatementsScenePartsFragmentDoc = new TypedDocumentString(`
    fragment StatementsSceneParts on Scene {
  id: sceneId
  agency {
    ori
  }
  casings {
    evidenceId
    testFire
    linkedScenes(maxHops: $hops) {
      ...StatementsLinkedScene
    }
  }
}
    fragment StatementsLinkedScene on LinkedScene {
  scene {
    id: sceneId
    occurredAt
  }
  agency {
    ori
  }
  evidenceIds
  distanceKm
  daysSincePrevious
  otherJurisdiction
}`, {"fragmentName":"StatementsSceneParts"}) as unknown as TypedDocumentString<StatementsScenePartsFragment, unknown>;
export const StatementsScenePartsUnfoldedFragmentDoc = new TypedDocumentString(`
    fragment StatementsScenePartsUnfolded on Scene {
  id: sceneId
  agency {
    ori
  }
  casings {
    evidenceId
    testFire
    b: linkedScenes(maxHops: 1) {
      evidenceIds
    }
    linkedScenes {
      ...StatementsLinkedScene
    }
  }
}
    fragment StatementsLinkedScene on LinkedScene {
  scene {
    id: sceneId
    occurredAt
  }
  agency {
    ori
  }
  evidenceIds
  distanceKm
  daysSincePrevious
  otherJurisdiction
}`, {"fragmentName":"StatementsScenePartsUnfolded"}) as unknown as TypedDocumentString<StatementsScenePartsUnfoldedFragment, unknown>;
export const WorkflowLeadFieldsFragmentDoc = new TypedDocumentString(`
    fragment WorkflowLeadFields on Lead {
  id
  status
  reviewedAt
  workflow {
    stage
    reviewedBy
    assignee
    dueAt
    referredAt
    outcome
    closedAt
  }
  timeliness {
    recoveryToEntryHours
    entryToCorrelationHours
    correlationToReviewHours
    reviewToReferralHours
    entryLate
    referralOverdue
    actionOverdue
    overdue
  }
}
    `, {"fragmentName":"WorkflowLeadFields"}) as unknown as TypedDocumentString<WorkflowLeadFieldsFragment, unknown>;
export const LinkChartFieldsFragmentDoc = new TypedDocumentString(`
    fragment LinkChartFields on LinkChart {
  nodes {
    id
    kind
    label
    properties
    riskScore
    distance
  }
  edges {
    id
    source
    target
    kind
    properties
    at
  }
  truncated
  omitted {
    nodes
    edges
    byKind {
      kind
      count
    }
    cutAt
    stoppedAtDepth
  }
}
    `, {"fragmentName":"LinkChartFields"}) as unknown as TypedDocumentString<LinkChartFieldsFragment, unknown>;
export const MetricsScopesNodeFragmentDoc = new TypedDocumentString(`
    fragment MetricsScopesNode on AgencyMetrics {
  key
  state
  fieldDivision
  fieldDivisionCaveat
  period
  computedAt
  nibin {
    casingsRecovered
    casingsEntered
    casingEntryShare
    gunsRecovered
    gunsTestFired
    testFireShare
  }
  timeliness {
    entered
    medianHours
    p90Hours
    within24hShare
    within48hShare
    backlogTotal
    histogram {
      upToHours
      casings
    }
  }
  tracing {
    gunsRecovered
    gunsTraced
    tracedShare
    medianRequestDelayDays
    p90RequestDelayDays
    medianCompletionDays
  }
  lateEntry {
    shootingsLinkableEarlier
  }
  peers {
    group
    peers
    measure
    value
    peerMedian
    betterThanShare
  }
}
    `, {"fragmentName":"MetricsScopesNode"}) as unknown as TypedDocumentString<MetricsScopesNodeFragment, unknown>;
export const UnseenFiguresFragmentDoc = new TypedDocumentString(`
    fragment UnseenFigures on AgencyMetrics {
  key
  name
  state
  period
  computedAt
  nibin {
    casingsRecovered
    casingsEntered
    casingEntryShare
    gunsRecovered
    gunsTestFired
    testFireShare
    agenciesRecovering
    agenciesEntering
    agenciesEnteringNothing
  }
  timeliness {
    entered
    medianHours
    p90Hours
    within24hShare
    within48hShare
    histogram {
      upToHours
      casings
    }
    backlog {
      fromDays
      casings
    }
    backlogTotal
  }
  leads {
    leads
    confirmed
    medianEntryToCorrelationHours
    medianCorrelationToReviewHours
    p90CorrelationToReviewHours
    reviewed
    reviewedWithin48hShare
  }
  tracing {
    gunsRecovered
    gunsTraced
    tracedShare
    medianRequestDelayDays
    p90RequestDelayDays
    completed
    medianCompletionDays
    completedWithin7DaysShare
    outcomes {
      outcome
      traces
    }
    dealerRequests
    medianDealerResponseHours
    dealerWithin24hShare
    dealerUnanswered
  }
  lateEntry {
    lateCasings
    costlyCasings
    shootingsLinkableEarlier
    seriesAffected
    sceneIds
  }
  crossJurisdiction {
    series
    otherAgencies
  }
}
    `, {"fragmentName":"UnseenFigures"}) as unknown as TypedDocumentString<UnseenFiguresFragment, unknown>;
export const UnderObservedByDivisionDocument = new TypedDocumentString(`
    query UnderObservedByDivision($fieldDivision: String, $after: String) {
  underObservedDealers(
    minPercentile: 0
    fieldDivision: $fieldDivision
    first: 7
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        license
        state
        fieldDivision
        fieldDivisionCaveat
        rank
      }
    }
  }
}
    `) as unknown as TypedDocumentString<UnderObservedByDivisionQuery, UnderObservedByDivisionQueryVariables>;
export const DealerDivisionCaveatsDocument = new TypedDocumentString(`
    query DealerDivisionCaveats($state: String!) {
  highRiskDealers(filter: {state: $state}, first: 5) {
    edges {
      node {
        license
        fieldDivision
        fieldDivisionCaveat
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DealerDivisionCaveatsQuery, DealerDivisionCaveatsQueryVariables>;
export const Recovery1Document = new TypedDocumentString(`
    query Recovery1 {
  serviceInfo {
    neo4jVersion
  }
}
    `) as unknown as TypedDocumentString<Recovery1Query, Recovery1QueryVariables>;
export const Server1Document = new TypedDocumentString(`
    query Server1 {
  serviceInfo {
    neo4jVersion
    neo4jEdition
    gdsVersion
    apocVersion
  }
}
    `) as unknown as TypedDocumentString<Server1Query, Server1QueryVariables>;
export const Server2Document = new TypedDocumentString(`
    query Server2 {
  serviceInfo {
    neo4jVersion
  }
}
    `) as unknown as TypedDocumentString<Server2Query, Server2QueryVariables>;
export const AfterIngestRiskDocument = new TypedDocumentString(`
    query AfterIngestRisk($l: NonEmptyString!) {
  ffl(license: $l) {
    license
    risk {
      score
      rank
      computedAt
    }
  }
}
    `) as unknown as TypedDocumentString<AfterIngestRiskQuery, AfterIngestRiskQueryVariables>;
export const AssociationRecordsOfPersonDocument = new TypedDocumentString(`
    query AssociationRecordsOfPerson($id: NonEmptyString!) {
  person(id: $id) {
    associates(first: 10) {
      totalCount
      edges {
        node {
          source
          since
          person {
            id: personId
          }
          records {
            fromPersonId
            toPersonId
            source
            since
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AssociationRecordsOfPersonQuery, AssociationRecordsOfPersonQueryVariables>;
export const BulkLoadSearchDocument = new TypedDocumentString(`
    query BulkLoadSearch($text: String!) {
  search(text: $text, first: 5) {
    totalCount
    edges {
      node {
        kind
        key
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BulkLoadSearchQuery, BulkLoadSearchQueryVariables>;
export const ConflictResolutionBirthDocument = new TypedDocumentString(`
    query ConflictResolutionBirth($id: NonEmptyString!) {
  person(id: $id) {
    dateOfBirth
  }
}
    `) as unknown as TypedDocumentString<ConflictResolutionBirthQuery, ConflictResolutionBirthQueryVariables>;
export const ConflictResolutionRecoveryDocument = new TypedDocumentString(`
    query ConflictResolutionRecovery($id: ID!) {
  node(id: $id) {
    ... on Recovery {
      recoveredOn
      address
    }
  }
}
    `) as unknown as TypedDocumentString<ConflictResolutionRecoveryQuery, ConflictResolutionRecoveryQueryVariables>;
export const DecidedFieldsPersonDocument = new TypedDocumentString(`
    query DecidedFieldsPerson($id: NonEmptyString!) {
  person(id: $id) {
    dateOfBirth
    address
  }
}
    `) as unknown as TypedDocumentString<DecidedFieldsPersonQuery, DecidedFieldsPersonQueryVariables>;
export const DecidedFieldsRecoveryDocument = new TypedDocumentString(`
    query DecidedFieldsRecovery($id: ID!) {
  node(id: $id) {
    ... on Recovery {
      address
    }
  }
}
    `) as unknown as TypedDocumentString<DecidedFieldsRecoveryQuery, DecidedFieldsRecoveryQueryVariables>;
export const IngestRecordsDocument = new TypedDocumentString(`
    mutation IngestRecords($records: [ImportRecordInput!]!) {
  importRecords(records: $records) {
    accepted
    created
    updated
    unchanged
    conflicted
    sourceId
  }
}
    `) as unknown as TypedDocumentString<IngestRecordsMutation, IngestRecordsMutationVariables>;
export const ImportConflictsDocument = new TypedDocumentString(`
    query ImportConflicts($o: String, $recordType: ImportRecordType, $status: ConflictStatus) {
  conflicts(
    first: 100
    filter: {agencyOri: $o, recordType: $recordType, status: $status}
  ) {
    edges {
      node {
        id
        key
        field
        currentValue
        incomingValue
        currentOri
        incomingOri
        kept
        status
        resolvedBy
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ImportConflictsQuery, ImportConflictsQueryVariables>;
export const ImportResolveConflictDocument = new TypedDocumentString(`
    mutation ImportResolveConflict($id: NonEmptyString!, $keep: ConflictSide!) {
  resolveConflict(id: $id, keep: $keep) {
    id
    status
    kept
    currentValue
  }
}
    `) as unknown as TypedDocumentString<ImportResolveConflictMutation, ImportResolveConflictMutationVariables>;
export const ImportAuditTrailDocument = new TypedDocumentString(`
    query ImportAuditTrail($s: String) {
  auditEvents(filter: {subject: $s}) {
    edges {
      node {
        subject
        agencyOri
        roles
        sourceAddress
        operation
        rootFields
        documentHash
        personIds
        outcome
        errorCodes
        wrote
        recordsRead
        recordsAccepted
        recordsRejected
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ImportAuditTrailQuery, ImportAuditTrailQueryVariables>;
export const FeedDocument = new TypedDocumentString(`
    mutation Feed($r: [ImportRecordInput!]!) {
  importRecords(records: $r) {
    accepted
  }
}
    `) as unknown as TypedDocumentString<FeedMutation, FeedMutationVariables>;
export const ImportMutationTrailDocument = new TypedDocumentString(`
    query ImportMutationTrail($s: String) {
  auditEvents(filter: {subject: $s}) {
    edges {
      node {
        operation
        outcome
        wrote
        recordsRead
        recordsAccepted
        recordsRejected
        personIds
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ImportMutationTrailQuery, ImportMutationTrailQueryVariables>;
export const ImportMutationLastNameDocument = new TypedDocumentString(`
    query ImportMutationLastName($id: NonEmptyString!) {
  person(id: $id) {
    lastName
  }
}
    `) as unknown as TypedDocumentString<ImportMutationLastNameQuery, ImportMutationLastNameQueryVariables>;
export const PropertyAgencyDocument = new TypedDocumentString(`
    query PropertyAgency($k: NonEmptyString!) {
  agency(ori: $k) {
    ori
    name
    state
    city
    nibinPartner
  }
}
    `) as unknown as TypedDocumentString<PropertyAgencyQuery, PropertyAgencyQueryVariables>;
export const PropertyFflDocument = new TypedDocumentString(`
    query PropertyFfl($k: NonEmptyString!) {
  ffl(license: $k) {
    license
    name
    licenseType
    premisesAddress
    city
    state
    location {
      latitude
      longitude
    }
  }
}
    `) as unknown as TypedDocumentString<PropertyFflQuery, PropertyFflQueryVariables>;
export const PropertyPersonDocument = new TypedDocumentString(`
    query PropertyPerson($k: NonEmptyString!) {
  person(id: $k) {
    id
    firstName
    lastName
    dateOfBirth
    address
    city
    state
  }
}
    `) as unknown as TypedDocumentString<PropertyPersonQuery, PropertyPersonQueryVariables>;
export const PropertyFirearmDocument = new TypedDocumentString(`
    query PropertyFirearm($k: NonEmptyString!) {
  firearm(id: $k) {
    id
    serial
    serialObliterated
    make
    model
    caliber
    kind
    manufacturer {
      name
    }
    traceChain {
      timeToCrimeDays
      inconsistency
    }
  }
}
    `) as unknown as TypedDocumentString<PropertyFirearmQuery, PropertyFirearmQueryVariables>;
export const PropertySceneDocument = new TypedDocumentString(`
    query PropertyScene($k: NonEmptyString!) {
  scene(id: $k) {
    id
    occurredAt
    kind
    address
    city
    state
    location {
      latitude
      longitude
    }
    agency {
      ori
    }
  }
}
    `) as unknown as TypedDocumentString<PropertySceneQuery, PropertySceneQueryVariables>;
export const PropertyCasingDocument = new TypedDocumentString(`
    query PropertyCasing($k: NonEmptyString!) {
  casing(evidenceId: $k) {
    evidenceId
    caliber
    recoveredAt
    submittedToNibinAt
    testFire
    scene {
      id
    }
    firearm {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<PropertyCasingQuery, PropertyCasingQueryVariables>;
export const PropertySaleDocument = new TypedDocumentString(`
    query PropertySale($k: NonEmptyString!) {
  person(id: $k) {
    purchases(first: 100) {
      edges {
        node {
          id
          soldOn
          multipleSale
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PropertySaleQuery, PropertySaleQueryVariables>;
export const PropertyRecoveryDocument = new TypedDocumentString(`
    query PropertyRecovery($k: NonEmptyString!) {
  firearm(id: $k) {
    recoveries {
      id
      recoveredOn
      address
      location {
        latitude
      }
      timeToCrimeDays
      timeToCrimeIndicator
    }
    traceChain {
      timeToCrimeIndicator
      inconsistency
    }
  }
}
    `) as unknown as TypedDocumentString<PropertyRecoveryQuery, PropertyRecoveryQueryVariables>;
export const PropertyTraceDocument = new TypedDocumentString(`
    query PropertyTrace($k: NonEmptyString!) {
  firearm(id: $k) {
    traceChain {
      recoveries {
        traces {
          id
          requestedAt
          completedAt
          outcome
          dealerRequestedAt
          dealerRespondedAt
          timeToCrimeDays
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PropertyTraceQuery, PropertyTraceQueryVariables>;
export const PropertyLeadDocument = new TypedDocumentString(`
    query PropertyLead($k: NonEmptyString!, $c: NonEmptyString!) {
  lead(id: $k) {
    id
    score
    status
    correlatedAt
    reviewedAt
    casings {
      evidenceId
    }
  }
  casing(evidenceId: $c) {
    leads {
      id
      score
    }
  }
}
    `) as unknown as TypedDocumentString<PropertyLeadQuery, PropertyLeadQueryVariables>;
export const PropertyTheftDocument = new TypedDocumentString(`
    query PropertyTheft($k: NonEmptyString!) {
  firearm(id: $k) {
    theftReports(first: 100) {
      edges {
        node {
          id
          kind
          occurredOn
          reportedAt
          reportingAgency {
            ori
          }
          reportingFfl {
            license
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PropertyTheftQuery, PropertyTheftQueryVariables>;
export const ProvenanceAgencyNameDocument = new TypedDocumentString(`
    query ProvenanceAgencyName($o: NonEmptyString!) {
  agency(ori: $o) {
    name
  }
}
    `) as unknown as TypedDocumentString<ProvenanceAgencyNameQuery, ProvenanceAgencyNameQueryVariables>;
export const ProvenanceResolveDocument = new TypedDocumentString(`
    mutation ProvenanceResolve($id: NonEmptyString!) {
  resolveConflict(id: $id, keep: INCOMING) {
    status
    kept
    resolvedBy
  }
}
    `) as unknown as TypedDocumentString<ProvenanceResolveMutation, ProvenanceResolveMutationVariables>;
export const ProvenanceSourcesDocument = new TypedDocumentString(`
    query ProvenanceSources($k: NonEmptyString!) {
  recordSources(type: AGENCY, key: $k) {
    totalCount
    edges {
      node {
        id
        agencyOri
        kind
        receivedAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProvenanceSourcesQuery, ProvenanceSourcesQueryVariables>;
export const ProvenanceResolvedSceneConflictsDocument = new TypedDocumentString(`
    query ProvenanceResolvedSceneConflicts($o: String) {
  conflicts(filter: {agencyOri: $o, recordType: SCENE, status: RESOLVED}) {
    edges {
      node {
        key
        field
        currentValue
        incomingValue
        kept
        resolvedBy
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProvenanceResolvedSceneConflictsQuery, ProvenanceResolvedSceneConflictsQueryVariables>;
export const ProvenanceResentPersonDocument = new TypedDocumentString(`
    query ProvenanceResentPerson($id: NonEmptyString!) {
  person(id: $id) {
    address
  }
}
    `) as unknown as TypedDocumentString<ProvenanceResentPersonQuery, ProvenanceResentPersonQueryVariables>;
export const ProvenanceResentSourcesDocument = new TypedDocumentString(`
    query ProvenanceResentSources($k: NonEmptyString!) {
  recordSources(type: PERSON, key: $k) {
    edges {
      node {
        id
        agencyOri
        holdsValues
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProvenanceResentSourcesQuery, ProvenanceResentSourcesQueryVariables>;
export const TheftReportsDocument = new TypedDocumentString(`
    query TheftReports($id: NonEmptyString!, $first: Int, $after: String) {
  firearm(id: $id) {
    theftReports(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          kind
          occurredOn
          reportedAt
          firearm {
            id: firearmId
          }
          reportingAgency {
            ori
          }
          reportingFfl {
            license
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TheftReportsQuery, TheftReportsQueryVariables>;
export const WildApiFirearmDocument = new TypedDocumentString(`
    query WildApiFirearm($id: NonEmptyString!) {
  firearm(id: $id) {
    id
    serial
    serialObliterated
  }
}
    `) as unknown as TypedDocumentString<WildApiFirearmQuery, WildApiFirearmQueryVariables>;
export const WildApiSceneDocument = new TypedDocumentString(`
    query WildApiScene($id: NonEmptyString!) {
  scene(id: $id) {
    id
    occurredAt
  }
}
    `) as unknown as TypedDocumentString<WildApiSceneQuery, WildApiSceneQueryVariables>;
export const WildCsvPersonDocument = new TypedDocumentString(`
    query WildCsvPerson($id: NonEmptyString!) {
  person(id: $id) {
    id
    firstName
    lastName
    dateOfBirth
    address
    city
    state
  }
}
    `) as unknown as TypedDocumentString<WildCsvPersonQuery, WildCsvPersonQueryVariables>;
export const WildCsvAgencyDocument = new TypedDocumentString(`
    query WildCsvAgency($ori: NonEmptyString!) {
  agency(ori: $ori) {
    ori
    nibinPartner
  }
}
    `) as unknown as TypedDocumentString<WildCsvAgencyQuery, WildCsvAgencyQueryVariables>;
export const WildNdjsonPersonDocument = new TypedDocumentString(`
    query WildNdjsonPerson($id: NonEmptyString!) {
  person(id: $id) {
    id
    firstName
    lastName
  }
}
    `) as unknown as TypedDocumentString<WildNdjsonPersonQuery, WildNdjsonPersonQueryVariables>;
export const WildNdjsonFirearmDocument = new TypedDocumentString(`
    query WildNdjsonFirearm($id: NonEmptyString!) {
  firearm(id: $id) {
    id
    serial
  }
}
    `) as unknown as TypedDocumentString<WildNdjsonFirearmQuery, WildNdjsonFirearmQueryVariables>;
export const WildNdjsonFflDocument = new TypedDocumentString(`
    query WildNdjsonFfl($license: NonEmptyString!) {
  ffl(license: $license) {
    license
    location {
      latitude
      longitude
    }
  }
}
    `) as unknown as TypedDocumentString<WildNdjsonFflQuery, WildNdjsonFflQueryVariables>;
export const InvestigationImportSceneDocument = new TypedDocumentString(`
    mutation InvestigationImportScene($records: [ImportRecordInput!]!) {
  importRecords(records: $records) {
    accepted
  }
}
    `) as unknown as TypedDocumentString<InvestigationImportSceneMutation, InvestigationImportSceneMutationVariables>;
export const UnseenSeriesCasingDocument = new TypedDocumentString(`
    query UnseenSeriesCasing($e: NonEmptyString!, $pending: Boolean!) {
  casing(evidenceId: $e) {
    evidenceId
    submittedToNibinAt
    firearm {
      firearmId
    }
    leads {
      leadId
      status
      otherCasing {
        evidenceId
      }
    }
    linkedCasings(includeUnreviewed: $pending) {
      hops
      throughFirearm
      confirmed
      casing {
        evidenceId
      }
    }
    linkedScenes(includeUnreviewed: $pending) {
      scene {
        sceneId
      }
      agency {
        ori
      }
      evidenceIds
      otherJurisdiction
      confirmed
    }
  }
}
    `) as unknown as TypedDocumentString<UnseenSeriesCasingQuery, UnseenSeriesCasingQueryVariables>;
export const UnseenSeriesGunDocument = new TypedDocumentString(`
    query UnseenSeriesGun($id: NonEmptyString!) {
  firearm(id: $id) {
    casings {
      evidenceId
    }
    testFires {
      evidenceId
    }
    shootings {
      sceneId
    }
    traceChain {
      firstShootingAt
      timeToFirstShootingDays
    }
  }
}
    `) as unknown as TypedDocumentString<UnseenSeriesGunQuery, UnseenSeriesGunQueryVariables>;
export const UnseenSeriesLookupsDocument = new TypedDocumentString(`
    query UnseenSeriesLookups($e: NonEmptyString!, $lead: NonEmptyString!, $gun: NonEmptyString!) {
  casing(evidenceId: $e) {
    evidenceId
  }
  lead(id: $lead) {
    leadId
  }
  firearm(id: $gun) {
    firearmId
  }
}
    `) as unknown as TypedDocumentString<UnseenSeriesLookupsQuery, UnseenSeriesLookupsQueryVariables>;
export const UnseenSeriesBriefDocument = new TypedDocumentString(`
    query UnseenSeriesBrief($ori: NonEmptyString!, $from: DateTime!, $to: DateTime!) {
  dailyBrief(agencyOri: $ori, from: $from, to: $to) {
    casingsEntered
    newLeadCount
    newHitCount
    newHits {
      leadId
    }
    crossAgencyHits {
      leadId
    }
  }
}
    `) as unknown as TypedDocumentString<UnseenSeriesBriefQuery, UnseenSeriesBriefQueryVariables>;
export const UnseenSeriesNotEnteredDocument = new TypedDocumentString(`
    query UnseenSeriesNotEntered($from: DateTime!, $to: DateTime!, $inNibin: Boolean) {
  casings(filter: {from: $from, to: $to, inNibin: $inNibin}, first: 100) {
    edges {
      node {
        evidenceId
      }
    }
  }
}
    `) as unknown as TypedDocumentString<UnseenSeriesNotEnteredQuery, UnseenSeriesNotEnteredQueryVariables>;
export const UnseenTraceChainDocument = new TypedDocumentString(`
    query UnseenTraceChain($id: NonEmptyString!) {
  firearm(id: $id) {
    traceChain {
      dealer {
        license
      }
      sale {
        saleId
        soldOn
      }
      purchaser {
        personId
      }
      timeToCrimeDays
      timeToCrimeIndicator
      inconsistency
      recoveries {
        recoveryId
        timeToCrimeDays
        timeToCrimeIndicator
        possessorIsPurchaser
        recoveredOutOfState
        traces {
          outcome
          resolvedDealer {
            license
          }
          resolvedPurchaser {
            personId
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<UnseenTraceChainQuery, UnseenTraceChainQueryVariables>;
export const UnseenTraceSalesDocument = new TypedDocumentString(`
    query UnseenTraceSales($license: NonEmptyString!, $person: NonEmptyString!) {
  ffl(license: $license) {
    sales(first: 10) {
      totalCount
      edges {
        node {
          saleId
          soldOn
        }
      }
    }
  }
  person(id: $person) {
    purchases(first: 10) {
      edges {
        node {
          saleId
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<UnseenTraceSalesQuery, UnseenTraceSalesQueryVariables>;
export const EditedCursorSalesDocument = new TypedDocumentString(`
    query EditedCursorSales($l: NonEmptyString!, $after: String) {
  ffl(license: $l) {
    sales(first: 2, after: $after) {
      edges {
        cursor
        node {
          id: saleId
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EditedCursorSalesQuery, EditedCursorSalesQueryVariables>;
export const EditedCursorAuditDocument = new TypedDocumentString(`
    query EditedCursorAudit($after: String) {
  auditEvents(first: 2, after: $after) {
    edges {
      cursor
      node {
        at
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EditedCursorAuditQuery, EditedCursorAuditQueryVariables>;
export const EditedCursorSearchDocument = new TypedDocumentString(`
    query EditedCursorSearch($after: String) {
  search(text: "glock", kinds: [FIREARM], first: 2, after: $after) {
    edges {
      cursor
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EditedCursorSearchQuery, EditedCursorSearchQueryVariables>;
export const Errors1Document = new TypedDocumentString(`
    query Errors1 {
  firearmBySerial(serial: "INVTEST-NO-SERIAL") {
    id: firearmId
  }
}
    `) as unknown as TypedDocumentString<Errors1Query, Errors1QueryVariables>;
export const Errors2Document = new TypedDocumentString(`
    query Errors2($lic: NonEmptyString!, $ori: NonEmptyString!, $pid: NonEmptyString!, $fid: NonEmptyString!, $ev: NonEmptyString!, $sid: NonEmptyString!) {
  ffl(license: $lic) {
    license
  }
  agency(ori: $ori) {
    ori
  }
  person(id: $pid) {
    id: personId
  }
  firearm(id: $fid) {
    id: firearmId
    serial
  }
  casing(evidenceId: $ev) {
    evidenceId
  }
  scene(id: $sid) {
    id: sceneId
  }
}
    `) as unknown as TypedDocumentString<Errors2Query, Errors2QueryVariables>;
export const Errors3Document = new TypedDocumentString(`
    query Errors3($s: NonEmptyString!) {
  firearmBySerial(serial: $s) {
    id: firearmId
  }
}
    `) as unknown as TypedDocumentString<Errors3Query, Errors3QueryVariables>;
export const Errors4Document = new TypedDocumentString(`
    query Errors4 {
  scenes(filter: {near: {latitude: 123, longitude: 0, radiusKm: 1}}) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<Errors4Query, Errors4QueryVariables>;
export const Errors5Document = new TypedDocumentString(`
    query Errors5 {
  ffls(first: 1) {
    pageInfo {
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<Errors5Query, Errors5QueryVariables>;
export const NibinLinkedDocument = new TypedDocumentString(`
    query NibinLinked($evidenceId: NonEmptyString!, $includeUnreviewed: Boolean, $maxHops: Int) {
  casing(evidenceId: $evidenceId) {
    evidenceId
    scene {
      id: sceneId
      agency {
        ori
      }
    }
    linkedScenes(includeUnreviewed: $includeUnreviewed, maxHops: $maxHops) {
      scene {
        id: sceneId
        occurredAt
      }
      agency {
        ori
      }
      evidenceIds
      distanceKm
      daysSincePrevious
      otherJurisdiction
    }
    linkedCasings(includeUnreviewed: $includeUnreviewed, maxHops: $maxHops) {
      casing {
        evidenceId
      }
      hops
      throughFirearm
    }
  }
}
    `) as unknown as TypedDocumentString<NibinLinkedQuery, NibinLinkedQueryVariables>;
export const NibinFirearmShootingsDocument = new TypedDocumentString(`
    query NibinFirearmShootings($id: NonEmptyString!) {
  firearm(id: $id) {
    shootings {
      id: sceneId
    }
    casings {
      evidenceId
    }
    testFires {
      evidenceId
    }
  }
}
    `) as unknown as TypedDocumentString<NibinFirearmShootingsQuery, NibinFirearmShootingsQueryVariables>;
export const NibinCasingLeadsDocument = new TypedDocumentString(`
    query NibinCasingLeads($e: NonEmptyString!) {
  casing(evidenceId: $e) {
    all: leads {
      id: leadId
      status
      otherCasing {
        evidenceId
      }
    }
    rejected: leads(status: REJECTED) {
      id: leadId
    }
  }
}
    `) as unknown as TypedDocumentString<NibinCasingLeadsQuery, NibinCasingLeadsQueryVariables>;
export const PaginationScenesDocument = new TypedDocumentString(`
    query PaginationScenes($first: Int, $after: String) {
  scenes(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      endCursor
    }
    edges {
      cursor
      node {
        id: sceneId
        occurredAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PaginationScenesQuery, PaginationScenesQueryVariables>;
export const Pagination1Document = new TypedDocumentString(`
    query Pagination1($l: NonEmptyString!, $after: String) {
  ffl(license: $l) {
    sales(first: 3, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id: saleId
          soldOn
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<Pagination1Query, Pagination1QueryVariables>;
export const Pagination2Document = new TypedDocumentString(`
    query Pagination2($s: String, $after: String) {
  ffls(filter: {state: $s}, first: 100, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        license
        state
      }
    }
  }
}
    `) as unknown as TypedDocumentString<Pagination2Query, Pagination2QueryVariables>;
export const Pagination3Document = new TypedDocumentString(`
    query Pagination3($id: NonEmptyString!) {
  scene(id: $id) {
    location {
      latitude
      longitude
    }
  }
}
    `) as unknown as TypedDocumentString<Pagination3Query, Pagination3QueryVariables>;
export const Pagination4Document = new TypedDocumentString(`
    query Pagination4($lat: Latitude!, $lon: Longitude!) {
  scenes(
    filter: {near: {latitude: $lat, longitude: $lon, radiusKm: 3}}
    first: 100
  ) {
    totalCount
    edges {
      node {
        id: sceneId
        location {
          latitude
          longitude
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<Pagination4Query, Pagination4QueryVariables>;
export const PaginationTestFiresDocument = new TypedDocumentString(`
    query PaginationTestFires($after: String) {
  casings(filter: {testFire: true}, first: 100, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        evidenceId
        testFire
        recoveredAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PaginationTestFiresQuery, PaginationTestFiresQueryVariables>;
export const PaginationRevolversDocument = new TypedDocumentString(`
    query PaginationRevolvers($after: String) {
  firearms(filter: {kinds: [REVOLVER]}, first: 100, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id: firearmId
        kind
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PaginationRevolversQuery, PaginationRevolversQueryVariables>;
export const PeoplePurchasesDocument = new TypedDocumentString(`
    query PeoplePurchases($id: NonEmptyString!, $after: String) {
  person(id: $id) {
    purchases(first: 10, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id: saleId
          soldOn
          dealer {
            license
          }
          firearm {
            id: firearmId
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PeoplePurchasesQuery, PeoplePurchasesQueryVariables>;
export const PeopleRecoveriesFromDocument = new TypedDocumentString(`
    query PeopleRecoveriesFrom($id: NonEmptyString!, $after: String) {
  person(id: $id) {
    recoveriesFrom(first: 10, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id: recoveryId
          firearm {
            id: firearmId
          }
          possessorIsPurchaser
          recoveredOutOfState
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PeopleRecoveriesFromQuery, PeopleRecoveriesFromQueryVariables>;
export const PeopleAssociatesDocument = new TypedDocumentString(`
    query PeopleAssociates($id: NonEmptyString!, $after: String) {
  person(id: $id) {
    associates(first: 10, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          source
          since
          person {
            id: personId
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PeopleAssociatesQuery, PeopleAssociatesQueryVariables>;
export const PeopleTracedFirearmsDocument = new TypedDocumentString(`
    query PeopleTracedFirearms($l: NonEmptyString!, $after: String) {
  ffl(license: $l) {
    tracedFirearms(first: 10, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id: firearmId
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PeopleTracedFirearmsQuery, PeopleTracedFirearmsQueryVariables>;
export const People1Document = new TypedDocumentString(`
    query People1($id: NonEmptyString!) {
  person(id: $id) {
    id: personId
    firstName
    lastName
    dateOfBirth
    address
    city
    state
  }
}
    `) as unknown as TypedDocumentString<People1Query, People1QueryVariables>;
export const StatementsDeepDocument = new TypedDocumentString(`
    query StatementsDeep($ori: String!, $first: Int, $after: String, $hops: Int) {
  scenes(first: $first, after: $after, filter: {agencyOri: $ori}) {
    edges {
      cursor
      node {
        ...StatementsSceneParts
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment StatementsLinkedScene on LinkedScene {
  scene {
    id: sceneId
    occurredAt
  }
  agency {
    ori
  }
  evidenceIds
  distanceKm
  daysSincePrevious
  otherJurisdiction
}
fragment StatementsSceneParts on Scene {
  id: sceneId
  agency {
    ori
  }
  casings {
    evidenceId
    testFire
    linkedScenes(maxHops: $hops) {
      ...StatementsLinkedScene
    }
  }
}`) as unknown as TypedDocumentString<StatementsDeepQuery, StatementsDeepQueryVariables>;
export const StatementsDeepUnfoldedDocument = new TypedDocumentString(`
    query StatementsDeepUnfolded($ori: String!, $first: Int, $after: String) {
  scenes(first: $first, after: $after, filter: {agencyOri: $ori}) {
    edges {
      cursor
      node {
        ...StatementsScenePartsUnfolded
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment StatementsLinkedScene on LinkedScene {
  scene {
    id: sceneId
    occurredAt
  }
  agency {
    ori
  }
  evidenceIds
  distanceKm
  daysSincePrevious
  otherJurisdiction
}
fragment StatementsScenePartsUnfolded on Scene {
  id: sceneId
  agency {
    ori
  }
  casings {
    evidenceId
    testFire
    b: linkedScenes(maxHops: 1) {
      evidenceIds
    }
    linkedScenes {
      ...StatementsLinkedScene
    }
  }
}`) as unknown as TypedDocumentString<StatementsDeepUnfoldedQuery, StatementsDeepUnfoldedQueryVariables>;
export const StatementsScenePageDocument = new TypedDocumentString(`
    query StatementsScenePage($first: Int) {
  scenes(
    first: $first
    filter: {kinds: [HOMICIDE, NON_FATAL_SHOOTING, SHOTS_FIRED]}
  ) {
    edges {
      node {
        id: sceneId
        agency {
          ori
          name
        }
        casings {
          evidenceId
          linkedScenes {
            scene {
              id: sceneId
            }
            agency {
              ori
            }
            distanceKm
            otherJurisdiction
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StatementsScenePageQuery, StatementsScenePageQueryVariables>;
export const StatementsTraceChainsDocument = new TypedDocumentString(`
    query StatementsTraceChains {
  firearms(first: 40) {
    edges {
      node {
        traceChain {
          dealer {
            license
          }
          purchaser {
            id: personId
          }
          sale {
            soldOn
          }
          recoveries {
            possessor {
              id: personId
            }
            agency {
              ori
            }
            timeToCrimeDays
            traces {
              outcome
              requestingAgency {
                ori
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StatementsTraceChainsQuery, StatementsTraceChainsQueryVariables>;
export const StatementsSceneTimesDocument = new TypedDocumentString(`
    query StatementsSceneTimes {
  scenes(first: 3) {
    totalCount
    edges {
      node {
        occurredAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StatementsSceneTimesQuery, StatementsSceneTimesQueryVariables>;
export const StatementsLinkedDocument = new TypedDocumentString(`
    query StatementsLinked($e: NonEmptyString!) {
  casing(evidenceId: $e) {
    evidenceId
    caliber
    linkedScenes {
      scene {
        id: sceneId
      }
      evidenceIds
    }
  }
}
    `) as unknown as TypedDocumentString<StatementsLinkedQuery, StatementsLinkedQueryVariables>;
export const StatementsLinkedUnfoldedDocument = new TypedDocumentString(`
    query StatementsLinkedUnfolded($e: NonEmptyString!) {
  casing(evidenceId: $e) {
    evidenceId
    caliber
    a: linkedScenes {
      scene {
        id: sceneId
      }
      evidenceIds
    }
    b: linkedScenes(maxHops: 1) {
      evidenceIds
    }
  }
}
    `) as unknown as TypedDocumentString<StatementsLinkedUnfoldedQuery, StatementsLinkedUnfoldedQueryVariables>;
export const StatementsFirearmChainDocument = new TypedDocumentString(`
    query StatementsFirearmChain($id: NonEmptyString!) {
  firearm(id: $id) {
    id: firearmId
    make
    traceChain {
      sale {
        soldOn
      }
      recoveries {
        recoveredOn
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StatementsFirearmChainQuery, StatementsFirearmChainQueryVariables>;
export const StatementsChainOnlyDocument = new TypedDocumentString(`
    query StatementsChainOnly($id: NonEmptyString!) {
  firearm(id: $id) {
    traceChain {
      timeToCrimeDays
    }
  }
}
    `) as unknown as TypedDocumentString<StatementsChainOnlyQuery, StatementsChainOnlyQueryVariables>;
export const ChainDocument = new TypedDocumentString(`
    query Chain($id: NonEmptyString!) {
  firearm(id: $id) {
    id: firearmId
    traceChain {
      dealer {
        license
        state
      }
      sale {
        soldOn
        purchaser {
          id: personId
        }
        dealer {
          license
        }
      }
      purchaser {
        id: personId
        firstName
        lastName
        dateOfBirth
        state
      }
      timeToCrimeDays
      timeToCrimeIndicator
      timeToFirstShootingDays
      recoveries {
        recoveredOn
        state
        timeToCrimeDays
        timeToCrimeIndicator
        possessorIsPurchaser
        recoveredOutOfState
        possessor {
          id: personId
          firstName
        }
        agency {
          ori
        }
        traces {
          id: traceId
          outcome
          requestedAt
          resolvedDealer {
            license
          }
          resolvedPurchaser {
            id: personId
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ChainQuery, ChainQueryVariables>;
export const TraceChain1Document = new TypedDocumentString(`
    query TraceChain1($id: NonEmptyString!) {
  firearm(id: $id) {
    shootings {
      occurredAt
    }
    traceChain {
      sale {
        soldOn
      }
      firstShootingAt
      timeToFirstShootingDays
    }
  }
}
    `) as unknown as TypedDocumentString<TraceChain1Query, TraceChain1QueryVariables>;
export const ImportNibinDocument = new TypedDocumentString(`
    mutation ImportNibin($records: [ImportRecordInput!]!) {
  importRecords(records: $records) {
    accepted
  }
}
    `) as unknown as TypedDocumentString<ImportNibinMutation, ImportNibinMutationVariables>;
export const ShootingsDocument = new TypedDocumentString(`
    query Shootings($id: NonEmptyString!) {
  firearm(id: $id) {
    shootings {
      id: sceneId
    }
    casings {
      evidenceId
    }
    traceChain {
      timeToFirstShootingDays
      firstShootingAt
    }
  }
}
    `) as unknown as TypedDocumentString<ShootingsQuery, ShootingsQueryVariables>;
export const ReimportConfirmLeadDocument = new TypedDocumentString(`
    mutation ReimportConfirmLead($id: NonEmptyString!) {
  confirmLead(leadId: $id, note: "same firing pin impression") {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ReimportConfirmLeadMutation, ReimportConfirmLeadMutationVariables>;
export const ReimportReferLeadDocument = new TypedDocumentString(`
    mutation ReimportReferLead($id: NonEmptyString!, $assignee: NonEmptyString!) {
  referLead(leadId: $id, assignee: $assignee) {
    id
    workflow {
      stage
    }
  }
}
    `) as unknown as TypedDocumentString<ReimportReferLeadMutation, ReimportReferLeadMutationVariables>;
export const ReimportLeadDocument = new TypedDocumentString(`
    query ReimportLead($id: NonEmptyString!) {
  lead(id: $id) {
    id
    status
    reviewedAt
    score
    workflow {
      stage
      reviewedBy
      assignee
    }
    history(first: 0) {
      totalCount
    }
  }
}
    `) as unknown as TypedDocumentString<ReimportLeadQuery, ReimportLeadQueryVariables>;
export const ReimportResolveConflictDocument = new TypedDocumentString(`
    mutation ReimportResolveConflict($id: NonEmptyString!, $keep: ConflictSide!) {
  resolveConflict(id: $id, keep: $keep) {
    status
    kept
  }
}
    `) as unknown as TypedDocumentString<ReimportResolveConflictMutation, ReimportResolveConflictMutationVariables>;
export const RestartImportDocument = new TypedDocumentString(`
    mutation RestartImport($r: [ImportRecordInput!]!) {
  importRecords(records: $r) {
    accepted
  }
}
    `) as unknown as TypedDocumentString<RestartImportMutation, RestartImportMutationVariables>;
export const RestartAddWatchDocument = new TypedDocumentString(`
    mutation RestartAddWatch($k: NonEmptyString!) {
  addWatch(kind: SERIES, key: $k) {
    id
  }
}
    `) as unknown as TypedDocumentString<RestartAddWatchMutation, RestartAddWatchMutationVariables>;
export const RestartConfirmDocument = new TypedDocumentString(`
    mutation RestartConfirm($id: NonEmptyString!) {
  confirmLead(leadId: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<RestartConfirmMutation, RestartConfirmMutationVariables>;
export const RestartReferDocument = new TypedDocumentString(`
    mutation RestartRefer($id: NonEmptyString!) {
  referLead(leadId: $id, assignee: "det-restart") {
    id
  }
}
    `) as unknown as TypedDocumentString<RestartReferMutation, RestartReferMutationVariables>;
export const RestartDownDocument = new TypedDocumentString(`
    query RestartDown {
  lead(id: "x") {
    id
  }
}
    `) as unknown as TypedDocumentString<RestartDownQuery, RestartDownQueryVariables>;
export const RestartLeadStatusDocument = new TypedDocumentString(`
    query RestartLeadStatus($id: NonEmptyString!) {
  lead(id: $id) {
    status
  }
}
    `) as unknown as TypedDocumentString<RestartLeadStatusQuery, RestartLeadStatusQueryVariables>;
export const RestartOutcomeDocument = new TypedDocumentString(`
    mutation RestartOutcome($id: NonEmptyString!) {
  recordLeadOutcome(leadId: $id, outcome: ARREST) {
    id
  }
}
    `) as unknown as TypedDocumentString<RestartOutcomeMutation, RestartOutcomeMutationVariables>;
export const RaceConfirmLeadDocument = new TypedDocumentString(`
    mutation RaceConfirmLead($id: NonEmptyString!) {
  confirmLead(leadId: $id, note: "same breech face marks") {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<RaceConfirmLeadMutation, RaceConfirmLeadMutationVariables>;
export const RaceRejectLeadDocument = new TypedDocumentString(`
    mutation RaceRejectLead($id: NonEmptyString!) {
  rejectLead(leadId: $id, note: "different firing pin drag") {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<RaceRejectLeadMutation, RaceRejectLeadMutationVariables>;
export const RaceLeadDocument = new TypedDocumentString(`
    query RaceLead($id: NonEmptyString!) {
  lead(id: $id) {
    id
    status
    history(first: 5) {
      totalCount
      edges {
        node {
          action
          toStatus
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RaceLeadQuery, RaceLeadQueryVariables>;
export const TriageDocument = new TypedDocumentString(`
    query Triage($ori: NonEmptyString, $after: String) {
  leadTriage(
    agencyOri: $ori
    from: "2025-01-01T00:00:00Z"
    to: "2025-06-01T00:00:00Z"
    first: 3
    after: $after
  ) {
    totalCount
    edges {
      node {
        rank
        score
        factors {
          factor
          value
          weight
          points
          why
        }
        lead {
          id: leadId
          status
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<TriageQuery, TriageQueryVariables>;
export const BriefDocument = new TypedDocumentString(`
    query Brief($ori: NonEmptyString!) {
  dailyBrief(
    agencyOri: $ori
    from: "2025-04-01T00:00:00Z"
    to: "2025-05-10T00:00:00Z"
  ) {
    gunsRecovered
    casingsEntered
    casingsEnteredLate
    newLeadCount
    newLeads {
      id: leadId
    }
    newHitCount
    crossAgencyHits {
      id: leadId
    }
    overdueReferralCount
  }
}
    `) as unknown as TypedDocumentString<BriefQuery, BriefQueryVariables>;
export const Triage1Document = new TypedDocumentString(`
    query Triage1 {
  dailyBrief(
    agencyOri: "NY0303000"
    from: "2025-02-01T00:00:00Z"
    to: "2025-01-01T00:00:00Z"
  ) {
    gunsRecovered
  }
}
    `) as unknown as TypedDocumentString<Triage1Query, Triage1QueryVariables>;
export const ConfirmLeadDocument = new TypedDocumentString(`
    mutation ConfirmLead($id: NonEmptyString!) {
  confirmLead(leadId: $id, note: "same breech face") {
    ...WorkflowLeadFields
  }
}
    fragment WorkflowLeadFields on Lead {
  id
  status
  reviewedAt
  workflow {
    stage
    reviewedBy
    assignee
    dueAt
    referredAt
    outcome
    closedAt
  }
  timeliness {
    recoveryToEntryHours
    entryToCorrelationHours
    correlationToReviewHours
    reviewToReferralHours
    entryLate
    referralOverdue
    actionOverdue
    overdue
  }
}`) as unknown as TypedDocumentString<ConfirmLeadMutation, ConfirmLeadMutationVariables>;
export const RejectLeadDocument = new TypedDocumentString(`
    mutation RejectLead($id: NonEmptyString!) {
  rejectLead(leadId: $id) {
    ...WorkflowLeadFields
  }
}
    fragment WorkflowLeadFields on Lead {
  id
  status
  reviewedAt
  workflow {
    stage
    reviewedBy
    assignee
    dueAt
    referredAt
    outcome
    closedAt
  }
  timeliness {
    recoveryToEntryHours
    entryToCorrelationHours
    correlationToReviewHours
    reviewToReferralHours
    entryLate
    referralOverdue
    actionOverdue
    overdue
  }
}`) as unknown as TypedDocumentString<RejectLeadMutation, RejectLeadMutationVariables>;
export const ReopenLeadDocument = new TypedDocumentString(`
    mutation ReopenLead($id: NonEmptyString!, $reason: NonEmptyString!) {
  reopenLead(leadId: $id, reason: $reason) {
    ...WorkflowLeadFields
  }
}
    fragment WorkflowLeadFields on Lead {
  id
  status
  reviewedAt
  workflow {
    stage
    reviewedBy
    assignee
    dueAt
    referredAt
    outcome
    closedAt
  }
  timeliness {
    recoveryToEntryHours
    entryToCorrelationHours
    correlationToReviewHours
    reviewToReferralHours
    entryLate
    referralOverdue
    actionOverdue
    overdue
  }
}`) as unknown as TypedDocumentString<ReopenLeadMutation, ReopenLeadMutationVariables>;
export const ReferLeadDocument = new TypedDocumentString(`
    mutation ReferLead($id: NonEmptyString!, $assignee: NonEmptyString!) {
  referLead(leadId: $id, assignee: $assignee) {
    ...WorkflowLeadFields
  }
}
    fragment WorkflowLeadFields on Lead {
  id
  status
  reviewedAt
  workflow {
    stage
    reviewedBy
    assignee
    dueAt
    referredAt
    outcome
    closedAt
  }
  timeliness {
    recoveryToEntryHours
    entryToCorrelationHours
    correlationToReviewHours
    reviewToReferralHours
    entryLate
    referralOverdue
    actionOverdue
    overdue
  }
}`) as unknown as TypedDocumentString<ReferLeadMutation, ReferLeadMutationVariables>;
export const RecordLeadOutcomeDocument = new TypedDocumentString(`
    mutation RecordLeadOutcome($id: NonEmptyString!, $outcome: LeadOutcome!) {
  recordLeadOutcome(leadId: $id, outcome: $outcome) {
    ...WorkflowLeadFields
  }
}
    fragment WorkflowLeadFields on Lead {
  id
  status
  reviewedAt
  workflow {
    stage
    reviewedBy
    assignee
    dueAt
    referredAt
    outcome
    closedAt
  }
  timeliness {
    recoveryToEntryHours
    entryToCorrelationHours
    correlationToReviewHours
    reviewToReferralHours
    entryLate
    referralOverdue
    actionOverdue
    overdue
  }
}`) as unknown as TypedDocumentString<RecordLeadOutcomeMutation, RecordLeadOutcomeMutationVariables>;
export const CloseLeadDocument = new TypedDocumentString(`
    mutation CloseLead($id: NonEmptyString!) {
  closeLead(leadId: $id) {
    ...WorkflowLeadFields
  }
}
    fragment WorkflowLeadFields on Lead {
  id
  status
  reviewedAt
  workflow {
    stage
    reviewedBy
    assignee
    dueAt
    referredAt
    outcome
    closedAt
  }
  timeliness {
    recoveryToEntryHours
    entryToCorrelationHours
    correlationToReviewHours
    reviewToReferralHours
    entryLate
    referralOverdue
    actionOverdue
    overdue
  }
}`) as unknown as TypedDocumentString<CloseLeadMutation, CloseLeadMutationVariables>;
export const HistoryDocument = new TypedDocumentString(`
    query History($id: NonEmptyString!, $after: String) {
  lead(id: $id) {
    history(first: 2, after: $after) {
      totalCount
      edges {
        node {
          n
          action
          actor
          fromStatus
          toStatus
          note
          assignee
          outcome
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HistoryQuery, HistoryQueryVariables>;
export const LinkChartDocument = new TypedDocumentString(`
    query LinkChart($seeds: [ID!]!, $depth: Int, $limit: Int, $include: [RelationshipKind!], $from: DateTime, $to: DateTime) {
  linkChart(
    seeds: $seeds
    depth: $depth
    limit: $limit
    include: $include
    from: $from
    to: $to
  ) {
    ...LinkChartFields
  }
}
    fragment LinkChartFields on LinkChart {
  nodes {
    id
    kind
    label
    properties
    riskScore
    distance
  }
  edges {
    id
    source
    target
    kind
    properties
    at
  }
  truncated
  omitted {
    nodes
    edges
    byKind {
      kind
      count
    }
    cutAt
    stoppedAtDepth
  }
}`) as unknown as TypedDocumentString<LinkChartQuery, LinkChartQueryVariables>;
export const ExpandDocument = new TypedDocumentString(`
    query Expand($nodeId: ID!, $include: [RelationshipKind!], $limit: Int, $known: [ID!]) {
  expand(nodeId: $nodeId, include: $include, limit: $limit, known: $known) {
    ...LinkChartFields
  }
}
    fragment LinkChartFields on LinkChart {
  nodes {
    id
    kind
    label
    properties
    riskScore
    distance
  }
  edges {
    id
    source
    target
    kind
    properties
    at
  }
  truncated
  omitted {
    nodes
    edges
    byKind {
      kind
      count
    }
    cutAt
    stoppedAtDepth
  }
}`) as unknown as TypedDocumentString<ExpandQuery, ExpandQueryVariables>;
export const PathsDocument = new TypedDocumentString(`
    query Paths($from: ID!, $to: ID!, $maxHops: Int, $include: [RelationshipKind!], $timeOrdered: Boolean) {
  shortestPaths(
    from: $from
    to: $to
    maxHops: $maxHops
    include: $include
    timeOrdered: $timeOrdered
  ) {
    hops
    truncated
    timeOrdered
    paths {
      nodeIds
      edgeIds
      hops
      startsAt
      endsAt
    }
    chart {
      ...LinkChartFields
    }
  }
}
    fragment LinkChartFields on LinkChart {
  nodes {
    id
    kind
    label
    properties
    riskScore
    distance
  }
  edges {
    id
    source
    target
    kind
    properties
    at
  }
  truncated
  omitted {
    nodes
    edges
    byKind {
      kind
      count
    }
    cutAt
    stoppedAtDepth
  }
}`) as unknown as TypedDocumentString<PathsQuery, PathsQueryVariables>;
export const CentralDocument = new TypedDocumentString(`
    query Central($seeds: [ID!], $filter: SeedFilter, $depth: Int, $include: [RelationshipKind!], $orderBy: CentralityMeasure, $first: Int) {
  mostConnected(
    seeds: $seeds
    filter: $filter
    depth: $depth
    include: $include
    orderBy: $orderBy
    first: $first
  ) {
    chartNodes
    chartEdges
    truncated
    seeds
    nodes {
      rank
      degree
      pageRank
      betweenness
      node {
        id
        kind
        label
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CentralQuery, CentralQueryVariables>;
export const PathsCentrality1Document = new TypedDocumentString(`
    query PathsCentrality1($id: ID!) {
  expand(nodeId: $id, include: [OF_FIREARM]) {
    nodes {
      id
      kind
      properties
    }
  }
}
    `) as unknown as TypedDocumentString<PathsCentrality1Query, PathsCentrality1QueryVariables>;
export const UnseenChartExpandDocument = new TypedDocumentString(`
    query UnseenChartExpand($nodeId: ID!, $include: [RelationshipKind!], $from: DateTime, $to: DateTime, $known: [ID!]) {
  expand(nodeId: $nodeId, include: $include, from: $from, to: $to, known: $known) {
    ...LinkChartFields
  }
}
    fragment LinkChartFields on LinkChart {
  nodes {
    id
    kind
    label
    properties
    riskScore
    distance
  }
  edges {
    id
    source
    target
    kind
    properties
    at
  }
  truncated
  omitted {
    nodes
    edges
    byKind {
      kind
      count
    }
    cutAt
    stoppedAtDepth
  }
}`) as unknown as TypedDocumentString<UnseenChartExpandQuery, UnseenChartExpandQueryVariables>;
export const UnseenChartWindowDocument = new TypedDocumentString(`
    query UnseenChartWindow($seeds: [ID!]!, $depth: Int, $limit: Int, $include: [RelationshipKind!], $from: DateTime, $to: DateTime) {
  linkChart(
    seeds: $seeds
    depth: $depth
    limit: $limit
    include: $include
    from: $from
    to: $to
  ) {
    ...LinkChartFields
  }
}
    fragment LinkChartFields on LinkChart {
  nodes {
    id
    kind
    label
    properties
    riskScore
    distance
  }
  edges {
    id
    source
    target
    kind
    properties
    at
  }
  truncated
  omitted {
    nodes
    edges
    byKind {
      kind
      count
    }
    cutAt
    stoppedAtDepth
  }
}`) as unknown as TypedDocumentString<UnseenChartWindowQuery, UnseenChartWindowQueryVariables>;
export const UnseenChartScenesDocument = new TypedDocumentString(`
    query UnseenChartScenes($ori: String!, $after: String) {
  scenes(filter: {agencyOri: $ori}, first: 2, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        sceneId
      }
    }
  }
}
    `) as unknown as TypedDocumentString<UnseenChartScenesQuery, UnseenChartScenesQueryVariables>;
export const MetricsScopesLeagueDocument = new TypedDocumentString(`
    query MetricsScopesLeague($scope: MetricScope, $period: String, $measure: AgencyMeasure, $state: String, $fieldDivision: String, $after: String) {
  agencyLeague(
    scope: $scope
    period: $period
    measure: $measure
    state: $state
    fieldDivision: $fieldDivision
    first: 7
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...MetricsScopesNode
      }
    }
  }
}
    fragment MetricsScopesNode on AgencyMetrics {
  key
  state
  fieldDivision
  fieldDivisionCaveat
  period
  computedAt
  nibin {
    casingsRecovered
    casingsEntered
    casingEntryShare
    gunsRecovered
    gunsTestFired
    testFireShare
  }
  timeliness {
    entered
    medianHours
    p90Hours
    within24hShare
    within48hShare
    backlogTotal
    histogram {
      upToHours
      casings
    }
  }
  tracing {
    gunsRecovered
    gunsTraced
    tracedShare
    medianRequestDelayDays
    p90RequestDelayDays
    medianCompletionDays
  }
  lateEntry {
    shootingsLinkableEarlier
  }
  peers {
    group
    peers
    measure
    value
    peerMedian
    betterThanShare
  }
}`) as unknown as TypedDocumentString<MetricsScopesLeagueQuery, MetricsScopesLeagueQueryVariables>;
export const MetricsScopesMetricsDocument = new TypedDocumentString(`
    query MetricsScopesMetrics($scope: MetricScope, $key: String, $from: String, $to: String) {
  agencyMetrics(scope: $scope, key: $key, from: $from, to: $to) {
    ...MetricsScopesNode
  }
}
    fragment MetricsScopesNode on AgencyMetrics {
  key
  state
  fieldDivision
  fieldDivisionCaveat
  period
  computedAt
  nibin {
    casingsRecovered
    casingsEntered
    casingEntryShare
    gunsRecovered
    gunsTestFired
    testFireShare
  }
  timeliness {
    entered
    medianHours
    p90Hours
    within24hShare
    within48hShare
    backlogTotal
    histogram {
      upToHours
      casings
    }
  }
  tracing {
    gunsRecovered
    gunsTraced
    tracedShare
    medianRequestDelayDays
    p90RequestDelayDays
    medianCompletionDays
  }
  lateEntry {
    shootingsLinkableEarlier
  }
  peers {
    group
    peers
    measure
    value
    peerMedian
    betterThanShare
  }
}`) as unknown as TypedDocumentString<MetricsScopesMetricsQuery, MetricsScopesMetricsQueryVariables>;
export const MetricsTruthAgencyDocument = new TypedDocumentString(`
    query MetricsTruthAgency($key: String, $from: String, $to: String) {
  agencyMetrics(key: $key, from: $from, to: $to) {
    key
    period
    nibin {
      casingsRecovered
      casingsEntered
    }
    timeliness {
      medianHours
      within24hShare
      backlogTotal
    }
    tracing {
      gunsTraced
      gunsRecovered
    }
    lateEntry {
      shootingsLinkableEarlier
    }
    peers {
      group
      measure
      value
    }
  }
}
    `) as unknown as TypedDocumentString<MetricsTruthAgencyQuery, MetricsTruthAgencyQueryVariables>;
export const MetricsTruthTrendDocument = new TypedDocumentString(`
    query MetricsTruthTrend($key: String) {
  agencyMetricsTrend(key: $key) {
    period
    nibin {
      casingsRecovered
    }
  }
}
    `) as unknown as TypedDocumentString<MetricsTruthTrendQuery, MetricsTruthTrendQueryVariables>;
export const MetricsTruthLeagueDocument = new TypedDocumentString(`
    query MetricsTruthLeague($after: String) {
  agencyLeague(measure: MEDIAN_ENTRY_HOURS, first: 5, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        key
        timeliness {
          medianHours
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MetricsTruthLeagueQuery, MetricsTruthLeagueQueryVariables>;
export const MetricsTruthUnderObservedDocument = new TypedDocumentString(`
    query MetricsTruthUnderObserved {
  underObservedDealers(minPercentile: 0, first: 50) {
    totalCount
    edges {
      node {
        score
        coverage {
          underObserved
          traceCoverage
          traceCoverageLow
          traceCoverageHigh
          scoreLow
          scoreHigh
          scorePercentile
          flags
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MetricsTruthUnderObservedQuery, MetricsTruthUnderObservedQueryVariables>;
export const MetricsTruthHighScoresDocument = new TypedDocumentString(`
    query MetricsTruthHighScores {
  underObservedDealers(first: 50) {
    edges {
      node {
        coverage {
          scorePercentile
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MetricsTruthHighScoresQuery, MetricsTruthHighScoresQueryVariables>;
export const UnseenFiguresMetricsDocument = new TypedDocumentString(`
    query UnseenFiguresMetrics($scope: MetricScope, $key: String, $from: String, $to: String) {
  agencyMetrics(scope: $scope, key: $key, from: $from, to: $to) {
    ...UnseenFigures
  }
}
    fragment UnseenFigures on AgencyMetrics {
  key
  name
  state
  period
  computedAt
  nibin {
    casingsRecovered
    casingsEntered
    casingEntryShare
    gunsRecovered
    gunsTestFired
    testFireShare
    agenciesRecovering
    agenciesEntering
    agenciesEnteringNothing
  }
  timeliness {
    entered
    medianHours
    p90Hours
    within24hShare
    within48hShare
    histogram {
      upToHours
      casings
    }
    backlog {
      fromDays
      casings
    }
    backlogTotal
  }
  leads {
    leads
    confirmed
    medianEntryToCorrelationHours
    medianCorrelationToReviewHours
    p90CorrelationToReviewHours
    reviewed
    reviewedWithin48hShare
  }
  tracing {
    gunsRecovered
    gunsTraced
    tracedShare
    medianRequestDelayDays
    p90RequestDelayDays
    completed
    medianCompletionDays
    completedWithin7DaysShare
    outcomes {
      outcome
      traces
    }
    dealerRequests
    medianDealerResponseHours
    dealerWithin24hShare
    dealerUnanswered
  }
  lateEntry {
    lateCasings
    costlyCasings
    shootingsLinkableEarlier
    seriesAffected
    sceneIds
  }
  crossJurisdiction {
    series
    otherAgencies
  }
}`) as unknown as TypedDocumentString<UnseenFiguresMetricsQuery, UnseenFiguresMetricsQueryVariables>;
export const UnseenQuestionsReportDocument = new TypedDocumentString(`
    query UnseenQuestionsReport($ori: String!, $from: String, $to: String) {
  agencyReport(ori: $ori, from: $from, to: $to) {
    findings
    peerPeriod
    metrics {
      name
      state
      period
      computedAt
      nibin {
        casingsRecovered
      }
      timeliness {
        within24hShare
      }
    }
    state {
      key
      nibin {
        casingsRecovered
      }
    }
    untracedGuns(first: 10) {
      totalCount
    }
  }
}
    `) as unknown as TypedDocumentString<UnseenQuestionsReportQuery, UnseenQuestionsReportQueryVariables>;
export const UnseenQuestionsMetricsDocument = new TypedDocumentString(`
    query UnseenQuestionsMetrics($key: String, $from: String, $to: String) {
  agencyMetrics(key: $key, from: $from, to: $to) {
    name
    period
    nibin {
      casingsRecovered
      casingsEntered
    }
    timeliness {
      medianHours
      within24hShare
      backlogTotal
    }
    tracing {
      gunsRecovered
      tracedShare
    }
    leads {
      leads
    }
    peers {
      group
      peers
      measure
      value
      peerMedian
      betterThanShare
    }
  }
}
    `) as unknown as TypedDocumentString<UnseenQuestionsMetricsQuery, UnseenQuestionsMetricsQueryVariables>;
export const UnseenQuestionsLeagueDocument = new TypedDocumentString(`
    query UnseenQuestionsLeague($measure: AgencyMeasure) {
  agencyLeague(period: "ALL", state: "WY", measure: $measure, first: 10) {
    totalCount
    edges {
      node {
        key
      }
    }
  }
}
    `) as unknown as TypedDocumentString<UnseenQuestionsLeagueQuery, UnseenQuestionsLeagueQueryVariables>;
export const UnseenQuestionsTrendDocument = new TypedDocumentString(`
    query UnseenQuestionsTrend($key: String, $from: String, $to: String) {
  agencyMetricsTrend(key: $key, from: $from, to: $to) {
    period
    timeliness {
      within24hShare
    }
  }
}
    `) as unknown as TypedDocumentString<UnseenQuestionsTrendQuery, UnseenQuestionsTrendQueryVariables>;
export const UnseenQuestionsBriefDocument = new TypedDocumentString(`
    query UnseenQuestionsBrief($ori: NonEmptyString!, $from: DateTime, $to: DateTime) {
  dailyBrief(agencyOri: $ori, from: $from, to: $to) {
    gunsRecovered
    casingsEntered
    casingsEnteredLate
  }
}
    `) as unknown as TypedDocumentString<UnseenQuestionsBriefQuery, UnseenQuestionsBriefQueryVariables>;
export const CaseReads1Document = new TypedDocumentString(`
    query CaseReads1($after: String) {
  traffickingNetworks(first: 10, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        typology
        evidence
        members(first: 40) {
          edges {
            node {
              personId
              role
              evidence
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CaseReads1Query, CaseReads1QueryVariables>;
export const CaseReads2Document = new TypedDocumentString(`
    query CaseReads2($after: String) {
  flaggedPurchasers(first: 100, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        personId
        strawGuns
        evidence
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CaseReads2Query, CaseReads2QueryVariables>;
export const NetworksWithoutGdsDocument = new TypedDocumentString(`
    query NetworksWithoutGds {
  traffickingNetworks(first: 5) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<NetworksWithoutGdsQuery, NetworksWithoutGdsQueryVariables>;
export const NetworkWithoutGdsDocument = new TypedDocumentString(`
    query NetworkWithoutGds {
  network(id: "NET-x") {
    id
  }
}
    `) as unknown as TypedDocumentString<NetworkWithoutGdsQuery, NetworkWithoutGdsQueryVariables>;
export const Networks6Document = new TypedDocumentString(`
    query Networks6($id: NonEmptyString!) {
  person(id: $id) {
    id: personId
    strawPurchaseIndicators {
      purchases
    }
    network {
      role
    }
  }
}
    `) as unknown as TypedDocumentString<Networks6Query, Networks6QueryVariables>;
export const Networks7Document = new TypedDocumentString(`
    query Networks7 {
  highRiskDealers(first: 3) {
    totalCount
    edges {
      node {
        score
      }
    }
  }
}
    `) as unknown as TypedDocumentString<Networks7Query, Networks7QueryVariables>;
export const Networks1Document = new TypedDocumentString(`
    query Networks1($first: Int, $after: String, $filter: TraffickingNetworkFilter) {
  traffickingNetworks(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        rank
        size
        method
        typology
        corridor
        evidence
        strawPurchasers
        repeatStrawPurchasers
        outOfStateShare
        brokers
        possessors
        traffickedGuns
        firearmCount
        dealerCount
        sourceStates
        destinationStates
        firstActivity
        lastActivity
        computedAt
        members(first: 50) {
          totalCount
          edges {
            node {
              personId
              role
              centrality
              betweenness
              person {
                id: personId
                lastName
              }
            }
          }
        }
        dealers(first: 20) {
          totalCount
          edges {
            node {
              license
              guns
              ffl {
                license
              }
            }
          }
        }
        firearms(first: 1) {
          totalCount
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<Networks1Query, Networks1QueryVariables>;
export const Networks2Document = new TypedDocumentString(`
    query Networks2($id: ID!, $after: String) {
  network(id: $id) {
    id
    members(first: 2, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          personId
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<Networks2Query, Networks2QueryVariables>;
export const Networks3Document = new TypedDocumentString(`
    query Networks3 {
  network(id: "NET-000000000000") {
    id
  }
}
    `) as unknown as TypedDocumentString<Networks3Query, Networks3QueryVariables>;
export const Networks4Document = new TypedDocumentString(`
    query Networks4($id: NonEmptyString!) {
  person(id: $id) {
    id: personId
    network {
      role
      centrality
      network {
        id
        size
      }
    }
    strawPurchaseIndicators {
      purchases
      multipleSales
      dealersUsed
      gunsRecovered
      recoveredFromOthersShortTtc
      recoveredOutOfState
      signals
      flagged
    }
  }
}
    `) as unknown as TypedDocumentString<Networks4Query, Networks4QueryVariables>;
export const Networks5Document = new TypedDocumentString(`
    query Networks5 {
  traffickingNetworks(first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<Networks5Query, Networks5QueryVariables>;
export const LoneCases2Document = new TypedDocumentString(`
    query LoneCases2($l: NonEmptyString!, $one: NonEmptyString!) {
  highRiskDealers(first: 0) {
    totalCount
  }
  oneTrace: ffl(license: $one) {
    risk {
      score
      traces
      topIndicators(count: 3) {
        key
        detail
      }
    }
  }
  ffl(license: $l) {
    risk {
      rank
      score
      topIndicators(count: 3) {
        key
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LoneCases2Query, LoneCases2QueryVariables>;
export const LoneCases3Document = new TypedDocumentString(`
    query LoneCases3($after: String) {
  highRiskDealers(first: 100, after: $after, filter: {from: "1900-01-01"}) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        license
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LoneCases3Query, LoneCases3QueryVariables>;
export const Typologies3Document = new TypedDocumentString(`
    query Typologies3($first: Int, $after: String, $typology: String) {
  flaggedPurchasers(first: $first, after: $after, typology: $typology) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        personId
        rank
        score
        strawGuns
        veryShortGuns
        purchaseEvents
        networkId
        typology
        evidence
        person {
          id
          lastName
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<Typologies3Query, Typologies3QueryVariables>;
export const Typologies1Document = new TypedDocumentString(`
    query Typologies1 {
  traffickingNetworks(first: 20, filter: {typology: "RECEIVER_HUB"}) {
    edges {
      node {
        evidence
        members(first: 30) {
          edges {
            node {
              personId
              role
              evidence
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<Typologies1Query, Typologies1QueryVariables>;
export const Typologies2Document = new TypedDocumentString(`
    query Typologies2($l: NonEmptyString!) {
  dealerRiskSubgraph(license: $l, depth: 2, limit: 1000) {
    nodes {
      id
      kind
      properties
    }
    edges {
      source
      target
      kind
    }
  }
}
    `) as unknown as TypedDocumentString<Typologies2Query, Typologies2QueryVariables>;
export const Typologies4Document = new TypedDocumentString(`
    query Typologies4 {
  flaggedPurchasers(first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<Typologies4Query, Typologies4QueryVariables>;
export const NodeChainDocument = new TypedDocumentString(`
    query NodeChain($id: NonEmptyString!) {
  firearm(id: $id) {
    __typename
    id
    firearmId
    traceChain {
      manufacturer {
        __typename
        id
        name
      }
      dealer {
        __typename
        id
        license
      }
      sale {
        __typename
        id
        saleId
      }
      purchaser {
        __typename
        id
        personId
      }
      recoveries {
        __typename
        id
        recoveryId
        agency {
          __typename
          id
          ori
        }
        traces {
          __typename
          id
          traceId
        }
      }
    }
    shootings {
      __typename
      id
      sceneId
    }
    casings {
      __typename
      id
      evidenceId
      leads {
        __typename
        id
        leadId
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NodeChainQuery, NodeChainQueryVariables>;
export const RefetchDocument = new TypedDocumentString(`
    query Refetch($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Agency {
      ori
    }
    ... on Casing {
      evidenceId
    }
    ... on Ffl {
      license
    }
    ... on Manufacturer {
      name
    }
    ... on Firearm {
      firearmId
    }
    ... on Person {
      personId
    }
    ... on Sale {
      saleId
    }
    ... on Recovery {
      recoveryId
    }
    ... on Trace {
      traceId
    }
    ... on Scene {
      sceneId
    }
    ... on Lead {
      leadId
    }
  }
}
    `) as unknown as TypedDocumentString<RefetchQuery, RefetchQueryVariables>;
export const NodesInOrderDocument = new TypedDocumentString(`
    query NodesInOrder($ids: [ID!]!) {
  nodes(ids: $ids) {
    __typename
    id
  }
}
    `) as unknown as TypedDocumentString<NodesInOrderQuery, NodesInOrderQueryVariables>;
export const Node1Document = new TypedDocumentString(`
    query Node1 {
  node(id: "Casing:EV-NO-SUCH") {
    id
  }
}
    `) as unknown as TypedDocumentString<Node1Query, Node1QueryVariables>;
export const Node2Document = new TypedDocumentString(`
    query Node2($id: ID!) {
  node(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<Node2Query, Node2QueryVariables>;
export const Node3Document = new TypedDocumentString(`
    query Node3($ids: [ID!]!) {
  nodes(ids: $ids) {
    id
  }
}
    `) as unknown as TypedDocumentString<Node3Query, Node3QueryVariables>;
export const Node4Document = new TypedDocumentString(`
    query Node4($ids: [ID!]!) {
  nodes(ids: $ids) {
    id
  }
}
    `) as unknown as TypedDocumentString<Node4Query, Node4QueryVariables>;
export const NodeAsIngestDocument = new TypedDocumentString(`
    query NodeAsIngest($id: ID!) {
  node(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<NodeAsIngestQuery, NodeAsIngestQueryVariables>;
export const MetricsViewerDocument = new TypedDocumentString(`
    query MetricsViewer {
  viewer {
    subject
  }
}
    `) as unknown as TypedDocumentString<MetricsViewerQuery, MetricsViewerQueryVariables>;
export const MetricsForbiddenDocument = new TypedDocumentString(`
    query MetricsForbidden {
  auditEvents(first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<MetricsForbiddenQuery, MetricsForbiddenQueryVariables>;
export const DealerRiskSubgraphTopDocument = new TypedDocumentString(`
    query DealerRiskSubgraphTop {
  highRiskDealers(first: 25) {
    edges {
      node {
        license
        score
        indicators {
          key
          value
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DealerRiskSubgraphTopQuery, DealerRiskSubgraphTopQueryVariables>;
export const DealerRisk7Document = new TypedDocumentString(`
    query DealerRisk7($l: NonEmptyString!, $d: Int, $n: Int) {
  dealerRiskSubgraph(license: $l, depth: $d, limit: $n) {
    truncated
    omitted {
      nodes
      byKind {
        kind
        count
      }
    }
    nodes {
      id
      kind
      label
      properties
      riskScore
    }
    edges {
      id
      source
      target
      kind
      at
    }
  }
}
    `) as unknown as TypedDocumentString<DealerRisk7Query, DealerRisk7QueryVariables>;
export const DealerRisk1Document = new TypedDocumentString(`
    query DealerRisk1($first: Int, $after: String, $filter: HighRiskDealerFilter) {
  highRiskDealers(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        license
        state
        licenseType
        rank
        score
        traces
        computedAt
        indicators {
          key
          value
          percentile
          standing
          detail
          weight
          contribution
          peerGroup
          peerCount
        }
        topIndicators(count: 3) {
          key
          value
          percentile
          weight
          contribution
          peerGroup
          peerCount
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DealerRisk1Query, DealerRisk1QueryVariables>;
export const DealerRisk2Document = new TypedDocumentString(`
    query DealerRisk2($license: NonEmptyString!, $first: Int, $after: String, $indicator: RiskIndicatorKey) {
  ffl(license: $license) {
    risk {
      traces
      evidence(first: $first, after: $after, indicator: $indicator) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            traceId
            requestedAt
            flags
            timeToCrimeDays
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DealerRisk2Query, DealerRisk2QueryVariables>;
export const DealerRisk3Document = new TypedDocumentString(`
    query DealerRisk3($l: NonEmptyString!) {
  ffl(license: $l) {
    license
    risk {
      rank
      score
      computedAt
    }
  }
}
    `) as unknown as TypedDocumentString<DealerRisk3Query, DealerRisk3QueryVariables>;
export const DealerRisk4Document = new TypedDocumentString(`
    query DealerRisk4 {
  highRiskDealers(first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<DealerRisk4Query, DealerRisk4QueryVariables>;
export const DealerRisk5Document = new TypedDocumentString(`
    query DealerRisk5 {
  highRiskDealers(first: 1) {
    totalCount
  }
  ffls(first: 1) {
    edges {
      node {
        risk {
          score
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DealerRisk5Query, DealerRisk5QueryVariables>;
export const DealerRisk6Document = new TypedDocumentString(`
    query DealerRisk6 {
  highRiskDealers(first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<DealerRisk6Query, DealerRisk6QueryVariables>;
export const InventoryLoss1Document = new TypedDocumentString(`
    mutation InventoryLoss1($records: [ImportRecordInput!]!) {
  importRecords(records: $records) {
    accepted
  }
}
    `) as unknown as TypedDocumentString<InventoryLoss1Mutation, InventoryLoss1MutationVariables>;
export const InventoryLoss2Document = new TypedDocumentString(`
    query InventoryLoss2($l: NonEmptyString!) {
  ffl(license: $l) {
    risk {
      indicators {
        key
        value
        detail
      }
      evidence(first: 10, indicator: NO_RECORD_TRACES) {
        totalCount
        edges {
          node {
            traceId
            flags
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<InventoryLoss2Query, InventoryLoss2QueryVariables>;
export const NoDealerTimesDocument = new TypedDocumentString(`
    query NoDealerTimes($offBook: NonEmptyString!, $careful: NonEmptyString!) {
  highRiskDealers(first: 0) {
    totalCount
  }
  offBook: ffl(license: $offBook) {
    risk {
      rank
      indicators {
        key
        value
        detail
      }
      evidence(first: 50, indicator: NO_RECORD_TRACES) {
        totalCount
        edges {
          node {
            traceId
            outcome
          }
        }
      }
    }
  }
  careful: ffl(license: $careful) {
    risk {
      indicators {
        key
        value
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NoDealerTimesQuery, NoDealerTimesQueryVariables>;
export const UnseenCorruptSubgraphDocument = new TypedDocumentString(`
    query UnseenCorruptSubgraph($l: NonEmptyString!, $d: Int, $n: Int) {
  dealerRiskSubgraph(license: $l, depth: $d, limit: $n) {
    ...LinkChartFields
  }
}
    fragment LinkChartFields on LinkChart {
  nodes {
    id
    kind
    label
    properties
    riskScore
    distance
  }
  edges {
    id
    source
    target
    kind
    properties
    at
  }
  truncated
  omitted {
    nodes
    edges
    byKind {
      kind
      count
    }
    cutAt
    stoppedAtDepth
  }
}`) as unknown as TypedDocumentString<UnseenCorruptSubgraphQuery, UnseenCorruptSubgraphQueryVariables>;
export const UnseenDealerDocument = new TypedDocumentString(`
    query UnseenDealer($l: NonEmptyString!, $indicator: RiskIndicatorKey) {
  highRiskDealers(first: 0) {
    totalCount
  }
  ffl(license: $l) {
    risk {
      rank
      score
      traces
      indicators {
        key
        value
        detail
        percentile
        weight
        contribution
      }
      topIndicators(count: 3) {
        key
      }
      coverage {
        flags
        traceCoverage
        scoreLow
        scoreHigh
      }
      evidence(first: 100, indicator: $indicator) {
        totalCount
        edges {
          node {
            traceId
            outcome
            flags
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<UnseenDealerQuery, UnseenDealerQueryVariables>;
export const ResolutionCandidatesDocument = new TypedDocumentString(`
    query ResolutionCandidates($status: CandidateStatus, $first: Int, $after: String, $minScore: Float) {
  duplicateCandidates(
    status: $status
    first: $first
    after: $after
    minScore: $minScore
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        score
        status
        personA {
          personId
          firstName
        }
        personB {
          personId
          firstName
        }
        reasons {
          factor
          similarity
          weight
          contribution
          detail
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ResolutionCandidatesQuery, ResolutionCandidatesQueryVariables>;
export const ResolutionConfirmDocument = new TypedDocumentString(`
    mutation ResolutionConfirm($id: ID!) {
  confirmSamePerson(candidateId: $id, note: "checked both records") {
    id
    status
    decidedBy
  }
}
    `) as unknown as TypedDocumentString<ResolutionConfirmMutation, ResolutionConfirmMutationVariables>;
export const ResolutionRejectDocument = new TypedDocumentString(`
    mutation ResolutionReject($id: ID!) {
  rejectSamePerson(candidateId: $id, note: "checked both records") {
    id
    status
    decidedBy
  }
}
    `) as unknown as TypedDocumentString<ResolutionRejectMutation, ResolutionRejectMutationVariables>;
export const ResolutionReopenDocument = new TypedDocumentString(`
    mutation ResolutionReopen($id: ID!) {
  reopenDuplicateCandidate(candidateId: $id, note: "checked both records") {
    id
    status
    decidedBy
  }
}
    `) as unknown as TypedDocumentString<ResolutionReopenMutation, ResolutionReopenMutationVariables>;
export const ResolutionClusterDocument = new TypedDocumentString(`
    query ResolutionCluster($id: NonEmptyString!) {
  person(id: $id) {
    personId
    resolvedClusterId
    sameAs {
      personId
    }
  }
}
    `) as unknown as TypedDocumentString<ResolutionClusterQuery, ResolutionClusterQueryVariables>;
export const ResolutionAuditDocument = new TypedDocumentString(`
    query ResolutionAudit($id: ID!) {
  auditEvents(filter: {personId: $id}, first: 50) {
    edges {
      node {
        operation
        outcome
        personIds
        wrote
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ResolutionAuditQuery, ResolutionAuditQueryVariables>;
export const SearchDocument = new TypedDocumentString(`
    query Search($text: String!, $kinds: [SearchKind!], $first: Int, $after: String) {
  search(text: $text, kinds: $kinds, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        kind
        key
        score
        label
        detail
        node {
          id
          ... on Person {
            firstName
            lastName
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
export const SearchAuditDocument = new TypedDocumentString(`
    query SearchAudit($id: ID!) {
  auditEvents(filter: {personId: $id}, first: 20) {
    edges {
      node {
        operation
        outcome
        personIds
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SearchAuditQuery, SearchAuditQueryVariables>;
export const SplitRingCandidatesDocument = new TypedDocumentString(`
    query SplitRingCandidates($after: String) {
  duplicateCandidates(status: OPEN, first: 100, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        score
        personA {
          personId
        }
        personB {
          personId
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SplitRingCandidatesQuery, SplitRingCandidatesQueryVariables>;
export const SplitRingConfirmDocument = new TypedDocumentString(`
    mutation SplitRingConfirm($id: ID!) {
  confirmSamePerson(
    candidateId: $id
    note: "same home address, same broker in both investigations"
  ) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<SplitRingConfirmMutation, SplitRingConfirmMutationVariables>;
export const SplitRingReopenDocument = new TypedDocumentString(`
    mutation SplitRingReopen($id: ID!) {
  reopenDuplicateCandidate(candidateId: $id, note: "test finished") {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<SplitRingReopenMutation, SplitRingReopenMutationVariables>;
export const SplitRingNetworkDocument = new TypedDocumentString(`
    query SplitRingNetwork($id: ID!) {
  network(id: $id) {
    id
    evidence
    members(first: 100) {
      edges {
        node {
          role
          evidence
          personId
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SplitRingNetworkQuery, SplitRingNetworkQueryVariables>;
export const DeadlineRetryDocument = new TypedDocumentString(`
    mutation DeadlineRetry($records: [ImportRecordInput!]!) {
  importRecords(records: $records) {
    accepted
  }
}
    `) as unknown as TypedDocumentString<DeadlineRetryMutation, DeadlineRetryMutationVariables>;
export const Deadline1Document = new TypedDocumentString(`
    query Deadline1 {
  serviceInfo {
    version
    neo4jVersion
  }
}
    `) as unknown as TypedDocumentString<Deadline1Query, Deadline1QueryVariables>;
export const Deadline2Document = new TypedDocumentString(`
    query Deadline2 {
  ffls(first: 50) {
    edges {
      node {
        license
      }
    }
  }
}
    `) as unknown as TypedDocumentString<Deadline2Query, Deadline2QueryVariables>;
export const Deadline3Document = new TypedDocumentString(`
    query Deadline3 {
  viewer {
    subject
  }
}
    `) as unknown as TypedDocumentString<Deadline3Query, Deadline3QueryVariables>;
export const Limits1Document = new TypedDocumentString(`
    query Limits1 {
  serviceInfo {
    version
    neo4jVersion
  }
  viewer {
    subject
  }
}
    `) as unknown as TypedDocumentString<Limits1Query, Limits1QueryVariables>;
export const Roles1Document = new TypedDocumentString(`
    query Roles1($id: ID!) {
  auditEvents(filter: {personId: $id}, first: 100) {
    edges {
      node {
        outcome
        roles
      }
    }
  }
}
    `) as unknown as TypedDocumentString<Roles1Query, Roles1QueryVariables>;
export const Tokens1Document = new TypedDocumentString(`
    query Tokens1 {
  __schema {
    queryType {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<Tokens1Query, Tokens1QueryVariables>;
export const SeedAudit1Document = new TypedDocumentString(`
    query SeedAudit1($s: String) {
  auditEvents(filter: {subject: $s}) {
    edges {
      node {
        subject
        agencyOri
        sourceAddress
        operation
        documentHash
        personIds
        outcome
        errorCodes
        wrote
        recordsRead
        recordsAccepted
        recordsRejected
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SeedAudit1Query, SeedAudit1QueryVariables>;
export const ChartSearchGunDocument = new TypedDocumentString(`
    query ChartSearchGun($id: ID!) {
  node(id: $id) {
    ... on Firearm {
      serial
    }
  }
}
    `) as unknown as TypedDocumentString<ChartSearchGunQuery, ChartSearchGunQueryVariables>;
export const ChartSearchPersonDocument = new TypedDocumentString(`
    query ChartSearchPerson($id: ID!) {
  node(id: $id) {
    ... on Person {
      firstName
      lastName
    }
  }
}
    `) as unknown as TypedDocumentString<ChartSearchPersonQuery, ChartSearchPersonQueryVariables>;