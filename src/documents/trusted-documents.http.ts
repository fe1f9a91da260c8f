import type { Config } from '../config/config.js';
import { DocumentManifest } from './document-manifest.js';
import { OPERATIONS_MANIFEST_FILE } from './operations-manifest.paths.js';
import { decideDocument, type DocumentDecision } from './trusted-documents.js';

export type TrustedRequest = { kind: 'run'; body: unknown; search: string; documentId: string | null } | Extract<DocumentDecision, { kind: 'refuse' }>;

/**
 * The HTTP side of trusted documents: loads the service's manifest and any the deployment names
 * (TRUSTED_DOCUMENTS_MANIFESTS), and decides each POST body or GET query string before Apollo
 * sees it. A hash-only request gets its registered text put in place, so Apollo runs it as if
 * the client had sent it.
 */
export function trustedDocuments(config: Config) {
  const manifest = new DocumentManifest().addFile(OPERATIONS_MANIFEST_FILE);
  for (const file of (config.TRUSTED_DOCUMENTS_MANIFESTS ?? '')
    .split(',')
    .map((f) => f.trim())
    .filter(Boolean))
    manifest.addFile(file);
  const enforce = config.trustedDocumentsOnly;

  return {
    manifest,
    decide(method: string, body: unknown, url: URL): TrustedRequest {
      if (method === 'POST') {
        const b = body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
        const decision = decideDocument(manifest, enforce, b);
        if (decision.kind === 'refuse') return decision;
        const out = decision.query !== undefined && b.query !== decision.query ? { ...b, query: decision.query } : body;
        return { kind: 'run', body: out, search: url.search, documentId: decision.documentId };
      }
      const params = new URLSearchParams(url.search);
      let extensions: unknown;
      try {
        extensions = params.has('extensions') ? JSON.parse(params.get('extensions')!) : undefined;
      } catch {
        extensions = undefined; // Apollo answers a malformed extensions parameter itself
      }
      const decision = decideDocument(manifest, enforce, {
        query: params.get('query') ?? undefined,
        documentId: params.get('documentId') ?? undefined,
        extensions,
      });
      if (decision.kind === 'refuse') return decision;
      if (decision.query === undefined || decision.query === params.get('query'))
        return { kind: 'run', body, search: url.search, documentId: decision.documentId };
      params.set('query', decision.query);
      return { kind: 'run', body, search: `?${params.toString()}`, documentId: decision.documentId };
    },
  };
}
