import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

export interface Received {
  data?: Record<string, unknown> & { leadEvents?: { id: string; kind: string; reasons: string[]; leadId: string } & Record<string, unknown> };
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

/** A real graphql-ws client subscribed to one document; collects what it receives. */
export class Subscriber {
  readonly received: Received[] = [];
  readonly client: Client;
  private dispose: (() => void) | undefined;
  private waiters: Array<() => void> = [];
  errored: unknown;

  constructor(url: string, token: string) {
    this.client = createClient({
      url: url.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${token}` },
      retryAttempts: 0,
      lazy: true,
    });
  }

  /** Starts the subscription; resolves once the server has taken it (the first event or a short settle time). */
  subscribe(query: string, variables: Record<string, unknown> = {}): void {
    this.dispose = this.client.subscribe<Received['data']>(
      { query, variables },
      {
        next: (value) => {
          this.received.push(value as Received);
          this.waiters.splice(0).forEach((w) => w());
        },
        error: (error) => {
          this.errored = error;
          this.waiters.splice(0).forEach((w) => w());
        },
        complete: () => {},
      },
    );
  }

  get events() {
    return this.received.map((r) => r.data?.leadEvents).filter((e): e is NonNullable<typeof e> => Boolean(e));
  }

  /** Waits until `count` results (events or errors) have arrived. */
  async waitFor(count: number, timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.received.length < count && !this.errored) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out waiting for ${count} results; got ${JSON.stringify(this.received)}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, 500));
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  async close() {
    this.dispose?.();
    await this.client.dispose();
  }
}

export const LEAD_EVENTS = /* GraphQL */ `
  subscription LeadEvents($lastEventId: ID) {
    leadEvents(lastEventId: $lastEventId) {
      id
      kind
      reasons
      leadId
      status
      assignee
      agencyOris
      lead {
        id: leadId
        status
        casings {
          evidenceId
          firearm {
            id: firearmId
            traceChain {
              purchaser {
                id: personId
                firstName
              }
            }
          }
        }
      }
    }
  }
`;

/** Lets a subscription reach the server's outbox before the test writes (the stream starts "from now"). */
export const settle = (ms = 1_500) => new Promise((r) => setTimeout(r, ms));
