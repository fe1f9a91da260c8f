import type { Core, NodeSingular } from 'cytoscape';
import {
  gql,
  LIST_INVESTIGATIONS,
  OPEN_INVESTIGATION,
  SAVE_INVESTIGATION,
  SHARE_INVESTIGATION,
  type ListedInvestigation,
  type Snapshot,
} from '../workspace/workspace-api.js';
import { escapeHtml } from '../shared/escape-html.js';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const esc = escapeHtml;

export interface WorkspaceHost {
  cy: Core;
  endpoint: string;
  token(): string | null;
  status(text: string, state?: 'loading' | 'ready' | 'error' | 'empty'): void;
  showError(error: unknown): void;
  /** Current chart settings to save with a version. */
  settings(): { collapseSales: boolean; windowFrom: string | null; windowTo: string | null };
  /** Draws a reopened snapshot (positions kept). */
  draw(snapshot: Snapshot): void;
}

/** Chart nodes to save: data nodes only (annotations are saved separately). */
const dataNodes = (cy: Core) => cy.nodes().filter((n) => !n.hasClass('annotation'));

/**
 * The workspace panel of /chart: save the chart as a version of a named investigation, share
 * it, list and reopen investigations (with warnings for nodes changed or removed since), open
 * the printable case report. Notes on nodes are edited in the details panel (node data `note`);
 * annotations are text boxes on the chart (nodes of class `annotation`).
 */
export class WorkspacePanel {
  current: { id: string; version: number; ownerSubject: string } | null = null;
  private after: string | null = null;

  constructor(private readonly host: WorkspaceHost) {
    $('inv-save').addEventListener('click', () => void this.save());
    $('inv-share').addEventListener('click', () => void this.share());
    $('inv-more').addEventListener('click', () => void this.list(false));
    $('annotate').addEventListener('click', () => this.annotate());
    $('inv-list').addEventListener('click', (event) => {
      const id = (event.target as HTMLElement).dataset.open;
      if (id) void this.open(id, null);
    });
  }

  annotate(text?: string, position?: { x: number; y: number }): void {
    const value = text ?? $<HTMLInputElement>('annotation-text').value.trim();
    if (!value) return;
    const { cy } = this.host;
    const extent = cy.extent();
    cy.add({
      group: 'nodes',
      data: { id: `annotation:${Date.now()}:${Math.random().toString(36).slice(2, 6)}`, label: value, kind: 'ANNOTATION' },
      position: position ?? { x: (extent.x1 + extent.x2) / 2, y: extent.y1 + (extent.y2 - extent.y1) * 0.1 },
      classes: 'annotation',
    });
    $<HTMLInputElement>('annotation-text').value = '';
  }

  async save(): Promise<void> {
    const { cy } = this.host;
    const name = $<HTMLInputElement>('inv-name').value.trim();
    if (!name) {
      this.host.status('Name the investigation to save it.', 'error');
      return;
    }
    const input = {
      id: this.current && this.current.ownerSubject === this.mySubject() ? this.current.id : null,
      basedOnVersion: this.current && this.current.ownerSubject === this.mySubject() ? this.current.version : null,
      name,
      note: $<HTMLTextAreaElement>('inv-note').value.trim() || null,
      nodes: dataNodes(cy).map((n: NodeSingular) => ({
        id: n.id(),
        x: n.position().x,
        y: n.position().y,
        note: (n.data('note') as string | undefined) || null,
      })),
      annotations: cy.nodes('.annotation').map((n) => ({ text: n.data('label') as string, x: n.position().x, y: n.position().y })),
      ...this.host.settings(),
    };
    this.host.status('Saving...', 'loading');
    try {
      const { saveInvestigation: v } = await gql<{ saveInvestigation: { investigationId: string; number: number; nodeCount: number } }>(
        this.host.endpoint,
        this.host.token(),
        SAVE_INVESTIGATION,
        { input },
      );
      this.current = { id: v.investigationId, version: v.number, ownerSubject: this.mySubject() ?? '' };
      this.showCurrent(name, v.number);
      history.replaceState(null, '', `/chart?investigation=${encodeURIComponent(v.investigationId)}&version=${v.number}`);
      this.host.status(`Saved "${name}" as version ${v.number} (${v.nodeCount} nodes).`, 'ready');
      await this.list(true);
    } catch (error) {
      this.host.showError(error);
    }
  }

