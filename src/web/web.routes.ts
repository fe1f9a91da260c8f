import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Config } from '../config/config.js';

/** A route served beside /graphql (GraphiQL page, assets, chart page). */
export interface WebRoute {
  method: 'GET' | 'POST';
  /** Exact path, or a prefix when it ends with '/'. */
  path: string;
  handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> | void;
}

/** Routes of the web pages; filled in by src/web. */
export function webRoutes(_config: Config): WebRoute[] {
  return [];
}
