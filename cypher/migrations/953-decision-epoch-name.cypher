// The decision epoch: one node counting the supervisors' decisions that changed a record, so an
// import writes only what it checked against the records as they still are (src/import/decision-epoch.data.ts).
// Unique, so two first runs cannot create two.
CREATE CONSTRAINT decision_epoch_name IF NOT EXISTS FOR (n:DecisionEpoch) REQUIRE n.name IS UNIQUE