  async share(): Promise<void> {
    if (!this.current) {
      this.host.status('Save the investigation before sharing it.', 'error');
      return;
    }
    const users = $<HTMLInputElement>('share-users')
      .value.split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const agency = $<HTMLInputElement>('share-agency').checked;
    try {
      const { shareInvestigation } = await gql<{ shareInvestigation: { shares: Array<{ grantee: string; role: string }> } }>(
        this.host.endpoint,
        this.host.token(),
        SHARE_INVESTIGATION,
        { id: this.current.id, users, agency },
      );
      $('inv-shares').textContent = `Shared with: ${shareInvestigation.shares
        .filter((s) => s.role !== 'OWNER')
        .map((s) => s.grantee)
        .join(', ')}`;
      this.host.status('Shared.', 'ready');
    } catch (error) {
      this.host.showError(error);
    }
  }

  async list(fresh: boolean): Promise<void> {
    if (fresh) {
      this.after = null;
      $('inv-list').innerHTML = '';
    }
    try {
      const { investigations } = await gql<{
        investigations: { totalCount: number; edges: Array<{ node: ListedInvestigation }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
      }>(this.host.endpoint, this.host.token(), LIST_INVESTIGATIONS, { first: 10, after: this.after });
      for (const { node } of investigations.edges) {
        const li = document.createElement('li');
        li.innerHTML = `<button type="button" data-open="${esc(node.id)}">${esc(node.name)}</button> <small>v${node.latestVersion} · ${esc(node.ownerSubject)} · ${esc(node.updatedAt.slice(0, 10))}</small>`;
        $('inv-list').appendChild(li);
      }
      this.after = investigations.pageInfo.endCursor;
      $('inv-more').hidden = !investigations.pageInfo.hasNextPage;
      $('inv-count').textContent = `(${investigations.totalCount})`;
    } catch (error) {
      this.host.showError(error);
    }
  }

  async open(id: string, version: number | null): Promise<void> {
    this.host.status('Opening the investigation...', 'loading');
    try {
      const { openInvestigation: s } = await gql<{ openInvestigation: Snapshot }>(this.host.endpoint, this.host.token(), OPEN_INVESTIGATION, { id, version });
      this.current = { id: s.investigation.id, version: s.version.number, ownerSubject: s.investigation.ownerSubject };
      this.host.draw(s);
      for (const a of s.annotations) this.annotate(a.text, { x: a.x, y: a.y });
      $<HTMLInputElement>('inv-name').value = s.investigation.name;
      $<HTMLTextAreaElement>('inv-note').value = '';
      this.showCurrent(s.investigation.name, s.version.number, s);
      $('inv-warnings').innerHTML = s.warnings.map((w) => `<p>${esc(w)}</p>`).join('');
      history.replaceState(null, '', `/chart?investigation=${encodeURIComponent(s.investigation.id)}&version=${s.version.number}`);
      this.host.status(
        `Opened "${s.investigation.name}" version ${s.version.number} of ${s.investigation.latestVersion} (saved ${s.version.savedAt.slice(0, 10)} by ${s.version.savedBy}): ${this.host.cy.nodes().length} nodes.${s.warnings.length ? ' See the warnings.' : ''}`,
        'ready',
      );
    } catch (error) {
      this.host.showError(error);
    }
  }

  private showCurrent(name: string, version: number, s?: Snapshot): void {
    const id = this.current!.id;
    $('inv-current').textContent = `${name}, version ${version}${s?.version.note ? `: ${s.version.note}` : ''}`;
    const report = $<HTMLAnchorElement>('inv-report');
    report.href = `/case-report?investigation=${encodeURIComponent(id)}&version=${version}`;
    report.hidden = false;
    $('inv-shares').textContent = s
      ? `Shared with: ${
          s.investigation.shares
            .filter((g) => g.role !== 'OWNER')
            .map((g) => g.grantee)
            .join(', ') || 'nobody'
        }`
      : '';
  }

  /** The token's subject (for "is this mine?"); the server decides, this only picks save vs save-as. */
  private mySubject(): string | null {
    const token = this.host.token();
    try {
      return token ? ((JSON.parse(atob(token.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/'))) as { sub?: string }).sub ?? null) : null;
    } catch {
      return null;
    }
  }
}
