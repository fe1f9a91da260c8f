// Every agency (name, state) and where its scenes are on average (the dashboard map places the
// agency there; agencies carry no coordinates of their own). Label scan: a few thousand at most.
MATCH (a:Agency)
CALL (a) {
  OPTIONAL MATCH (a)<-[:INVESTIGATED_BY]-(s:Scene)
  WHERE s.location IS NOT NULL
  RETURN avg(s.location.latitude) AS latitude, avg(s.location.longitude) AS longitude
}
RETURN a.ori AS ori, a.name AS name, a.state AS state, a.city AS city, a.nibinPartner AS nibinPartner, latitude, longitude
