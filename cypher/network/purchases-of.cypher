// Every retail purchase of the given people (dates, dealers, multiple-sale reports): purchase
// clustering and repeat buying. Starts from the unique Person.id; a person's purchases are few.
UNWIND $ids AS id
MATCH (p:Person {id: id})<-[:TO_PURCHASER]-(s:Sale)<-[:SOLD]-(f:Ffl)
RETURN p.id AS purchaserId, toString(s.soldOn) AS soldOn, f.license AS dealerLicense, coalesce(s.multipleSale, false) AS multipleSale
