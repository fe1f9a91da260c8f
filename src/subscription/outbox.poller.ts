import type { Gateway } from '../db/gateway.js';
import { eventsAfter, outboxHead, type StoredEvent } from '../event/event.data.js';
import type { Logger } from '../core/logger.js';

/** How often the outbox is polled, and how many recent events stay in memory for subscribers. */
export const POLL_MS = 150;
const BUFFER = 5_000;
const PAGE = 500;

/**
 * One poller per service process reads the outbox (Event nodes, seq index) after the last seq it
 * has seen and keeps the most recent events in memory. Subscribers read from it by sequence
 * number; one that is further behind than the buffer (a reconnect with an old last event id)
 * reads from Neo4j. Because events are written in the transaction of their change and numbered
 * in commit order (event/append-lead-events), "seq > last seen" misses nothing, in any process:
 * two service processes on one Neo4j each see every event.
 */
export class OutboxPoller {
  private buffer: StoredEvent[] = [];
  private head = -1;
  private waiters = new Set<() => void>();
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;
  private running: Promise<void> | undefined;

  constructor(
    private readonly gateway: Gateway,
    private readonly logger: Logger,
  ) {}

  /** The last sequence number known (after the first poll); starts polling on first use. */
  async currentHead(): Promise<number> {
    await this.start();
    return this.head;
  }

  private start(): Promise<void> {
    this.running ??= (async () => {
      while (!this.stopped) {
        try {
          this.head = await outboxHead(this.gateway);
          break;
        } catch (error) {
          this.logger.warn({ err: error }, 'outbox: cannot read the head yet; retrying');
          await new Promise((r) => setTimeout(r, 1_000));
        }
      }
      this.schedule(0);
    })();
    return this.running;
  }

  private schedule(ms: number) {
    if (this.stopped) return;
    this.timer = setTimeout(() => void this.poll(), ms);
  }

  private async poll() {
    let delay = POLL_MS;
    try {
      for (;;) {
        const events = await eventsAfter(this.gateway, this.head, PAGE);
        if (!events.length) break;
        this.buffer.push(...events);
        if (this.buffer.length > BUFFER) this.buffer.splice(0, this.buffer.length - BUFFER);
        this.head = events.at(-1)!.seq;
        this.wake();
        if (events.length < PAGE) break;
      }
    } catch (error) {
      // Neo4j restarting or unreachable: subscribers keep their place; polling resumes after it.
      this.logger.warn({ err: error }, 'outbox poll failed; retrying');
      delay = 1_000;
    }
    this.schedule(delay);
  }

  private wake() {
    const waiting = [...this.waiters];
    this.waiters.clear();
    for (const w of waiting) w();
  }

  /**
   * Events after `seq`, in order (at most PAGE); waits for new ones until `closed` resolves
   * (then []). Null once the poller is stopped (the service is closing): the stream ends.
   */
  async after(seq: number, closed: Promise<void>): Promise<StoredEvent[] | null> {
    await this.start();
    while (!this.stopped) {
      if (this.head > seq) {
        const first = this.buffer[0];
        if (first && first.seq <= seq + 1) return this.buffer.filter((e) => e.seq > seq).slice(0, PAGE);
        // Further back than the buffer: read the outbox itself.
        return eventsAfter(this.gateway, seq, PAGE);
      }
      let wake!: () => void;
      const woken = new Promise<void>((r) => (wake = r));
      this.waiters.add(wake);
      const outcome = await Promise.race([woken.then(() => 'event' as const), closed.then(() => 'closed' as const)]);
      this.waiters.delete(wake);
      if (outcome === 'closed') return [];
    }
    return null;
  }

  stop() {
    this.stopped = true;
    clearTimeout(this.timer);
    this.wake();
  }
}
