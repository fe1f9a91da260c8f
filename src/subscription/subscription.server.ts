import { randomUUID } from 'node:crypto';
import type { IncomingMessage, Server } from 'node:http';
import {
  GraphQLError,
  type GraphQLSchema,
  Kind,
  OperationTypeNode,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type ExecutionArgs,
  type OperationDefinitionNode,
} from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { AuditOutcome, newAuditRecord } from '../audit/audit-record.js';
import { AuditTrail } from '../audit/audit-trail.js';
import type { AuthUser } from '../core/role.js';
import type { TokenVerifier } from '../auth/token.js';
import type { Config } from '../config/config.js';
import type { Gateway } from '../db/gateway.js';
import { ErrorCode } from '../errors/error-code.js';
import { QUERY_REJECTED_MESSAGE, queryLimitOptions } from '../limits/query-limits.js';
import { costRejection, overCostWithVariables } from '../limits/variable-cost.plugin.js';
import { createContext } from '../core/context.js';
import type { Logger } from '../core/logger.js';
import type { SubscriptionContext } from './lead-event.stream.js';
import { OutboxPoller } from './outbox.poller.js';
import { addSubscriptionSource, subscriptionEvents } from '../telemetry/service-metrics.js';

export interface SubscriptionDeps {
  /** The service's executable schema (the one Apollo serves). */
  schema: GraphQLSchema;
  config: Config;
  gateway: Gateway;
  logger: Logger;
  verifier: TokenVerifier;
  clientAddress: (req: IncomingMessage) => string;
}

// What this module keeps on a connection (graphql-ws adds the socket and the upgrade request).
type Extra = { user?: AuthUser };

const tokenOf = (params: Record<string, unknown> | undefined): string | null => {
  const raw = params?.authorization ?? params?.Authorization ?? params?.token;
  if (typeof raw !== 'string') return null;
  return raw.replace(/^Bearer\s+/i, '').trim() || null;
};

/**
 * GraphQL subscriptions over graphql-ws on the HTTP server's own port and path (/graphql).
 * The same rules as HTTP: the bearer token (in the connection_init payload) is verified by the
 * same verifier; the document passes the same depth/cost/token limits; roles and personal-data
 * masking come from the same schema and auth checker; the audit trail records the refused
 * connection, each subscription started, and every delivered event that named people (fail
 * closed: an event whose audit record cannot be stored is replaced by AUDIT_UNAVAILABLE).
 * Only subscriptions run here: queries and mutations go over HTTP, where the audit plugin runs.
 */
