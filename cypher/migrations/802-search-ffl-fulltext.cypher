CREATE FULLTEXT INDEX search_ffl IF NOT EXISTS FOR (n:Ffl) ON EACH [n.license, n.name, n.premisesAddress, n.city]
