CREATE RANGE INDEX person_state IF NOT EXISTS FOR (n:Person) ON (n.state)