export async function attachSubscriptions(server: Server, deps: SubscriptionDeps): Promise<{ close(): Promise<void> }> {
  const { config, gateway, logger, verifier, schema } = deps;
  const outbox = new OutboxPoller(gateway, logger);
  const trail = new AuditTrail(gateway, logger);
  const limits = queryLimitOptions(config);
  const rules = [...specifiedRules, ...((limits.validationRules ?? []) as typeof specifiedRules)];
  const wss = new WebSocketServer({ server, path: '/graphql' });

  const audit = (fields: Parameters<typeof newAuditRecord>[0]) => trail.record(newAuditRecord(fields));
  // Open authenticated connections, for the subscription gauges of /metrics.
  const open = new Set<{ subscriptions: Record<string, unknown> }>();
  const removeSource = addSubscriptionSource(() => ({
    connections: open.size,
    subscriptions: [...open].reduce((n, c) => n + Object.keys(c.subscriptions).length, 0),
  }));

  const cleanup = useServer<Record<string, unknown> | undefined, Extra>(
    {
      schema,
      async onConnect(ctx) {
        const token = tokenOf(ctx.connectionParams);
        try {
          if (!token) throw new Error('no token');
          ctx.extra.user = await verifier(token);
          open.add(ctx);
          return true;
        } catch {
          // A refused connection is on record (CJIS: failed access attempts).
          await audit({
            user: null,
            document: null,
            sourceAddress: deps.clientAddress(ctx.extra.request),
            operation: 'subscription-connect',
            rootFields: [],
            personIds: [],
            outcome: AuditOutcome.DENIED,
            errorCodes: [ErrorCode.UNAUTHENTICATED],
            wrote: false,
            requestId: randomUUID(),
          }).catch(() => {});
          return false;
        }
      },
      onClose(ctx) {
        open.delete(ctx);
      },
      async onSubscribe(ctx, _id, payload) {
        const user = ctx.extra.user!;
        let document: DocumentNode;
        try {
          document = parse(payload.query, limits.parseOptions);
        } catch (error) {
          return [
            error instanceof GraphQLError ? error : new GraphQLError('Cannot parse the document', { extensions: { code: ErrorCode.GRAPHQL_PARSE_FAILED } }),
          ];
        }
        const errors = validate(schema, document, rules);
        if (errors.length) return errors;
        if (overCostWithVariables(schema, document, payload.variables ?? {}, config.LIMIT_MAX_COST)) return [costRejection(QUERY_REJECTED_MESSAGE)];
        const operation = document.definitions.find(
          (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION && (!payload.operationName || d.name?.value === payload.operationName),
        );
        if (operation?.operation !== OperationTypeNode.SUBSCRIPTION) {
          return [
            new GraphQLError('Only subscriptions run over WebSocket; send queries and mutations over HTTP POST', {
              extensions: { code: ErrorCode.BAD_REQUEST },
            }),
          ];
        }
        const requestId = randomUUID();
        const base = createContext({
          requestId,
          user,
          sourceAddress: deps.clientAddress(ctx.extra.request),
          config,
          gateway,
          operation: payload.operationName ?? 'anonymous',
        });
        let loaders = new Map<string, unknown>();
        const context: SubscriptionContext = {
          ...base,
          outbox,
          loader: (key, create) => {
            if (!loaders.has(key)) loaders.set(key, create());
            return loaders.get(key) as ReturnType<typeof create>;
          },
          resetLoaders: () => {
            loaders = new Map();
          },
        };
        const rootFields = operation.selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD ? [s.name.value] : []));
        (context as SubscriptionContext & { started?: unknown }).started = { document: payload.query, rootFields };
        await audit({
          user,
          document: payload.query,
          sourceAddress: context.sourceAddress,
          operation: context.meta.operation ?? 'anonymous',
          rootFields,
          personIds: [],
          outcome: AuditOutcome.ALLOWED,
          errorCodes: [],
          wrote: false,
          requestId,
        });
        return {
          schema,
          document,
          variableValues: payload.variables ?? undefined,
          operationName: payload.operationName ?? undefined,
          contextValue: context,
        } as ExecutionArgs;
      },
      async onNext(_ctx, _id, payload, args, result) {
        const context = args.contextValue as SubscriptionContext & { started: { rootFields: string[] } };
        if (!context.audit.people.size && !context.audit.denied) {
          subscriptionEvents.inc({ outcome: 'delivered' });
          return;
        }
        const people = [...context.audit.people];
        const denied = context.audit.denied;
        context.audit.people = new Set();
        context.audit.denied = false;
        try {
          await audit({
            user: context.user,
            document: payload.query,
            sourceAddress: context.sourceAddress,
            operation: context.meta.operation ?? 'anonymous',
            rootFields: context.started.rootFields,
            personIds: people,
            outcome: denied ? AuditOutcome.DENIED : AuditOutcome.ALLOWED,
            errorCodes: (result.errors ?? []).map((e) => String(e.extensions?.code ?? ErrorCode.INTERNAL_SERVER_ERROR)),
            wrote: false,
            // One record per delivery (CJIS AU-3: each disclosure on record), each with its own id,
            // traceable to the subscription's request id.
            requestId: `${context.requestId}:${randomUUID()}`,
          });
          subscriptionEvents.inc({ outcome: 'delivered' });
        } catch {
          subscriptionEvents.inc({ outcome: 'withheld' });
          return {
            errors: [{ message: 'The audit trail could not record this event, so it is withheld.', extensions: { code: ErrorCode.AUDIT_UNAVAILABLE } }],
          };
        }
      },
    },
    wss,
  );

  return {
    async close() {
      removeSource();
      outbox.stop();
      await cleanup.dispose();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
