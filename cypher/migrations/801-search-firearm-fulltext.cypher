CREATE FULLTEXT INDEX search_firearm IF NOT EXISTS FOR (n:Firearm) ON EACH [n.id, n.serial, n.make, n.model]
