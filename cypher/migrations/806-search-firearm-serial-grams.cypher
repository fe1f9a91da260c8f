CREATE FULLTEXT INDEX search_firearm_serial_grams IF NOT EXISTS FOR (n:Firearm) ON EACH [n.serial] OPTIONS {indexConfig: {`fulltext.analyzer`: 'crimegun-trigram'}}
