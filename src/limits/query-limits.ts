import type { ApolloServerOptions, ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';
import type { Config } from '../config/config.js';
import { ErrorCode } from '../errors/error-code.js';
import { variableCostPlugin } from './variable-cost.plugin.js';

/**
 * What no query may exceed, checked while the document is parsed and validated, so a
 * rejected query never reaches a resolver or Neo4j. Messages name the kind of limit but
 * never its value (OWASP GraphQL cheat sheet: do not help an attacker tune a query to
 * just under the limit). Defaults and the env variables that change them: docs/security.md.
 */
export type LimitKind = 'DEPTH' | 'ALIASES' | 'COST' | 'TOKENS' | 'DIRECTIVES';

export const QUERY_REJECTED_MESSAGE = 'The query exceeds the limits of this service; ask for less (fewer levels, aliases, fields or items per page).';

/** graphql-js's own parse error when maxTokens is hit; it states the limit, so it is rewritten. */
const TOKEN_LIMIT = /Document contains more tha[nt] \d+ tokens/;

function reject(kind: LimitKind) {
  return (ctx: ValidationContext | null) => {
    ctx?.reportError(new GraphQLError(QUERY_REJECTED_MESSAGE, { extensions: { code: ErrorCode.QUERY_REJECTED, limit: kind } }));
  };
}

/** Validation rules for depth, aliases, cost and directives (graphql-armor, limits hidden). */
export function limitRules(config: Config): ValidationRule[] {
  const common = { exposeLimits: false, propagateOnRejection: false } as const;
  const armor = new ApolloArmor({
    maxDepth: { ...common, n: config.LIMIT_MAX_DEPTH, onReject: [reject('DEPTH')] },
    maxAliases: { ...common, n: config.LIMIT_MAX_ALIASES, onReject: [reject('ALIASES')] },
    maxDirectives: { ...common, n: config.LIMIT_MAX_DIRECTIVES, onReject: [reject('DIRECTIVES')] },
    // Structural cost: objects 2, scalars 1, x1.5 per level, x a literal `first`/`last`.
    // Page sizes passed as variables are bounded by each list's max page size instead.
    costLimit: { ...common, maxCost: config.LIMIT_MAX_COST, onReject: [reject('COST')] },
    // Tokens: graphql-js's own parser limit (parseOptions below) stops lexing early.
    maxTokens: { enabled: false },
    // Suggestions: Apollo's hideSchemaDetailsFromClientErrors (below).
    blockFieldSuggestion: { enabled: false },
  });
  return armor.protect().validationRules as ValidationRule[];
}

/**
 * Apollo sets `code: GRAPHQL_VALIDATION_FAILED` / `GRAPHQL_PARSE_FAILED` on every validation
 * or parse error; a limit rejection gets QUERY_REJECTED back, and the token-limit message
 * loses its number.
 */
export const limitErrorsPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ errors }) {
        for (const error of errors) {
          const original = error.originalError as GraphQLError | undefined;
          const limit = original?.extensions?.limit;
          if (original?.extensions?.code === ErrorCode.QUERY_REJECTED && limit) {
            (error.extensions as Record<string, unknown>).code = ErrorCode.QUERY_REJECTED;
          } else if (TOKEN_LIMIT.test(error.message)) {
            error.message = QUERY_REJECTED_MESSAGE;
            // Where parsing stopped would tell how many tokens are allowed.
            (error as { locations?: unknown }).locations = undefined;
            (error.extensions as Record<string, unknown>).code = ErrorCode.QUERY_REJECTED;
            (error.extensions as Record<string, unknown>).limit = 'TOKENS';
          }
        }
      },
    };
  },
};

/**
 * The ApolloServer options that enforce the limits; http.server.ts spreads them into its
 * constructor so that every server (npm start, tests, benchmarks) has them.
 */
export function queryLimitOptions(
  config: Config,
): Pick<ApolloServerOptions<never>, 'validationRules' | 'parseOptions' | 'hideSchemaDetailsFromClientErrors'> & { plugins: ApolloServerPlugin[] } {
  const production = config.NODE_ENV === 'production';
  return {
    validationRules: limitRules(config),
    parseOptions: { maxTokens: config.LIMIT_MAX_TOKENS },
    // "Did you mean …?" would list field names that introspection, when off, keeps private.
    hideSchemaDetailsFromClientErrors: production || !config.introspection,
    // Not Apollo's maxRecursiveSelections: with it, Apollo runs these rules only after
    // graphql's own rules have passed, so a huge document would be validated in full before
    // being rejected. Fragment fan-out is bounded by the token limit and by the depth and
    // cost rules, which price each fragment once (test/security/limits.test.ts).
    plugins: [limitErrorsPlugin, variableCostPlugin(config.LIMIT_MAX_COST, QUERY_REJECTED_MESSAGE)],
  };
}
