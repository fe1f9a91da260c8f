CREATE RANGE INDEX person_last_name IF NOT EXISTS FOR (n:Person) ON (n.lastName)
