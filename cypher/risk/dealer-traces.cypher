// Trace-based raw counts per dealer and calendar year of the trace request: the inputs of the
// trace, time-to-crime, Demand Letter 2, out-of-state, non-purchaser, obliterated-serial and
// 24-hour-answer, missing-record and repeat-purchaser indicators. Label scan of Trace (the job reads every trace once per run).
MATCH (t:Trace)-[:RESOLVED_DEALER]->(f:Ffl)
// The different days on which the dealer says its own thefts or losses happened (27 CFR 478.39a):
// one burglary is one day; losses again and again are a pattern (thresholds.repeatedLossIncidents).
CALL (f) {
  OPTIONAL MATCH (th:TheftReport)-[:REPORTED_BY_FFL]->(f)
  RETURN count(DISTINCT th.occurredOn) AS lossDays
}
OPTIONAL MATCH (t)-[:FOR_RECOVERY]->(r:Recovery)
OPTIONAL MATCH (r)-[:OF_FIREARM]->(g:Firearm)
OPTIONAL MATCH (r)-[:FROM_POSSESSOR]->(pos:Person)
OPTIONAL MATCH (t)-[:RESOLVED_PURCHASER]->(pur:Person)
WITH f, lossDays, t, r, g, pos, pur, t.timeToCrimeDays AS ttc,
     // From the gun (one or two sales), never from the dealer (thousands of sales at a busy one).
     g IS NOT NULL AND NOT f IN [(g)<-[:OF_FIREARM]-(:Sale)<-[:SOLD]-(x:Ffl) | x] AS noSale,
     // The trace reached the retail dealer: the time it was asked is recorded, or, where a source
     // records no dealer times, the dealer's own answer is (a purchaser named, or NO_PURCHASER).
     t.dealerRequestedAt IS NOT NULL OR t.outcome IN ['COMPLETED', 'NO_PURCHASER'] AS reached,
     // A gun reported stolen or lost (27 CFR 478.39a: within 48 hours of discovery) before the trace
     // asked for it is accounted for; a "loss" first reported after the trace request is not.
     g IS NOT NULL AND EXISTS {
       MATCH (th:TheftReport)-[:REPORTS_THEFT_OF]->(g)
       WHERE th.reportedAt < coalesce(t.dealerRequestedAt, t.requestedAt)
     } AS reportedBeforeTrace,
     // The dealer's own theft or loss report of the gun (27 CFR 478.39a), whenever it was filed.
     g IS NOT NULL AND EXISTS {
       MATCH (th:TheftReport)-[:REPORTS_THEFT_OF]->(g)
       WHERE EXISTS { (th)-[:REPORTED_BY_FFL]->(f) }
     } AS dealerReported,
     // 18 U.S.C. 923(g)(7): the dealer must answer a trace request within 24 hours.
     CASE
       WHEN t.dealerRequestedAt IS NULL THEN false
       WHEN t.dealerRespondedAt IS NULL THEN datetime($asOf).epochMillis - t.dealerRequestedAt.epochMillis > $answerMillis
       ELSE t.dealerRespondedAt.epochMillis - t.dealerRequestedAt.epochMillis > $answerMillis
     END AS late
// Two or more crime guns of one purchaser of this dealer, each found within 3 years of sale with
// someone else: the trace pattern a straw purchaser leaves at the counter (ATF, Following the Gun,
// 2000), whatever the dealer recorded. From the purchaser (a few traces), never from the dealer.
// A gun reported stolen before its trace left by theft, not by a hand-over, on either side.
WITH f, lossDays, t, r, g, pos, pur, ttc, noSale, reached, reportedBeforeTrace, dealerReported, late,
     g IS NOT NULL AND pur IS NOT NULL AND ttc <= $shortDays AND pos IS NOT NULL AND pos <> pur AND NOT reportedBeforeTrace AND EXISTS {
       MATCH (pur)<-[:RESOLVED_PURCHASER]-(t2:Trace)-[:RESOLVED_DEALER]->(f)
       WHERE t2.timeToCrimeDays <= $shortDays AND EXISTS {
         MATCH (t2)-[:FOR_RECOVERY]->(r2:Recovery)-[:OF_FIREARM]->(g2:Firearm)
         WHERE g2 <> g AND EXISTS { (r2)-[:FROM_POSSESSOR]->(pos2:Person) WHERE pos2 <> pur }
           AND NOT EXISTS { MATCH (th2:TheftReport)-[:REPORTS_THEFT_OF]->(g2) WHERE th2.reportedAt < coalesce(t2.dealerRequestedAt, t2.requestedAt) }
       }
     } AS repeatPurchaser
