import { readFileSync } from 'node:fs';
import { addTypenameToDocument } from '@apollo/client/utilities';
import { parse, print } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DocumentManifest, documentSha256 } from '../../../src/documents/document-manifest.js';
import { operationsManifest, withTypename } from '../../../src/documents/operations-manifest.js';
import { OPERATIONS_MANIFEST_FILE } from '../../../src/documents/operations-manifest.paths.js';
import { decideDocument } from '../../../src/documents/trusted-documents.js';

const QUERY = 'query Q { serviceInfo { version } }';
const manifest = () => new DocumentManifest().add({ [documentSha256(QUERY)]: QUERY }, 'test');

describe('trusted documents: the decision before parsing', () => {
  it('production runs a registered text and refuses any other, without parsing it', () => {
    expect(decideDocument(manifest(), true, { query: QUERY })).toEqual({ kind: 'run', query: QUERY, documentId: documentSha256(QUERY) });
    // Not even GraphQL: refused on its hash, never handed to a parser.
    const refused = decideDocument(manifest(), true, { query: '{{{ not graphql' });
    expect(refused).toMatchObject({ kind: 'refuse', status: 400, code: 'UNTRUSTED_DOCUMENT' });
    // One character more is another document.
    expect(decideDocument(manifest(), true, { query: `${QUERY} ` })).toMatchObject({ kind: 'refuse', code: 'UNTRUSTED_DOCUMENT' });
  });

  it('a registered hash runs its document (APQ extension or documentId), in every mode', () => {
    const hash = documentSha256(QUERY);
    for (const enforce of [true, false]) {
      expect(decideDocument(manifest(), enforce, { extensions: { persistedQuery: { version: 1, sha256Hash: hash } } })).toEqual({
        kind: 'run',
        query: QUERY,
        documentId: hash,
      });
      expect(decideDocument(manifest(), enforce, { documentId: `sha256:${hash}` })).toEqual({ kind: 'run', query: QUERY, documentId: hash });
    }
  });

  it('an unknown hash is PERSISTED_QUERY_NOT_FOUND in production and left to Apollo in development', () => {
    const unknown = { extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } };
    expect(decideDocument(manifest(), true, unknown)).toMatchObject({ kind: 'refuse', code: 'PERSISTED_QUERY_NOT_FOUND', message: 'PersistedQueryNotFound' });
    expect(decideDocument(manifest(), false, unknown)).toEqual({ kind: 'run', query: undefined, documentId: null });
  });

  it('development runs free-form documents, with no document id', () => {
    expect(decideDocument(manifest(), false, { query: '{ viewer { roles } }' })).toEqual({ kind: 'run', query: '{ viewer { roles } }', documentId: null });
  });
});

describe('manifests', () => {
  it('refuse an entry whose key is not the SHA-256 of its document', () => {
    expect(() => new DocumentManifest().add({ ['b'.repeat(64)]: QUERY }, 'm.json')).toThrow(/m.json: b+ is not the SHA-256/);
    expect(() => new DocumentManifest().add({ nothex: QUERY }, 'm.json')).toThrow(/not a SHA-256 hash/);
  });

  it('schema/trusted-documents.json is what `npm run documents:manifest` builds from schema/operations (no drift)', () => {
    const committed = JSON.parse(readFileSync(OPERATIONS_MANIFEST_FILE, 'utf8')) as Record<string, string>;
    expect(committed).toEqual(operationsManifest());
    // And it loads: every entry proves its own text.
    expect(new DocumentManifest().addFile(OPERATIONS_MANIFEST_FILE).size).toBe(Object.keys(committed).length);
  });

  it('registers each operation as Apollo Client 3 sends it (its own addTypenameToDocument)', () => {
    for (const text of Object.values(operationsManifest())) {
      expect(withTypename(text)).toBe(print(addTypenameToDocument(parse(text))));
    }
  });
});
