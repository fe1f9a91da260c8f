// Hits of one or more kinds for search (src/search/search-plan.ts builds each $plans entry):
// per kind, the best $cap hits of its full-text index for plan.query, plus, when a word is
// typed from the middle of a serial or an evidence id, the hits of the field's trigram index
// for plan.gramQuery (migrations 806–807: a phrase of trigrams, so no leading wildcard walks the
// term dictionary) whose plan.gramFields text holds every other word (plan.gramRest, one
// regular expression each). A node found both ways scores the sum. Per kind: ranked by score,
// ties by global id, keyset page after ($afterSort, $afterId), total = hits kept (at most
// $cap). The service splits the kinds over a few statements run at the same time (search.data.ts).
UNWIND $plans AS plan
CALL (plan) {
  CALL (plan) {
    CALL db.index.fulltext.queryNodes(plan.index, plan.query, {limit: $cap}) YIELD node, score
    RETURN node, score
    UNION ALL
    WITH plan WHERE plan.gramQuery IS NOT NULL
    CALL db.index.fulltext.queryNodes(plan.gramIndex, plan.gramQuery, {limit: $cap}) YIELD node, score
    WITH node, score, toLower(reduce(s = '', f IN plan.gramFields | s + ' ' + coalesce(toString(node[f]), ''))) AS text
    WHERE all(r IN plan.gramRest WHERE text =~ r)
    RETURN node, score
  }
  WITH node, sum(score) AS score
  WITH node, score, plan.kind + ':' + node[plan.keyField] AS gid
  ORDER BY score DESC, gid ASC
  WITH collect({node: node, score: score, gid: gid})[0..$cap] AS hits
  RETURN size(hits) AS total, [h IN hits WHERE $afterSort IS NULL OR h.score < $afterSort OR (h.score = $afterSort AND h.gid > $afterId)][0..$limit] AS page
}
RETURN plan.kind AS kind, total, [h IN page | {key: h.node[plan.keyField], score: h.score, gid: h.gid, caption: [f IN plan.caption | h.node[f]]}] AS hits
