// Every agency (name, state, city) for the metric cells. Label scan: a few thousand at most.
MATCH (a:Agency)
RETURN a.ori AS ori, a.name AS name, a.state AS state, a.city AS city, a.nibinPartner AS nibinPartner