WITH f.license AS license, lossDays, t.requestedAt.year AS year,
     count(t) AS traces,
     count(ttc) AS withTimeToCrime,
     count(t.dealerRequestedAt) AS dealerRequests,
     count(CASE WHEN ttc < $shortDays THEN 1 END) AS ttcUnder3y,
     count(CASE WHEN ttc <= $shortDays THEN 1 END) AS ttc3yOrLess,
     count(CASE WHEN ttc < $veryShortDays THEN 1 END) AS ttcUnder1y,
     count(CASE WHEN r.state IS NOT NULL THEN 1 END) AS withRecoveryState,
     count(CASE WHEN r.state IS NOT NULL AND r.state <> f.state THEN 1 END) AS outOfState,
     count(CASE WHEN pos IS NOT NULL AND pur IS NOT NULL THEN 1 END) AS withPossessorAndPurchaser,
     count(CASE WHEN pos IS NOT NULL AND pur IS NOT NULL AND pos <> pur THEN 1 END) AS nonPurchaser,
     count(CASE WHEN g.serialObliterated THEN 1 END) AS obliterated,
     count(CASE WHEN late THEN 1 END) AS unanswered,
     // 27 CFR 478.125: every disposition is recorded; a trace the dealer cannot tie to a sale is conduct.
     // Without a dealer time only NO_PURCHASER counts: a dealer that named a purchaser kept a record.
     count(CASE WHEN reached THEN 1 END) AS dealerReached,
     count(CASE WHEN (t.outcome = 'NO_PURCHASER' OR (t.dealerRequestedAt IS NOT NULL AND noSale)) AND NOT reportedBeforeTrace THEN 1 END) AS noRecord,
     // The same traces accounted for by a theft or loss report filed before the request (27 CFR 478.39a):
     // not counted, but the evidence says how many, so "0 without a record" is not read as "every gun on record".
     count(CASE WHEN (t.outcome = 'NO_PURCHASER' OR (t.dealerRequestedAt IS NOT NULL AND noSale)) AND reportedBeforeTrace THEN 1 END) AS reportedLost,
     // Of the missing records, those the dealer itself reported stolen or lost only after the trace asked:
     // its inventory did not show the gun gone until ATF asked for it (27 CFR 478.39a: within 48 hours
     // of discovery; 478.125: acquisition and disposition records).
     count(CASE WHEN (t.outcome = 'NO_PURCHASER' OR (t.dealerRequestedAt IS NOT NULL AND noSale)) AND NOT reportedBeforeTrace AND dealerReported THEN 1 END) AS lossAfterTrace,
     count(CASE WHEN repeatPurchaser THEN 1 END) AS repeatPurchaser,
     // The buyers behind them: one buyer coming back is that buyer's pattern, several are the counter's.
     collect(DISTINCT CASE WHEN repeatPurchaser THEN pur.id END) AS repeatPurchaserIds
RETURN license, year, traces, withTimeToCrime, dealerRequests, ttcUnder3y, ttc3yOrLess, ttcUnder1y, withRecoveryState, outOfState,
       withPossessorAndPurchaser, nonPurchaser, obliterated, unanswered, dealerReached, noRecord, reportedLost, lossAfterTrace, lossDays,
       repeatPurchaser, repeatPurchaserIds
