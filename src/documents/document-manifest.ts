import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** SHA-256 (hex) of a document's exact text: its id in a manifest, in APQ and in the audit trail. */
export const documentSha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

const HEX64 = /^[0-9a-f]{64}$/;

/**
 * Registered documents by hash. Two manifest formats are read: the GraphQL Codegen client
 * preset's persisted-documents.json (`{ "<sha256>": "<document>" }`, also ours) and Apollo's
 * persisted query manifest (`{ format: "apollo-persisted-query-manifest", operations: [{ id, body }] }`).
 * Every entry must be the SHA-256 of its text: a manifest is a list of what may run, so an
 * entry whose id does not prove its text is refused at start rather than trusted.
 */
export class DocumentManifest {
  private readonly byHash = new Map<string, string>();

  get size(): number {
    return this.byHash.size;
  }

  get(hash: string): string | undefined {
    return this.byHash.get(hash.toLowerCase());
  }

  has(hash: string): boolean {
    return this.byHash.has(hash.toLowerCase());
  }

  /** Adds entries; throws naming the source and the entry when one is not a document with its own hash. */
  add(entries: Record<string, unknown>, source: string): this {
    for (const [hash, text] of Object.entries(entries)) {
      if (typeof text !== 'string' || !text.trim()) throw new Error(`${source}: entry ${hash} is not a document`);
      const id = hash.replace(/^sha256:/, '').toLowerCase();
      if (!HEX64.test(id)) throw new Error(`${source}: ${hash} is not a SHA-256 hash`);
      if (documentSha256(text) !== id) throw new Error(`${source}: ${hash} is not the SHA-256 of its document`);
      this.byHash.set(id, text);
    }
    return this;
  }

  /** Reads one manifest file in either format. */
  addFile(file: string): this {
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      throw new Error(`${file}: not a readable JSON manifest (${(error as Error).message})`, { cause: error });
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error(`${file}: expected a JSON object`);
    const apollo = parsed as { format?: unknown; operations?: unknown };
    if (apollo.format === 'apollo-persisted-query-manifest') {
      if (!Array.isArray(apollo.operations)) throw new Error(`${file}: operations must be an array`);
      const entries = Object.fromEntries(apollo.operations.map((o: { id?: unknown; body?: unknown }) => [String(o.id), o.body]));
      return this.add(entries, file);
    }
    return this.add(parsed as Record<string, unknown>, file);
  }
}
