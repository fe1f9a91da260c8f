import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { authChecker } from '../auth/auth-checker.js';
import { resolvers } from './resolvers.js';

let cached: Promise<GraphQLSchema> | undefined;

/** Builds the executable schema once per process from the type-graphql classes. */
export function buildAppSchema(): Promise<GraphQLSchema> {
  cached ??= buildSchema({
    resolvers,
    authChecker,
    // Personal fields a role may not see resolve to null (masked); see src/auth/auth-checker.ts.
    authMode: 'null',
    validate: false,
    emitSchemaFile: false,
    // Subscriptions stream from the outbox (src/subscription), each with its own `subscribe`;
    // type-graphql insists on a PubSub all the same, and this one refuses topic use.
    pubSub: {
      publish: () => {
        throw new Error('topic pub/sub is not used: events go through the outbox');
      },
      subscribe: () => {
        throw new Error('topic pub/sub is not used: events go through the outbox');
      },
    },
  });
  return cached;
}
