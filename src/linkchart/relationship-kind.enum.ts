import { registerEnumType } from 'type-graphql';

/** The relationship types of the data model (docs/data-model.md), by which charts are filtered. */
export enum RelationshipKind {
  INVESTIGATED_BY = 'INVESTIGATED_BY',
  RECOVERED_AT = 'RECOVERED_AT',
  TEST_FIRED_FROM = 'TEST_FIRED_FROM',
  FIRED_FROM = 'FIRED_FROM',
  CORRELATES = 'CORRELATES',
  MADE_BY = 'MADE_BY',
  SOLD = 'SOLD',
  OF_FIREARM = 'OF_FIREARM',
  TO_PURCHASER = 'TO_PURCHASER',
  AT_SCENE = 'AT_SCENE',
  FROM_POSSESSOR = 'FROM_POSSESSOR',
  BY_AGENCY = 'BY_AGENCY',
  REQUESTED = 'REQUESTED',
  FOR_RECOVERY = 'FOR_RECOVERY',
  RESOLVED_DEALER = 'RESOLVED_DEALER',
  RESOLVED_PURCHASER = 'RESOLVED_PURCHASER',
  ASSOCIATE_OF = 'ASSOCIATE_OF',
}

registerEnumType(RelationshipKind, {
  name: 'RelationshipKind',
  description: 'A relationship type of the graph; link-chart operations follow only the kinds in `include` (all when omitted).',
  valuesConfig: {
    INVESTIGATED_BY: { description: '(Scene)->(Agency): the agency with jurisdiction. Time: when the scene occurred.' },
    RECOVERED_AT: { description: '(Casing)->(Scene): a casing picked up at a scene. Time: casing recovered.' },
    TEST_FIRED_FROM: { description: '(Casing)->(Firearm): a test-fire of a recovered gun. Time: test-fire casing recorded.' },
    FIRED_FROM: {
      description:
        '(Casing)->(Firearm): a scene casing matched to a gun (confirmed hit). Time: when the casing was recovered (the shot); confirmedAt is a property.',
    },
    CORRELATES: { description: '(Lead)->(Casing): a NIBIN correlation lead. Time: correlated.' },
    MADE_BY: { description: '(Firearm)->(Manufacturer). No time.' },
    SOLD: { description: '(Ffl)->(Sale): a retail sale. Time: sale date.' },
    OF_FIREARM: { description: '(Sale|Recovery)->(Firearm). Time: sale or recovery date.' },
    TO_PURCHASER: { description: '(Sale)->(Person): the purchaser. Time: sale date.' },
    AT_SCENE: { description: '(Recovery)->(Scene). Time: recovery date.' },
    FROM_POSSESSOR: { description: '(Recovery)->(Person): the possessor. Time: recovery date.' },
    BY_AGENCY: { description: '(Recovery)->(Agency): the recovering agency. Time: recovery date.' },
    REQUESTED: { description: '(Agency)->(Trace): the agency that requested a trace. Time: trace requested.' },
    FOR_RECOVERY: { description: '(Trace)->(Recovery). Time: trace requested.' },
    RESOLVED_DEALER: { description: '(Trace)->(Ffl): the dealer the trace resolved to. Time: trace requested.' },
    RESOLVED_PURCHASER: { description: '(Trace)->(Person): the purchaser the trace resolved to. Time: trace requested.' },
    ASSOCIATE_OF: { description: '(Person)->(Person): known associates. Time: since.' },
  },
});

export const ALL_RELATIONSHIP_KINDS: readonly RelationshipKind[] = Object.values(RelationshipKind);

/**
 * Links through hubs that connect nearly everything (every gun of a maker, every case of an
 * agency). Path searches leave them out unless asked, because "both guns are Glocks" or "both
 * scenes are NYPD cases" is not a connection an analyst is looking for.
 */
export const HUB_RELATIONSHIP_KINDS: readonly RelationshipKind[] = [
  RelationshipKind.MADE_BY,
  RelationshipKind.INVESTIGATED_BY,
  RelationshipKind.BY_AGENCY,
  RelationshipKind.REQUESTED,
];
