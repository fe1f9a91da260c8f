import type { NonEmptyArray } from 'type-graphql';
import { ServiceInfoResolver } from '../system/service-info.resolver.js';

/**
 * Every resolver class of the API. Add a domain's resolvers here; the schema, the emitted
 * SDL (schema/schema.graphql) and the tests all build from this list.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const resolvers: NonEmptyArray<Function> = [ServiceInfoResolver];
