// One kind's hits for search (src/search/search-plan.ts builds the parameters): the best $cap
// hits of its full-text index for $query, plus, when a word is typed from the middle of a
// serial or an evidence id, the hits of the field's trigram index for $gramQuery (migrations
// 806–807: a phrase of trigrams, so no leading wildcard walks the term dictionary) whose
// $gramFields text holds every other word ($gramRest, one regular expression each). A node
// found both ways scores the sum. Ranked by score, ties by global id, keyset page after
// ($afterSort, $afterId); total = hits kept (at most $cap). Each kind runs as its own
// statement, so the service asks the kinds at the same time (src/search/search.data.ts).
CALL () {
  CALL db.index.fulltext.queryNodes($index, $query, {limit: $cap}) YIELD node, score
  RETURN node, score
  UNION ALL
  WITH 1 AS go WHERE $gramQuery IS NOT NULL
  CALL db.index.fulltext.queryNodes($gramIndex, $gramQuery, {limit: $cap}) YIELD node, score
  WITH node, score, toLower(reduce(s = '', f IN $gramFields | s + ' ' + coalesce(toString(node[f]), ''))) AS text
  WHERE all(r IN $gramRest WHERE text =~ r)
  RETURN node, score
}
WITH node, sum(score) AS score
WITH node, score, $kind + ':' + node[$keyField] AS gid
ORDER BY score DESC, gid ASC
WITH collect({node: node, score: score, gid: gid})[0..$cap] AS hits
WITH size(hits) AS total, [h IN hits WHERE $afterSort IS NULL OR h.score < $afterSort OR (h.score = $afterSort AND h.gid > $afterId)][0..$limit] AS page
RETURN total, [h IN page | {key: h.node[$keyField], score: h.score, gid: h.gid, caption: [f IN $caption | h.node[f]]}] AS hits
