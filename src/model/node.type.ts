import { Field, ID, InterfaceType } from 'type-graphql';

/**
 * Global object identification (Relay server specification): every entity of the graph has one
 * `id` that names its kind and natural key (`Person:P-09CW6TD`, `Ffl:1-59-031-02-7H-10497`), the
 * same id link charts use, so a client can refetch any object with `node(id:)` and a normalised
 * cache (Apollo Client, Relay) keys every object without type policies.
 */
@InterfaceType('Node', {
  description:
    'An object with a global id (Relay global object identification): `Kind:naturalKey`, e.g. `Casing:EV-0XH9W73`, the id link charts use. ' +
    'Refetch any object with `node(id:)`; the natural key stays a field of its own (evidenceId, license, ori, personId, ...).',
  resolveType: (value: { __typename?: string }) => value.__typename,
})
export abstract class Node {
  @Field(() => ID, { description: 'Global id: kind and natural key (`Person:P-09CW6TD`). Stable across requests, exports and link charts.' })
  id!: string;
}
