import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { ErrorCode } from '../errors/error-code.js';
import { sendError } from './http-errors.js';

/**
 * The HTTP side of a graceful shutdown. Closing the listening socket stops new connections, but
 * a client holding a keep-alive connection can go on sending requests on it; so once shutdown
 * begins, every answer still to be written says `Connection: close` (the client opens its next
 * request elsewhere), and a request that arrives anyway is refused with a coded 503 instead of
 * being started on a service whose driver is about to close (docs/operations.md, "Shutdown").
 */
export class ShutdownGate {
  private stopping = false;
  private readonly open = new Set<ServerResponse>();

  get isStopping(): boolean {
    return this.stopping;
  }

  /** Lets a request in, or answers it 503 when shutdown has begun; health probes always pass. */
  admit(req: IncomingMessage, res: ServerResponse, probe: boolean): boolean {
    if (this.stopping) {
      res.setHeader('connection', 'close');
      if (!probe) {
        sendError(res, 503, ErrorCode.SERVICE_UNAVAILABLE, 'The service is shutting down; retry the request', { 'retry-after': '1' });
        return false;
      }
    }
    this.open.add(res);
    res.once('close', () => this.open.delete(res));
    return true;
  }

  /** Shutdown begins: answers in flight will close their connection; idle connections close now. */
  begin(server: Server): void {
    this.stopping = true;
    for (const res of this.open) if (!res.headersSent) res.setHeader('connection', 'close');
    server.closeIdleConnections();
  }

  get inFlight(): number {
    return this.open.size;
  }
}
