import { parentPort, workerData } from 'node:worker_threads';
import { judgeNdjsonChunk } from './ndjson.chunk.js';

/**
 * A validation worker: judges whole-line chunks of an NDJSON file (src/import/validation.pool.ts)
 * and answers each with its verdicts, in the order the chunks arrive.
 */
const { now } = workerData as { now: number };
parentPort!.on('message', (message: { id: number; bytes: Uint8Array }) => {
  parentPort!.postMessage({ id: message.id, ...judgeNdjsonChunk(message.bytes, now) });
});
