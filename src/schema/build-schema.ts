import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { authChecker } from '../auth/auth-checker.js';
import { validateArgs } from '../common/validate-args.js';
import { resolvers } from './resolvers.js';

let cached: Promise<GraphQLSchema> | undefined;

/** Builds the executable schema once per process from the type-graphql classes. */
export function buildAppSchema(): Promise<GraphQLSchema> {
  cached ??= buildSchema({
    resolvers,
    authChecker,
    // Personal fields a role may not see resolve to null (masked); see src/auth/auth-checker.ts.
    authMode: 'null',
    // Arguments are checked against the zod schemas their input types declare (@ValidatedBy);
    // class-validator is not used (docs/architecture.md, Argument validation).
    validateFn: validateArgs,
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
