// How many records point at each gun (sales, recoveries and theft reports of it): read before the checks
// (chronology-facts.cypher, storedLinks) and again under the guns' locks (guns-lock.cypher) just
// before the write. A new sale or recovery of the gun written by another import since the checks adds a
// link: the batch is checked again. A changed date or re-pointed record is a correction, which moves the
// decision epoch instead. The count is the gun's degree (no record is read), so the statement stays cheap
// in every batch of sales written.
// Starts from the firearm_id constraint.
UNWIND $firearms AS k
MATCH (f:Firearm {id: k})
RETURN k AS key, COUNT { (f)<-[:OF_FIREARM]-() } AS links
