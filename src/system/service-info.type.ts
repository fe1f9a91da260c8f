import { Field, ObjectType } from 'type-graphql';
import { Role } from '../core/role.js';

@ObjectType({ description: 'What this service runs on: versions of the service and of the graph database and its plugins.' })
export class ServiceInfo {
  @Field(() => String, { description: 'Version of crimegun-graph.' })
  version!: string;

  @Field(() => String, { description: 'Neo4j kernel version, e.g. 5.26.19.' })
  neo4jVersion!: string;

  @Field(() => String, { description: 'Neo4j edition (community or enterprise).' })
  neo4jEdition!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Graph Data Science library version; null when the server has none (network analytics then fail with GDS_UNAVAILABLE).',
  })
  gdsVersion!: string | null;

  @Field(() => String, { nullable: true, description: 'APOC core version; null when absent.' })
  apocVersion!: string | null;
}

@ObjectType({ description: 'The caller, as the bearer token says.' })
export class Viewer {
  @Field(() => String, { description: 'Token subject (user id).' })
  subject!: string;

  @Field(() => String, { description: "ORI of the caller's agency." })
  agencyOri!: string;

  @Field(() => [Role], { description: 'Roles granted by the token.' })
  roles!: Role[];

  @Field(() => Boolean, { description: 'Whether personal data (names, dates of birth, addresses of people) is shown unmasked to this caller.' })
  canSeePersonalData!: boolean;
}
