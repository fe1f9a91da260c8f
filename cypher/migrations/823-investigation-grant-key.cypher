// Who may open an investigation: one grant per (investigation, grantee); key "<id>|user:<subject>"
// or "<id>|agency:<ORI>". Unique, so sharing twice changes nothing.
CREATE CONSTRAINT investigation_grant_key IF NOT EXISTS FOR (n:InvestigationGrant) REQUIRE n.key IS UNIQUE
