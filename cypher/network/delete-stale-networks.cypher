// Removes networks of earlier runs, with their MEMBER_OF and INVOLVES_* relationships. Label
// scan of Network (hundreds at most).
MATCH (x:Network)
WHERE x.computedAt <> datetime($computedAt)
DETACH DELETE x
