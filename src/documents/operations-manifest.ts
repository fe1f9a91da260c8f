import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Kind, parse, print, visit, type FieldNode, type SelectionSetNode } from 'graphql';
import { CHART_PAGE_DOCUMENTS } from '../../web/chart/chart-api.js';
import { DASHBOARD_PAGE_DOCUMENTS } from '../../web/dashboard/dashboard-data.js';
import { WORKSPACE_DOCUMENTS } from '../../web/workspace/workspace-api.js';
import { REPORT_QUERY } from '../../web/report/report-query.js';
import { documentSha256 } from './document-manifest.js';
import { OPERATIONS_DIR } from './operations-manifest.paths.js';

const TYPENAME: FieldNode = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } };

/**
 * What Apollo Client 3 sends for a document with its default InMemoryCache: `__typename`
 * appended to every selection set but the operation's own (apollo-client addTypenameToDocument),
 * printed by graphql-js. The cache test sends the same documents through the real Apollo Client
 * against a production-mode server, so a difference here fails there.
 */
export function withTypename(document: string): string {
  const ast = visit(parse(document), {
    SelectionSet: {
      enter(node: SelectionSetNode, _key, parent) {
        if (parent && !Array.isArray(parent) && (parent as { kind?: string }).kind === Kind.OPERATION_DEFINITION) return undefined;
        if (node.selections.some((s) => s.kind === Kind.FIELD && s.name.value.startsWith('__'))) return undefined;
        return { ...node, selections: [...node.selections, TYPENAME] };
      },
    },
  });
  return print(ast);
}

/**
 * The registered documents of this service: each example operation of schema/operations/ as
 * its file reads (curl, scripts), as graphql-js prints it (typed documents from codegen) and as
 * Apollo Client sends it; and the documents of the /chart, /dashboard and /report pages. Codegen persisted-documents
 * format: `{ "<sha256>": "<document>" }`, in file order.
 */
export function operationsManifest(): Record<string, string> {
  const texts: string[] = [];
  for (const file of readdirSync(OPERATIONS_DIR)
    .filter((f) => f.endsWith('.graphql'))
    .sort()) {
    const text = readFileSync(path.join(OPERATIONS_DIR, file), 'utf8');
    texts.push(text, print(parse(text)), withTypename(text));
  }
  texts.push(...CHART_PAGE_DOCUMENTS, ...DASHBOARD_PAGE_DOCUMENTS, REPORT_QUERY, ...WORKSPACE_DOCUMENTS);
  return Object.fromEntries(texts.map((t) => [documentSha256(t), t]));
}
