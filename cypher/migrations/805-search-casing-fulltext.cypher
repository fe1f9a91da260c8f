CREATE FULLTEXT INDEX search_casing IF NOT EXISTS FOR (n:Casing) ON EACH [n.evidenceId, n.caliber]
