import { judgeNdjsonLine, type LineVerdict } from './line.verdict.js';

/**
 * Line ends as Node's readline reads them (`crlfDelay: Infinity`): CRLF, LF, or a lone CR. The
 * file is cut into chunks only after an LF, so a CRLF never straddles two chunks and a chunk's
 * line numbers are the same as a whole-file read's.
 */
const LINE_END = /\r?\n|\r(?!\n)/;

export interface JudgedChunk {
  /** Lines in the chunk, blank ones included (they count for line numbers). */
  lines: number;
  /** [0-based line within the chunk, verdict] for each non-blank line. */
  verdicts: Array<[number, LineVerdict]>;
}

/** Judges every line of a chunk of whole NDJSON lines (UTF-8; an LF is never inside a multi-byte character). */
export function judgeNdjsonChunk(bytes: Uint8Array, now: number): JudgedChunk {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  const pieces = text.split(LINE_END);
  // Text ending with a line end leaves an empty last piece, which is not a line (readline yields none).
  if (pieces.at(-1) === '') pieces.pop();
  const verdicts: Array<[number, LineVerdict]> = [];
  for (let i = 0; i < pieces.length; i += 1) {
    const verdict = judgeNdjsonLine(pieces[i]!, now);
    if (verdict) verdicts.push([i, verdict]);
  }
  return { lines: pieces.length, verdicts };
}
