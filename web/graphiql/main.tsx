import { useEditorContext, type GraphiQLPlugin } from '@graphiql/react';
import { GraphiQL } from 'graphiql';
import type { ExecutionResult } from 'graphql';
import 'graphiql/graphiql.css';
import { useEffect, useRef } from 'react';
import { createRoot } from 'react-dom/client';
import { createClient } from 'graphql-ws';
import { readPageConfig, storedToken, storeToken, type ExampleOperation, type GraphiqlPageConfig } from '../shared/page-config.js';
import './graphiql-page.css';

const config = readPageConfig<GraphiqlPageConfig>();

/** A token the user pasted (kept in sessionStorage only) wins over the local token (local mode). */
function currentToken(): string | null {
  return storedToken() ?? config.token;
}

/**
 * Subscriptions go over graphql-ws to the same endpoint (ws:// or wss:// of this page's origin),
 * with the same token in the connection_init payload; bundled by esbuild, nothing from a CDN.
 */
const wsUrl = (() => {
  const url = new URL(config.endpoint, location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.toString();
})();
const wsClient = createClient({
  url: wsUrl,
  lazy: true,
  connectionParams: () => {
    const token = currentToken();
    return token ? { authorization: `Bearer ${token}` } : {};
  },
});

const isSubscription = (query: string, operationName?: string | null) => {
  const ops = [...query.matchAll(/\b(query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)?/g)];
  const chosen = ops.find((m) => operationName && m[2] === operationName) ?? (ops.length === 1 ? ops[0] : undefined);
  return chosen?.[1] === 'subscription';
};

function fetcher(params: { query: string; operationName?: string | null; variables?: unknown }, options?: { headers?: Record<string, unknown> }) {
  if (isSubscription(params.query, params.operationName)) {
    // graphql-ws yields formatted results (plain JSON), which is what GraphiQL shows.
    return wsClient.iterate({
      query: params.query,
      operationName: params.operationName ?? undefined,
      variables: (params.variables ?? undefined) as Record<string, unknown> | undefined,
    }) as unknown as AsyncIterable<ExecutionResult>;
  }
  return httpFetcher(params, options);
}

/** Plain JSON over POST to the service's own endpoint; headers typed in the Headers tab win over the token. */
async function httpFetcher(
  params: { query: string; operationName?: string | null; variables?: unknown },
  options?: { headers?: Record<string, unknown> },
): Promise<ExecutionResult> {
  const token = currentToken();
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  for (const [k, v] of Object.entries(options?.headers ?? {})) headers[k.toLowerCase()] = String(v);
  // GraphiQL 3.8 keeps the previous tab's operation name after a tab switch: send one the query defines.
  const names = [...params.query.matchAll(/\b(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/g)].map((m) => m[1]);
  const operationName = params.operationName && names.includes(params.operationName) ? params.operationName : names.length === 1 ? names[0] : undefined;
  const body = JSON.stringify({ ...params, operationName });
  const response = await fetch(config.endpoint, { method: 'POST', headers, body, credentials: 'omit' });
  return (await response.json()) as ExecutionResult;
}

/**
 * Tabs are kept in localStorage under a key that changes with the example set, so a new database
 * (new ids) or new example files open fresh tabs, while a user's edits survive a reload.
 */
function namespacedStorage(namespace: string): Storage {
  const prefix = `crimegun-graph:${namespace}:`;
  const keys = () => Object.keys(localStorage).filter((k) => k.startsWith(prefix));
  return {
    getItem: (k) => localStorage.getItem(prefix + k),
    setItem: (k, v) => localStorage.setItem(prefix + k, v),
    removeItem: (k) => localStorage.removeItem(prefix + k),
    clear: () => keys().forEach((k) => localStorage.removeItem(k)),
    key: (i) => keys()[i]?.slice(prefix.length) ?? null,
    get length() {
      return keys().length;
    },
  };
}

function hash(text: string): string {
  let h = 5381;
  for (let i = 0; i < text.length; i++) h = ((h << 5) + h + text.charCodeAt(i)) | 0;
  return (h >>> 0).toString(36);
}

function ExamplesPanel() {
  const editor = useEditorContext({ nonNull: true });
  // GraphiQL 3.8 opens the first default tab with an empty variables editor (it does not read the
  // tab's variables); put them in once the editor exists.
  useEffect(() => {
    const active = editor.tabs[editor.activeTabIndex];
    if (editor.variableEditor && !editor.variableEditor.getValue().trim() && active?.variables?.trim()) {
      editor.variableEditor.setValue(active.variables);
    }
  }, [editor.variableEditor]);
  // An example already open in a tab is switched to; otherwise a new tab opens and, once it is
  // the active one (the next render), gets the example's query and variables.
  const pending = useRef<{ example: ExampleOperation; tabs: number } | null>(null);
  useEffect(() => {
    const wanted = pending.current;
    if (!wanted || editor.tabs.length <= wanted.tabs || editor.activeTabIndex !== editor.tabs.length - 1) return;
    pending.current = null;
    editor.queryEditor?.setValue(wanted.example.query);
    editor.variableEditor?.setValue(wanted.example.variables);
  }, [editor.tabs.length, editor.activeTabIndex, editor.queryEditor, editor.variableEditor]);
  const open = (example: ExampleOperation) => {
    const existing = editor.tabs.findIndex((t) => t.query === example.query);
    if (existing >= 0) {
      editor.changeTab(existing);
      return;
    }
    pending.current = { example, tabs: editor.tabs.length };
    editor.addTab();
  };
  return (
    <div className="cg-examples">
      <div className="graphiql-doc-explorer-title">Examples</div>
      <p className="cg-note">Operations from schema/operations, with ids from this database. Click one to open it in a new tab.</p>
      <ul>
        {config.examples.map((example) => (
          <li key={example.name}>
            <button type="button" data-example={example.name} onClick={() => open(example)}>
              <strong>{example.title}</strong>
              {example.description ? <span>{example.description}</span> : null}
            </button>
          </li>
        ))}
      </ul>
      <TokenBox />
    </div>
  );
}

function TokenBox() {
  const save = () => {
    const value = (document.getElementById('cg-token') as HTMLTextAreaElement).value.trim();
    storeToken(value || null);
    location.reload();
  };
  return (
    <div className="cg-token">
      <p className="cg-note">{config.tokenNote}</p>
      <textarea id="cg-token" rows={3} placeholder="Paste a bearer token" defaultValue={storedToken() ?? ''} />
      <button type="button" onClick={save}>
        Use token (this tab only)
      </button>
    </div>
  );
}

const examplesPlugin: GraphiQLPlugin = {
  title: 'Examples',
  icon: () => (
    <span className="cg-icon" aria-hidden="true">
      ☰
    </span>
  ),
  content: ExamplesPanel,
};

function App() {
  const tabs = config.examples.map((e) => ({ query: e.query, variables: e.variables }));
  return (
    <GraphiQL
      fetcher={fetcher}
      plugins={[examplesPlugin]}
      visiblePlugin={examplesPlugin}
      defaultTabs={tabs.length ? tabs : undefined}
      storage={namespacedStorage(hash(JSON.stringify(tabs)))}
      defaultEditorToolsVisibility="variables"
      shouldPersistHeaders={false}
    />
  );
}

createRoot(document.getElementById('graphiql')!).render(<App />);
