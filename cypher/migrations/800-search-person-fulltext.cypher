CREATE FULLTEXT INDEX search_person IF NOT EXISTS FOR (n:Person) ON EACH [n.id, n.firstName, n.lastName, n.address, n.city]
