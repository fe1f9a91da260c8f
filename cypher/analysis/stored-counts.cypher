// What the last analysis runs left in the graph: scored dealers, dealers carrying riskScore,
// networks, memberships, and the distinct computedAt values (one per kind when runs replaced
// each other cleanly). Label scans of Ffl, DealerRisk and Network (thousands at scale M).
CALL () { MATCH (f:Ffl) RETURN count(f) AS ffls, count(f.riskScore) AS fflsWithScore, collect(DISTINCT f.riskComputedAt) AS fflComputedAt }
CALL () { MATCH (r:DealerRisk) RETURN count(r) AS dealerRisks, collect(DISTINCT r.computedAt) AS riskComputedAt }
CALL () { MATCH (n:Network) RETURN count(n) AS networks, collect(DISTINCT n.computedAt) AS networkComputedAt }
CALL () { MATCH (:Person)-[m:MEMBER_OF]->(:Network) RETURN count(m) AS memberships }
RETURN ffls, fflsWithScore, fflComputedAt, dealerRisks, riskComputedAt, networks, networkComputedAt, memberships
