// A city some person lives in (test/search/search-warm-up.test.ts: a warm-up text that finds people).
MATCH (p:Person) WHERE p.city IS NOT NULL
RETURN p.city AS city
LIMIT 1
