import type { ApolloServerPlugin } from '@apollo/server';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { GraphQLError, Kind, validate, visit, type DocumentNode, type GraphQLSchema, type ValueNode } from 'graphql';
import { ErrorCode } from '../errors/error-code.js';

const PAGE_SIZE_ARGUMENTS = new Set(['first', 'last']);

/**
 * The document with every page size given by a variable (`first: $n`) replaced by the request's
 * value for it, or the variable's default. The cost rule multiplies a list's cost by its page size
 * only when the size is written in the document, so without this a client could send a cost bomb
 * through variables (OWASP GraphQL cheat sheet: query cost analysis). Returns null when no page
 * size comes from a variable (nothing to check again).
 */
export function inlinePageSizes(document: DocumentNode, variables: Record<string, unknown>): DocumentNode | null {
  const defaults = new Map<string, ValueNode>();
  visit(document, {
    VariableDefinition(node) {
      if (node.defaultValue) defaults.set(node.variable.name.value, node.defaultValue);
    },
  });
  let changed = false;
  const inlined = visit(document, {
    Argument(node) {
      if (!PAGE_SIZE_ARGUMENTS.has(node.name.value) || node.value.kind !== Kind.VARIABLE) return undefined;
      const given = variables[node.value.name.value];
      const value: ValueNode | undefined =
        typeof given === 'number' && Number.isInteger(given) ? { kind: Kind.INT, value: String(given) } : defaults.get(node.value.name.value);
      if (!value) return undefined;
      changed = true;
      return { ...node, value };
    },
  });
  return changed ? inlined : null;
}

/**
 * Whether the operation, priced again once its variables are known (the same graphql-armor cost
 * rule and limit as validation), costs more than `maxCost`.
 */
export function overCostWithVariables(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>, maxCost: number): boolean {
  const inlined = inlinePageSizes(document, variables);
  if (!inlined) return false;
  let over = false;
  validate(schema, inlined, [costLimitRule({ maxCost, exposeLimits: false, propagateOnRejection: false, onReject: [() => (over = true)] })]);
  return over;
}

/** The refusal of an operation over the cost limit: QUERY_REJECTED, limit COST, no number in the message. */
export const costRejection = (message: string) =>
  new GraphQLError(message, { extensions: { code: ErrorCode.QUERY_REJECTED, limit: 'COST', http: { status: 400 } } });

/** Refuses, before any resolver runs, an HTTP operation whose variables make it cost too much. */
export function variableCostPlugin(maxCost: number, message: string): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request, schema }) {
          if (overCostWithVariables(schema, document, request.variables ?? {}, maxCost)) throw costRejection(message);
        },
      };
    },
  };
}
