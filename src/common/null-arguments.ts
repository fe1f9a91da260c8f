import type { ApolloServerPlugin } from '@apollo/server';
import {
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  BREAK,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ValueNode,
} from 'graphql';
import type { AppError } from '../errors/app-error.js';
import { badInput } from '../errors/app-error.js';

/**
 * GraphQL lets a nullable variable stand for a non-null argument that has a default
 * (`first: Int! = 20` given `$n: Int`), so validation passes; if the client then sends
 * `{"n": null}`, graphql-js refuses the argument only while executing the field, with an error
 * that carries no code, and the client saw INTERNAL_SERVER_ERROR "Internal error" for its own
 * mistake (GraphiQL keeps a cleared variable as null). This finds such a null once the variables
 * are known, before any resolver runs, and names the argument at fault like every other argument
 * rule (docs/api.md, Errors: BAD_USER_INPUT with `extensions.field`, e.g. `first` or
 * `filter.maxSeeds`).
 */
export function nullForNonNullArgument(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode | undefined,
  variables: Record<string, unknown>,
): AppError | null {
  const isNullVariable = (value: ValueNode) =>
    value.kind === Kind.VARIABLE && Object.hasOwn(variables, value.name.value) && variables[value.name.value] === null;
  const find = (value: ValueNode, type: GraphQLInputType, path: string): string | null => {
    if (isNonNullType(type) && isNullVariable(value)) return path;
    const inner = isNonNullType(type) ? type.ofType : type;
    if (value.kind === Kind.OBJECT && isInputObjectType(inner)) {
      const fields = inner.getFields();
      for (const f of value.fields) {
        const def = fields[f.name.value];
        const found = def ? find(f.value, def.type, `${path}.${f.name.value}`) : null;
        if (found) return found;
      }
    }
    if (value.kind === Kind.LIST && isListType(inner)) {
      for (const [i, item] of value.values.entries()) {
        const found = find(item, inner.ofType, `${path}[${i}]`);
        if (found) return found;
      }
    }
    return null;
  };
  let problem: string | null = null;
  const typeInfo = new TypeInfo(schema);
  // Only the operation that runs (and the fragments it may spread): the variables are its own.
  const fragments = document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
  const runs: DocumentNode = { kind: Kind.DOCUMENT, definitions: operation ? [operation, ...fragments] : document.definitions };
  visit(
    runs,
    visitWithTypeInfo(typeInfo, {
      Argument(node) {
        const arg = typeInfo.getArgument();
        problem = arg ? find(node.value, arg.type, node.name.value) : null;
        return problem ? BREAK : false;
      },
    }),
  );
  return problem ? badInput(problem, 'must not be null; leave it out to use its default') : null;
}

/** Refuses, before any resolver runs, an HTTP operation whose variables give null for a non-null argument. */
export const nullArgumentPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ document, operation, request, schema }) {
        const error = nullForNonNullArgument(schema, document, operation, request.variables ?? {});
        if (error) {
          // Same status as Apollo's own refusal of a variable of the wrong type.
          error.extensions.http = { status: 400 };
          throw error;
        }
      },
    };
  },
};
