import type { Hash } from 'node:crypto';
import { createReadStream, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { JudgedChunk } from './ndjson.chunk.js';
import type { JudgedLine } from './line.verdict.js';

/** Bytes per chunk handed to a worker: about 4,000 records of a typical file. */
const CHUNK_BYTES = 1 << 20;
/** Chunks waiting or being judged per worker: enough to keep it busy, bounded so memory is too. */
const IN_FLIGHT_PER_WORKER = 3;

/**
 * Judges an NDJSON file in `workers` worker threads and yields the verdicts in input order.
 * This thread reads the file (hashing its bytes into `hash` on the way: no second pass), cuts it
 * after line ends into chunks and hands them out in turn; the chunks come back out of order
 * and are yielded in order, so line numbers, duplicate rejects (the first line wins) and the
 * spool are exactly those of a single-threaded read.
 */
export async function* judgeInWorkers(file: string, now: number, workers: number, hash: Hash, chunkBytes = CHUNK_BYTES): AsyncGenerator<JudgedLine[]> {
  const pool = Array.from({ length: workers }, () => startWorker(now));
  const answers = new Map<number, { resolve: (c: JudgedChunk) => void; reject: (e: unknown) => void }>();
  let failure: unknown = null;
  for (const worker of pool) {
    worker.on('message', (m: JudgedChunk & { id: number }) => {
      answers.get(m.id)?.resolve(m);
      answers.delete(m.id);
    });
    const fail = (error: unknown) => {
      failure ??= error;
      for (const a of answers.values()) a.reject(error);
      answers.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (code !== 0) fail(new Error(`A validation worker stopped (exit code ${code})`));
    });
  }
  const queue: Array<Promise<JudgedChunk>> = [];
  let sent = 0;
  let line = 0;
  const send = (bytes: Uint8Array) => {
    if (failure) throw failure;
    const id = sent++;
    queue.push(new Promise<JudgedChunk>((resolve, reject) => answers.set(id, { resolve, reject })));
    // A copy of just these bytes, moved (not cloned) to the worker.
    const own = new Uint8Array(bytes);
    pool[id % workers]!.postMessage({ id, bytes: own }, [own.buffer]);
  };
  const numbered = (chunk: JudgedChunk): JudgedLine[] => {
    const out = chunk.verdicts.map(([i, verdict]) => ({ line: line + i + 1, verdict }));
    line += chunk.lines;
    return out;
  };
  try {
    let carry: Buffer = Buffer.alloc(0);
    for await (const piece of createReadStream(file, { highWaterMark: chunkBytes })) {
      const buf = piece as Buffer;
      hash.update(buf);
      const joined = carry.length ? Buffer.concat([carry, buf]) : buf;
      const cut = joined.lastIndexOf(10);
      if (cut < 0) {
        carry = joined;
        continue;
      }
      send(joined.subarray(0, cut + 1));
      carry = joined.subarray(cut + 1);
      while (queue.length >= workers * IN_FLIGHT_PER_WORKER) yield numbered(await queue.shift()!);
    }
    // The last line may have no line end.
    if (carry.length) send(carry);
    while (queue.length) yield numbered(await queue.shift()!);
  } finally {
    // Also when the consumer stops early: no worker outlives the import.
    for (const p of queue) p.catch(() => undefined);
    await Promise.all(pool.map((w) => w.terminate()));
  }
}

function startWorker(now: number): Worker {
  const worker = new URL('./validation.worker.ts', import.meta.url).href;
  // The service's TypeScript runs through tsx; a worker must register tsx's loader itself before
  // loading the worker module (a loader given as `--import` is not active for a worker's entry on Node 20).
  const tsx = tsxEsmApi();
  const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(worker)}); });`;
  return new Worker(boot, { eval: true, workerData: { now } });
}

/** tsx's ESM register API, as `import` would resolve it (a `require`-resolved path is its CommonJS build). */
function tsxEsmApi(): string {
  const manifest = createRequire(import.meta.url).resolve('tsx/package.json');
  const { exports } = JSON.parse(readFileSync(manifest, 'utf8')) as { exports: Record<string, { import: { default: string } }> };
  return pathToFileURL(path.join(path.dirname(manifest), exports['./esm/api']!.import.default)).href;
}
