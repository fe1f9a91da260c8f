/**
 * The load the drills run under: writers sending importRecords batches (each batch five new
 * agencies, so every acknowledged write can be looked for afterwards) and readers asking a
 * question that reaches Neo4j. Every answer is classified; the longest one is kept.
 */
export interface PhaseStats {
  requests: number;
  acknowledged: string[];
  codes: Map<string, number>;
  network: number;
  longestMs: number;
}

export const newStats = (): PhaseStats => ({ requests: 0, acknowledged: [], codes: new Map(), network: 0, longestMs: 0 });

export interface LoadOptions {
  url: string;
  ingestToken: string;
  readToken: string;
  writers: number;
  readers: number;
  /** Prefix of the ORIs this run writes (two state letters + one digit); each ORI is unique. */
  oriPrefix: string;
}

export class DrillLoad {
  stats = newStats();
  private running = false;
  private workers: Promise<void>[] = [];
  private next = 0;

  constructor(private readonly options: LoadOptions) {}

  start(): void {
    this.running = true;
    for (let i = 0; i < this.options.writers; i++) this.workers.push(this.loop(() => this.write()));
    for (let i = 0; i < this.options.readers; i++) this.workers.push(this.loop(() => this.read()));
  }

  /** The stats so far, and a fresh set for the next phase. */
  cut(): PhaseStats {
    const done = this.stats;
    this.stats = newStats();
    return done;
  }

  async stop(): Promise<void> {
    this.running = false;
    await Promise.all(this.workers);
    this.workers = [];
  }

  private async loop(work: () => Promise<void>): Promise<void> {
    while (this.running) {
      await work();
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  private async write(): Promise<void> {
    const oris = Array.from({ length: 5 }, () => `${this.options.oriPrefix}${String(this.next++).padStart(6, '0')}`);
    const records = oris.map((ori) => ({ type: 'AGENCY', fields: { ori, name: `Drill agency ${ori}`, state: 'NJ', city: 'Trenton', nibinPartner: false } }));
    const answer = await this.post(this.options.ingestToken, 'mutation Drill($r: [ImportRecordInput!]!) { importRecords(records: $r) { accepted } }', {
      r: records,
    });
    if (answer && (answer.data as { importRecords?: { accepted?: number } } | undefined)?.importRecords?.accepted === records.length) {
      this.stats.acknowledged.push(...oris);
    }
  }

  private async read(): Promise<void> {
    await this.post(this.options.readToken, '{ serviceInfo { neo4jVersion } }', {});
  }

  private async post(token: string, query: string, variables: Record<string, unknown>): Promise<{ data?: unknown } | undefined> {
    const started = Date.now();
    const stats = this.stats;
    stats.requests += 1;
    try {
      const res = await fetch(this.options.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { data?: unknown; errors?: Array<{ extensions?: { code?: string } }> };
      const code = body.errors?.[0]?.extensions?.code ?? 'ok';
      stats.codes.set(code, (stats.codes.get(code) ?? 0) + 1);
      return body;
    } catch {
      stats.network += 1;
      await new Promise((r) => setTimeout(r, 200));
      return undefined;
    } finally {
      stats.longestMs = Math.max(stats.longestMs, Date.now() - started);
    }
  }
}
