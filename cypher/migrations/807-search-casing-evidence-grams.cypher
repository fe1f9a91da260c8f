CREATE FULLTEXT INDEX search_casing_evidence_grams IF NOT EXISTS FOR (n:Casing) ON EACH [n.evidenceId] OPTIONS {indexConfig: {`fulltext.analyzer`: 'crimegun-trigram'}}
