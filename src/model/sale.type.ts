import { Field, ObjectType } from 'type-graphql';
import { Node } from './node.type.js';
import { LocalDateScalar } from '../common/scalars.js';

@ObjectType({
  implements: Node,
  description:
    'A retail sale of a firearm by a licensed dealer to a purchaser (the first retail sale is where an ATF trace ends). ' +
    'Dealer, purchaser and firearm are fields of their own.',
})
export class Sale {
  /** Natural key of the row; the API shows it as `<kind>Id`, and `id` is the global id (src/node). */
  id!: string;

  @Field(() => LocalDateScalar, { description: 'Date of sale.' })
  soldOn!: string;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Part of a multiple sale: two or more handguns to the same buyer within five business days, which dealers must report to ATF (form 3310.4); a trafficking indicator.',
  })
  multipleSale!: boolean | null;
}
