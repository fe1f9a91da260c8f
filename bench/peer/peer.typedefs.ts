/**
 * Type definitions of the peer server: the same labels and relationships as this project's graph
 * (docs/data-model.md), written for @neo4j/graphql 7. Native relationship fields wherever the
 * library can express the traversal; `@cypher` only where it cannot (the NIBIN same-gun walk,
 * time-to-crime, the first shooting), with the statements copied from cypher/casing/linked-scenes.cypher
 * and cypher/firearm/trace-chain.cypher. Tuned as the library's documentation recommends: every
 * field the questions do not need is left out, lists are bounded with `@limit`, and `@cypher`
 * fields name their column.
 */
export const PEER_TYPE_DEFS = /* GraphQL */ `
  type Agency @node {
    ori: ID!
    name: String
    state: String
    scenes: [Scene!]! @relationship(type: "INVESTIGATED_BY", direction: IN)
  }

  type Scene @node @limit(default: 50, max: 100) {
    id: ID!
    occurredAt: DateTime
    kind: String
    address: String
    city: String
    state: String
    location: Point
    agency: [Agency!]! @relationship(type: "INVESTIGATED_BY", direction: OUT)
    casings: [Casing!]! @relationship(type: "RECOVERED_AT", direction: IN)
  }

  """
  One stop of a same-gun series (the project's LinkedScene, flattened: the library maps a
  @cypher map column onto a plain object type).
  """
  type PeerLinkedScene {
    sceneId: ID!
    occurredAt: DateTime
    kind: String
    latitude: Float
    longitude: Float
    agencyOri: String
    agencyName: String
    evidenceIds: [String!]!
    distanceKm: Float
    daysSincePrevious: Float
    otherJurisdiction: Boolean!
  }

  type Casing @node {
    evidenceId: ID!
    caliber: String
    recoveredAt: DateTime
    testFire: Boolean
    scene: [Scene!]! @relationship(type: "RECOVERED_AT", direction: OUT)
    linkedScenes: [PeerLinkedScene!]!
      @cypher(
        statement: """
        OPTIONAL MATCH (this)-[:RECOVERED_AT]->(:Scene)-[:INVESTIGATED_BY]->(home:Agency)
        CALL (this) {
          OPTIONAL MATCH p = ANY SHORTEST (this)((:Casing)<-[:CORRELATES]-(l:Lead WHERE l.status IN ['CONFIRMED'])-[:CORRELATES]->(:Casing)){1,10}(other:Casing)
          WITH other, length(p) / 2 AS hops
          WHERE other IS NULL OR hops <= 6
          WITH collect(DISTINCT other)[..500] AS others
          RETURN [this] + others AS viaLeads
        }
        CALL (viaLeads) {
          UNWIND viaLeads AS c
          OPTIONAL MATCH (c)-[:FIRED_FROM|TEST_FIRED_FROM]->(:Firearm)<-[:FIRED_FROM|TEST_FIRED_FROM]-(m:Casing)
          RETURN collect(DISTINCT m)[..500] AS viaGun
        }
        UNWIND viaLeads + viaGun AS c
        WITH DISTINCT home, c
        MATCH (c)-[:RECOVERED_AT]->(s:Scene)
        OPTIONAL MATCH (s)-[:INVESTIGATED_BY]->(a:Agency)
        WITH home, s, a, collect(c.evidenceId) AS evidenceIds
        ORDER BY s.occurredAt, s.id
        WITH home, collect({s: s, a: a, evidenceIds: evidenceIds}) AS stops
        WITH coalesce(home.ori, stops[0].a.ori) AS homeOri, stops
        UNWIND range(0, size(stops) - 1) AS i
        WITH homeOri, stops[0].s AS first, stops[i] AS stop, CASE WHEN i > 0 THEN stops[i - 1].s END AS previous
        RETURN {
          sceneId: stop.s.id, occurredAt: stop.s.occurredAt, kind: stop.s.kind,
          latitude: stop.s.location.latitude, longitude: stop.s.location.longitude,
          agencyOri: stop.a.ori, agencyName: stop.a.name, evidenceIds: stop.evidenceIds,
          distanceKm: round(point.distance(first.location, stop.s.location) / 1000.0, 3),
          daysSincePrevious: CASE WHEN previous IS NULL THEN null
            ELSE round(duration.inSeconds(previous.occurredAt, stop.s.occurredAt).seconds / 86400.0, 3) END,
          otherJurisdiction: homeOri IS NOT NULL AND stop.a IS NOT NULL AND stop.a.ori <> homeOri
        } AS linked
        """
        columnName: "linked"
      )
  }

  type Manufacturer @node {
    name: ID!
    kind: String
  }

  type Ffl @node {
    license: ID!
    name: String
    state: String
  }

  type Person @node {
    id: ID!
    state: String
  }

  type Sale @node {
    id: ID!
    soldOn: Date
    multipleSale: Boolean
    dealer: [Ffl!]! @relationship(type: "SOLD", direction: IN)
    purchaser: [Person!]! @relationship(type: "TO_PURCHASER", direction: OUT)
  }

  type Trace @node {
    id: ID!
    outcome: String
    requestedAt: DateTime
    completedAt: DateTime
    requestingAgency: [Agency!]! @relationship(type: "REQUESTED", direction: IN)
  }

  type Recovery @node {
    id: ID!
    recoveredOn: Date
    state: String
    possessor: [Person!]! @relationship(type: "FROM_POSSESSOR", direction: OUT)
    agency: [Agency!]! @relationship(type: "BY_AGENCY", direction: OUT)
    traces: [Trace!]! @relationship(type: "FOR_RECOVERY", direction: IN)
    "Days from the gun's first retail sale to this recovery (ATF time-to-crime)."
    timeToCrimeDays: Int
      @cypher(
        statement: """
        OPTIONAL MATCH (this)-[:OF_FIREARM]->(:Firearm)<-[:OF_FIREARM]-(s:Sale)
        WITH this, s ORDER BY s.soldOn, s.id LIMIT 1
        RETURN CASE WHEN s IS NULL THEN null ELSE duration.inDays(s.soldOn, this.recoveredOn).days END AS ttc
        """
        columnName: "ttc"
      )
  }

  type Firearm @node {
    id: ID!
    make: String
    caliber: String
    manufacturer: [Manufacturer!]! @relationship(type: "MADE_BY", direction: OUT)
    sales: [Sale!]! @relationship(type: "OF_FIREARM", direction: IN)
    recoveries: [Recovery!]! @relationship(type: "OF_FIREARM", direction: IN)
    "The first shooting this gun is tied to by NIBIN (a scene casing FIRED_FROM it)."
    firstShootingAt: DateTime
      @cypher(
        statement: """
        OPTIONAL MATCH (sh:Scene)<-[:RECOVERED_AT]-(:Casing)-[:FIRED_FROM]->(this)
        WHERE sh.kind <> 'RECOVERY_ONLY'
        RETURN min(sh.occurredAt) AS first
        """
        columnName: "first"
      )
  }
`;
