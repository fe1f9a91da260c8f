import type { IncomingMessage } from 'node:http';

export const MAX_BODY_BYTES = 1_000_000;

export class BodyTooLarge extends Error {}

/**
 * Reads a request body up to MAX_BODY_BYTES; larger bodies are refused, not truncated. The
 * refusal leaves the socket alone (the caller answers 413 on it first) and discards the rest.
 */
export function readBody(req: IncomingMessage): Promise<string> {
  if (Number(req.headers['content-length']) > MAX_BODY_BYTES) {
    req.resume();
    return Promise.reject(new BodyTooLarge());
  }
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        req.off('data', onData);
        chunks.length = 0;
        req.resume();
        reject(new BodyTooLarge());
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
