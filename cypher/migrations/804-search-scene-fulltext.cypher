CREATE FULLTEXT INDEX search_scene IF NOT EXISTS FOR (n:Scene) ON EACH [n.id, n.address, n.city]
