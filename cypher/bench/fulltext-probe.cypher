// One full-text index asked the way search asks it (at most $cap best hits): for timing each
// index and each form of the query on its own (bench/search-profile.bench.ts).
CALL db.index.fulltext.queryNodes($index, $query, {limit: $cap}) YIELD node, score
RETURN count(node) AS hits
