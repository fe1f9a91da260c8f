import { Field, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../common/scalars.js';
import { Ffl } from '../model/ffl.type.js';
import { Person } from '../model/person.type.js';
import { Recovery } from '../model/recovery.type.js';
import { Sale } from '../model/sale.type.js';
import { TimeToCrimeIndicator } from '../model/time-to-crime-indicator.enum.js';
import { Firearm, Manufacturer } from '../model/firearm.type.js';

@ObjectType({
  description:
    "A gun's path from legal commerce to crime, as an ATF trace reconstructs it: manufacturer or importer → retail dealer (FFL) → first retail sale and purchaser → " +
    'each police recovery (with its possessor and agency) → the traces requested on it. ' +
    'Computed indicators: time-to-crime (ATF: under 3 years possible trafficking, under 1 year strong) and time to the first NIBIN-linked shooting.',
})
export class TraceChain {
  @Field(() => Firearm, { description: 'The gun.' })
  firearm!: Firearm;

  @Field(() => Manufacturer, { nullable: true, description: 'Where the trace starts: the manufacturer (US-made) or importer (foreign-made).' })
  manufacturer!: Manufacturer | null;

  @Field(() => Ffl, { nullable: true, description: 'The retail dealer that made the first retail sale; null when the trace found none.' })
  dealer!: Ffl | null;

  @Field(() => Sale, { nullable: true, description: 'The first retail sale (date, multiple-sale flag, purchaser).' })
  sale!: Sale | null;

  @Field(() => Person, { nullable: true, description: 'The first retail purchaser (personal fields masked for roles that may not see them).' })
  purchaser!: Person | null;

  @Field(() => [Recovery], { description: 'Every police recovery of the gun, oldest first, each with possessor, agency, traces and its own time-to-crime.' })
  recoveries!: Recovery[];

  @Field(() => Int, {
    nullable: true,
    description: 'Time-to-crime of the first recovery: days from the first retail sale to the recovery (ATF definition). Null without a sale or a recovery.',
  })
  timeToCrimeDays!: number | null;

  @Field(() => TimeToCrimeIndicator, {
    nullable: true,
    description: 'What timeToCrimeDays says (ATF): STRONG under 1 year, POSSIBLE under 3 years, NONE otherwise.',
  })
  timeToCrimeIndicator!: TimeToCrimeIndicator | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Set when the stored records contradict each other (e.g. the first recovery is dated before the first retail sale): what is wrong, so the chain is not read as evidence. ' +
      'timeToCrimeIndicator is then null. Null when the chain is consistent.',
  })
  inconsistency!: string | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When the gun was first fired at a scene, per NIBIN (the first scene of a casing matched to it by a confirmed hit).',
  })
  firstShootingAt!: string | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Days from the first retail sale to the first NIBIN-linked shooting: a sharper trafficking indicator than time-to-crime, because a gun is often used ' +
      'in crime long before police recover it (https://doi.org/10.1080/0735648X.2023.2299761). Null without a sale or a linked shooting.',
  })
  timeToFirstShootingDays!: number | null;
}
