CREATE FULLTEXT INDEX search_agency IF NOT EXISTS FOR (n:Agency) ON EACH [n.ori, n.name, n.city]
