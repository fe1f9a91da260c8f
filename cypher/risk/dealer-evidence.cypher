// The evidence behind a dealer's risk score: its crime-gun traces, newest request first, each
// with the indicator flags it counts toward; $flag keeps only traces with that flag ('ANY': all).
// Keyset page on (requestedAt DESC, id) with the filtered total; one row per dealer. Starts from
// the unique Ffl.license; a dealer's traces are bounded by the data (thousands at most).
UNWIND $keys AS key
MATCH (f:Ffl {license: key})
OPTIONAL MATCH (f)-[:HAS_RISK]->(dr:DealerRisk)
WITH key, f, coalesce(dr.computedAt, datetime()) AS asOf
// As dealer-traces: the dealer's loss reports stop accounting for its guns once they fall on
// $repeatedLossIncidents or more different days (0: never).
CALL (f) {
  OPTIONAL MATCH (th:TheftReport)-[:REPORTED_BY_FFL]->(f)
  RETURN $repeatedLossIncidents > 0 AND count(DISTINCT th.occurredOn) >= $repeatedLossIncidents AS repeatedLosses
}
CALL (f, asOf, repeatedLosses) {
  MATCH (t:Trace)-[:RESOLVED_DEALER]->(f)
  OPTIONAL MATCH (t)-[:FOR_RECOVERY]->(r:Recovery)
  OPTIONAL MATCH (r)-[:OF_FIREARM]->(g:Firearm)
  OPTIONAL MATCH (r)-[:FROM_POSSESSOR]->(pos:Person)
  OPTIONAL MATCH (t)-[:RESOLVED_PURCHASER]->(pur:Person)
  OPTIONAL MATCH (f)-[:SOLD]->(s:Sale)-[:OF_FIREARM]->(g)
  WITH t, r, g, pos, pur, s, t.timeToCrimeDays AS ttc,
       // Same rule as dealer-traces: a theft or loss reported before the trace asked is accounted for (27 CFR 478.39a).
       g IS NOT NULL AND EXISTS {
         MATCH (th:TheftReport)-[:REPORTS_THEFT_OF]->(g) WHERE th.reportedAt < coalesce(t.dealerRequestedAt, t.requestedAt)
       } AS reportedBeforeTrace,
       // The dealer's own theft or loss report of the gun (27 CFR 478.39a), as dealer-traces reads it.
       g IS NOT NULL AND EXISTS {
         MATCH (th:TheftReport)-[:REPORTS_THEFT_OF]->(g) WHERE EXISTS { (th)-[:REPORTED_BY_FFL]->(f) }
       } AS dealerReported,
       CASE
         WHEN t.dealerRequestedAt IS NULL THEN false
         WHEN t.dealerRespondedAt IS NULL THEN asOf.epochMillis - t.dealerRequestedAt.epochMillis > $answerMillis
         ELSE t.dealerRespondedAt.epochMillis - t.dealerRequestedAt.epochMillis > $answerMillis
       END AS late
  WITH t, r, g, pos, pur, s, ttc, reportedBeforeTrace, dealerReported, (t.outcome = 'NO_PURCHASER' OR (t.dealerRequestedAt IS NOT NULL AND g IS NOT NULL AND s IS NULL)) AS unrecorded, late,
       // As dealer-traces: another gun of the same purchaser from this dealer, also found with someone else within 3 years.
       g IS NOT NULL AND pur IS NOT NULL AND ttc <= $shortDays AND pos IS NOT NULL AND pos <> pur AND NOT reportedBeforeTrace AND EXISTS {
         MATCH (pur)<-[:RESOLVED_PURCHASER]-(t2:Trace)-[:RESOLVED_DEALER]->(f)
         WHERE t2.timeToCrimeDays <= $shortDays AND EXISTS {
           MATCH (t2)-[:FOR_RECOVERY]->(r2:Recovery)-[:OF_FIREARM]->(g2:Firearm)
           WHERE g2 <> g AND EXISTS { (r2)-[:FROM_POSSESSOR]->(pos2:Person) WHERE pos2 <> pur }
             AND NOT EXISTS { MATCH (th2:TheftReport)-[:REPORTS_THEFT_OF]->(g2) WHERE th2.reportedAt < coalesce(t2.dealerRequestedAt, t2.requestedAt) }
         }
       } AS repeatPurchaser
  WITH t, r, g, pos, pur, s, ttc, [flag IN [
         CASE WHEN ttc < $shortDays THEN 'TTC_UNDER_3Y' END,
         CASE WHEN ttc <= $shortDays THEN 'TTC_3Y_OR_LESS' END,
         CASE WHEN ttc < $veryShortDays THEN 'TTC_UNDER_1Y' END,
         CASE WHEN r.state IS NOT NULL AND r.state <> f.state THEN 'OUT_OF_STATE' END,
         CASE WHEN pos IS NOT NULL AND pur IS NOT NULL AND pos <> pur THEN 'NON_PURCHASER_POSSESSOR' END,
         CASE WHEN s.multipleSale THEN 'MULTIPLE_SALE' END,
         CASE WHEN g.serialObliterated THEN 'OBLITERATED_SERIAL' END,
         CASE WHEN EXISTS { (g)<-[:FIRED_FROM]-(:Casing) } THEN 'NIBIN_LINKED' END,
         CASE WHEN late THEN 'UNANSWERED_24H' END,
         // Without a dealer time only NO_PURCHASER counts (the dealer's own answer; one that named a purchaser kept a record).
         CASE WHEN unrecorded AND (NOT reportedBeforeTrace OR repeatedLosses) THEN 'NO_RECORD' END,
         // A missing record the dealer reported lost only after the trace asked (27 CFR 478.39a).
         CASE WHEN unrecorded AND NOT reportedBeforeTrace AND dealerReported THEN 'LOSS_REPORTED_AFTER_TRACE' END,
         // Not counted as a missing record, but said: the gun was reported stolen or lost first (27 CFR 478.39a).
         CASE WHEN unrecorded AND reportedBeforeTrace AND NOT repeatedLosses THEN 'REPORTED_STOLEN_OR_LOST' END,
         CASE WHEN repeatPurchaser THEN 'REPEAT_PURCHASER' END,
         // As dealer-sales: the dealer sold the gun after someone else had reported it stolen (18 U.S.C. 922(j)).
         CASE WHEN s IS NOT NULL AND EXISTS {
           MATCH (th:TheftReport)-[:REPORTS_THEFT_OF]->(g) WHERE date(th.reportedAt) < s.soldOn AND NOT EXISTS { (th)-[:REPORTED_BY_FFL]->(f) }
         } THEN 'SOLD_AFTER_THEFT_REPORT' END
       ] WHERE flag IS NOT NULL] AS flags
  // As dealer-traces: repeat purchasers count only when at least $minRepeatPurchasers different buyers came back.
  WITH collect({t: t, r: r, g: g, pos: pos, pur: pur, s: s, ttc: ttc, flags: flags}) AS rows
  WITH rows, size(apoc.coll.toSet([x IN rows WHERE 'REPEAT_PURCHASER' IN x.flags | x.pur.id])) >= $minRepeatPurchasers AS counterPattern
  UNWIND rows AS x
  WITH x.t AS t, x.r AS r, x.g AS g, x.pos AS pos, x.pur AS pur, x.s AS s, x.ttc AS ttc,
       CASE WHEN counterPattern THEN x.flags ELSE [f IN x.flags WHERE f <> 'REPEAT_PURCHASER'] END AS flags
  WHERE $flag = 'ANY' OR $flag IN flags
  WITH t, r, g, pos, pur, s, ttc, flags ORDER BY t.requestedAt DESC, t.id
  RETURN collect({
    at: t.requestedAt, id: t.id,
    node: {traceId: t.id, requestedAt: t.requestedAt, outcome: t.outcome, firearmId: g.id, soldOn: s.soldOn,
           recoveredOn: r.recoveredOn, recoveredState: r.state, timeToCrimeDays: ttc, purchaserId: pur.id,
           possessorId: pos.id, flags: flags}
  }) AS listed
}
WITH key, size(listed) AS total,
     [x IN listed WHERE $afterId IS NULL OR x.at < datetime($afterSort) OR (x.at = datetime($afterSort) AND x.id > $afterId)][0..toInteger($limit)] AS page
RETURN key, {rows: [x IN page | {node: x.node, sort: toString(x.at), id: x.id}], total: total} AS value
