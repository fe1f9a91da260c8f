// The daily brief of one agency over [$from, $to): each part starts from a range index
// (recovery_recovered_on, casing_submitted_to_nibin_at, lead_correlated_at, lead_reviewed_at,
// lead_due_at) and keeps what touches the agency (its recoveries, its scenes' casings, leads whose
// casings were found at its scenes). Lead lists are bounded by $max.
CALL () {
  MATCH (r:Recovery)
  WHERE r.recoveredOn >= date(datetime($from)) AND r.recoveredOn < date(datetime($to))
    AND EXISTS { (r)-[:BY_AGENCY]->(:Agency {ori: $ori}) }
  RETURN count(r) AS gunsRecovered
}
CALL () {
  MATCH (c:Casing)
  WHERE c.submittedToNibinAt >= datetime($from) AND c.submittedToNibinAt < datetime($to)
    AND (EXISTS { (c)-[:RECOVERED_AT]->(:Scene)-[:INVESTIGATED_BY]->(:Agency {ori: $ori}) }
      OR EXISTS { (c)-[:TEST_FIRED_FROM]->(:Firearm)<-[:OF_FIREARM]-(:Recovery)-[:BY_AGENCY]->(:Agency {ori: $ori}) })
  RETURN count(c) AS casingsEntered,
         count(CASE WHEN c.submittedToNibinAt > c.recoveredAt + duration({hours: $entryTargetHours}) THEN 1 END) AS casingsEnteredLate
}
CALL () {
  MATCH (l:Lead)
  WHERE l.correlatedAt >= datetime($from) AND l.correlatedAt < datetime($to)
    AND EXISTS { (l)-[:CORRELATES]->(:Casing)-[:RECOVERED_AT]->(:Scene)-[:INVESTIGATED_BY]->(:Agency {ori: $ori}) }
  WITH l ORDER BY l.correlatedAt DESC, l.id
  RETURN count(l) AS newLeadCount, collect(l)[..toInteger($max)] AS newLeads
}
CALL () {
  MATCH (l:Lead)
  WHERE l.reviewedAt >= datetime($from) AND l.reviewedAt < datetime($to) AND l.status = 'CONFIRMED'
  // A hit touches an agency through a casing found at its scene, or a test-fire of a gun it recovered.
  CALL (l) {
    MATCH (l)-[:CORRELATES]->(c:Casing)
    OPTIONAL MATCH (c)-[:RECOVERED_AT]->(:Scene)-[:INVESTIGATED_BY]->(a:Agency)
    OPTIONAL MATCH (c)-[:TEST_FIRED_FROM]->(:Firearm)<-[:OF_FIREARM]-(:Recovery)-[:BY_AGENCY]->(b:Agency)
    RETURN collect(DISTINCT a.ori) + collect(DISTINCT b.ori) AS oris
  }
  WITH l, oris WHERE $ori IN oris
  WITH l, size([o IN oris WHERE o <> $ori]) > 0 AS crossAgency ORDER BY l.reviewedAt DESC, l.id
  RETURN count(l) AS newHitCount, collect(l)[..toInteger($max)] AS newHits,
         [x IN collect(CASE WHEN crossAgency THEN l END) WHERE x IS NOT NULL][..toInteger($max)] AS crossAgencyHits
}
CALL () {
  MATCH (l:Lead)
  WHERE l.dueAt < datetime($now) AND l.outcome IS NULL AND l.closedAt IS NULL
    AND EXISTS { (l)-[:CORRELATES]->(:Casing)-[:RECOVERED_AT]->(:Scene)-[:INVESTIGATED_BY]->(:Agency {ori: $ori}) }
  WITH l ORDER BY l.dueAt, l.id
  RETURN count(l) AS overdueReferralCount, collect(l)[..toInteger($max)] AS overdueReferrals
}
RETURN gunsRecovered, casingsEntered, casingsEnteredLate, newLeadCount, newLeads, newHitCount, newHits,
       crossAgencyHits, overdueReferralCount, overdueReferrals
