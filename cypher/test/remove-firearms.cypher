// Test isolation only (never run by the service): removes the firearms one test file created, by
// id, so that its straw-evidence guns stop counting in the statistics of the test files after it
// (the counter scan's chance rate, the association null). Starts from the unique Firearm.id.
UNWIND $ids AS id
MATCH (g:Firearm {id: id})
DETACH DELETE g
