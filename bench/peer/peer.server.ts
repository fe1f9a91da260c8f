import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import type { Driver, ManagedTransaction, Session } from 'neo4j-driver';
import { PEER_TYPE_DEFS } from './peer.typedefs.js';

/** What the peer sent to Neo4j: statements since start, and the last one (for the raw-driver comparison). */
export interface PeerStatements {
  count: number;
  last: { text: string; params: Record<string, unknown> } | null;
}

export interface PeerServer {
  url: string;
  statements: PeerStatements;
  close(): Promise<void>;
}

/**
 * Counts the statements the library sends (it runs each one through `session.executeRead` →
 * `tx.run`), without changing what it sends: the peer's figure of "statements per request".
 */
function countingDriver(driver: Driver, statements: PeerStatements): Driver {
  const countingTx = (tx: ManagedTransaction): ManagedTransaction =>
    new Proxy(tx, {
      get(target, prop, receiver) {
        if (prop !== 'run') return Reflect.get(target, prop, receiver) as unknown;
        return (text: string, params: Record<string, unknown>) => {
          statements.count += 1;
          statements.last = { text, params };
          return target.run(text, params);
        };
      },
    });
  return new Proxy(driver, {
    get(target, prop, receiver) {
      if (prop !== 'session') return Reflect.get(target, prop, receiver) as unknown;
      return (...args: Parameters<Driver['session']>) => {
        const session: Session = target.session(...args);
        const executeRead = session.executeRead.bind(session);
        session.executeRead = ((work: (tx: ManagedTransaction) => unknown, config?: unknown) =>
          executeRead((tx) => work(countingTx(tx)), config as never)) as Session['executeRead'];
        return session;
      };
    },
  });
}

/**
 * The peer: a GraphQL server built with @neo4j/graphql 7 over the same database, configured as
 * its documentation recommends (the database named in `sessionConfig`, so no routing-table
 * request; the library's own Apollo integration; no introspection-time work per request).
 * It has no authentication, audit or query limits: what this project does on top is part of
 * the comparison.
 */
export async function startPeerServer(driver: Driver, database: string): Promise<PeerServer> {
  const statements: PeerStatements = { count: 0, last: null };
  const neoSchema = new Neo4jGraphQL({ typeDefs: PEER_TYPE_DEFS, driver: countingDriver(driver, statements) });
  const schema = await neoSchema.getSchema();
  const server = new ApolloServer({ schema });
  const { url } = await startStandaloneServer(server, {
    listen: { host: '127.0.0.1', port: 0 },
    context: async () => ({ sessionConfig: { database } }),
  });
  return { url, statements, close: () => server.stop() };
}
