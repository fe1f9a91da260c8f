import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeScalar } from '../common/scalars.js';
import { Connection } from '../pagination/connection.type.js';

export enum WatchKind {
  SERIES = 'SERIES',
  FIREARM = 'FIREARM',
  PERSON = 'PERSON',
  DEALER = 'DEALER',
  AGENCY = 'AGENCY',
}
registerEnumType(WatchKind, {
  name: 'WatchKind',
  description:
    'What a watch follows. SERIES: a casing (by evidence id) and every casing linked to it by confirmed hits; FIREARM: a gun (id); PERSON: a person (id) tied to a linked gun; ' +
    'DEALER: a licensee (license) that sold a linked gun; AGENCY: an agency (ORI) with a scene in the series.',
});

@ObjectType({ description: 'One entry of your watchlist: lead events touching it reach your leadEvents subscription.' })
export class Watch {
  @Field(() => ID, { description: 'Watch id (to remove it).' })
  id!: string;

  @Field(() => WatchKind, { description: 'What kind of record is watched.' })
  kind!: WatchKind;

  @Field(() => String, { description: 'Its key: evidence id, firearm id, person id, FFL license or ORI.' })
  key!: string;

  @Field(() => DateTimeScalar, { description: 'When it was added.' })
  createdAt!: string;
}

export const WatchConnection = Connection(Watch, 'Watch', 'watch', 'watches');
