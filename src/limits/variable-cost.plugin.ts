import type { ApolloServerPlugin } from '@apollo/server';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import {
  GraphQLError,
  Kind,
  TypeInfo,
  validate,
  visit,
  visitWithTypeInfo,
  type ArgumentNode,
  type DocumentNode,
  type GraphQLSchema,
  type ValueNode,
} from 'graphql';
import { ErrorCode } from '../errors/error-code.js';

const PAGE_SIZE_ARGUMENTS = new Set(['first', 'last']);

/**
 * The document with every page size written in: a size given by a variable (`first: $n`) becomes
 * the request's value for it, or the variable's default, and a list whose size is left out gets
 * the schema's default for it (`first: Int! = 20`). The cost rule multiplies a list's cost by its
 * page size only when the size is written in the document, so without this a client could send
 * a cost bomb through variables or defaults (OWASP GraphQL cheat sheet: query cost analysis).
 * Returns null when nothing had to be written in (nothing to price again).
 */
export function inlinePageSizes(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>): DocumentNode | null {
  const defaults = new Map<string, ValueNode>();
  visit(document, {
    VariableDefinition(node) {
      if (node.defaultValue) defaults.set(node.variable.name.value, node.defaultValue);
    },
  });
  let changed = false;
  const intValue = (n: number): ValueNode => ({ kind: Kind.INT, value: String(n) });
  const typeInfo = new TypeInfo(schema);
  const inlined = visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const given = new Set(node.arguments?.map((a) => a.name.value));
        const omitted = (typeInfo.getFieldDef()?.args ?? []).filter(
          (a) => PAGE_SIZE_ARGUMENTS.has(a.name) && !given.has(a.name) && typeof a.defaultValue === 'number',
        );
        if (!omitted.length) return undefined;
        changed = true;
        const added: ArgumentNode[] = omitted.map((a) => ({
          kind: Kind.ARGUMENT,
          name: { kind: Kind.NAME, value: a.name },
          value: intValue(a.defaultValue as number),
        }));
        return { ...node, arguments: [...(node.arguments ?? []), ...added] };
      },
      Argument(node) {
        if (!PAGE_SIZE_ARGUMENTS.has(node.name.value) || node.value.kind !== Kind.VARIABLE) return undefined;
        const sent = variables[node.value.name.value];
        const value = typeof sent === 'number' && Number.isInteger(sent) ? intValue(sent) : defaults.get(node.value.name.value);
        if (!value) return undefined;
        changed = true;
        return { ...node, value };
      },
    }),
  );
  return changed ? inlined : null;
}

/**
 * Whether the operation, priced again once its variables are known (the same graphql-armor cost
 * rule and limit as validation), costs more than `maxCost`.
 */
export function overCostWithVariables(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>, maxCost: number): boolean {
  const inlined = inlinePageSizes(schema, document, variables);
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
