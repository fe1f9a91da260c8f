import { Field, ID, ObjectType } from 'type-graphql';
import { Node } from './node.type.js';
import { FirearmKind } from './firearm-kind.enum.js';
import { ManufacturerKind } from './manufacturer-kind.enum.js';

@ObjectType({
  implements: Node,
  description:
    'A firearm known to the graph: recovered by police, traced by ATF, or matched to scenes through NIBIN. ' +
    'Its trace chain runs from maker or importer to the retail dealer, the first purchaser and each recovery.',
})
export class Firearm {
  /** Natural key of the row; the API shows it as `<kind>Id`, and `id` is the global id (src/node). */
  id!: string;

  @Field(() => String, { nullable: true, description: 'Serial number as recorded; null or partial when obliterated.' })
  serial!: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'True when the serial was filed or ground off: a deliberate act that blocks tracing and is itself a trafficking signal.',
  })
  serialObliterated!: boolean | null;

  @Field(() => String, { nullable: true, description: 'Make (brand) as marked on the gun.' })
  make!: string | null;

  @Field(() => String, { nullable: true, description: 'Model.' })
  model!: string | null;

  @Field(() => String, { nullable: true, description: 'Caliber, e.g. 9mm Luger.' })
  caliber!: string | null;

  @Field(() => FirearmKind, { nullable: true, description: 'Pistol, revolver, rifle or shotgun.' })
  kind!: FirearmKind | null;
}

@ObjectType({
  implements: Node,
  description: 'The licensed manufacturer (US-made guns) or importer (foreign-made guns) where an ATF trace begins.',
})
export class Manufacturer {
  @Field(() => ID, { description: 'Name of the manufacturer or importer. Natural key.' })
  name!: string;

  @Field(() => ManufacturerKind, { description: 'Manufacturer or importer.' })
  kind!: ManufacturerKind;

  @Field(() => String, { nullable: true, description: 'Country where the gun was made.' })
  country!: string | null;
}
