import { Field, Float, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../pagination/connection.type.js';

/** What `search` looks through; the value is the graph label, which also prefixes the global id. */
export enum SearchKind {
  PERSON = 'Person',
  FIREARM = 'Firearm',
  FFL = 'Ffl',
  AGENCY = 'Agency',
  SCENE = 'Scene',
  CASING = 'Casing',
}

registerEnumType(SearchKind, {
  name: 'SearchKind',
  description: 'A kind of record `search` looks through.',
  valuesConfig: {
    PERSON: { description: 'People by name, street address, city or id (name and address only for roles that may see personal data).' },
    FIREARM: { description: 'Firearms by serial (partial, fuzzy, `?` for an unrestored character), id, make or model.' },
    FFL: { description: 'Licensed dealers by license number, name, premises address or city.' },
    AGENCY: { description: 'Police agencies by ORI, name or city.' },
    SCENE: { description: 'Crime scenes by street address, city or incident id.' },
    CASING: { description: 'Cartridge casings by evidence id or caliber.' },
  },
});

@ObjectType({ description: 'One search result: what it is, how well it matched, and a caption to show.' })
export class SearchHit {
  @Field(() => ID, { description: 'Global id (`Firearm:FA-…`): the id of `node(id:)` and of link-chart seeds.' })
  id!: string;

  @Field(() => SearchKind, { description: 'What kind of record matched.' })
  kind!: SearchKind;

  @Field(() => String, { description: 'The natural key (person id, firearm id, license, ORI, incident id, evidence id).' })
  key!: string;

  @Field(() => Float, { description: 'Lucene relevance score (higher is better); results are ordered by it, ties by id.' })
  score!: number;

  @Field(() => String, {
    description: "A caption: a person's name (or \"Person <id>\" when personal data is masked), a gun's make, model and serial, a dealer's name, …",
  })
  label!: string;

  @Field(() => String, { nullable: true, description: 'A second line: state, city, caliber or date; never personal data.' })
  detail!: string | null;
}

export const SearchHitConnection = Connection(SearchHit, 'SearchHit', 'search hit');
