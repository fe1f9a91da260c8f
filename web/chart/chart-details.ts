import type { NodeSingular } from 'cytoscape';
import { escapeHtml } from '../shared/escape-html.js';
import type { NodeData } from './chart-export.js';
import { KIND_STYLE } from './chart-style.js';

/** The side panel for a tapped node: its properties (masked ones shown as such) and the analyst's note, saved with the investigation. */
export function showDetails(panel: HTMLElement, node: NodeSingular, expanded: ReadonlySet<string>): void {
  const d = node.data() as NodeData & { note?: string };
  const rows = Object.entries(d.properties ?? {})
    .sort(([a], [b]) => a.localeCompare(b))
    .map(
      ([k, v]) =>
        `<tr><th>${escapeHtml(k)}</th><td>${v === null ? '<em>masked or empty</em>' : escapeHtml(typeof v === 'object' ? JSON.stringify(v) : String(v))}</td></tr>`,
    )
    .join('');
  panel.innerHTML =
    `<h2>${escapeHtml(d.label)}</h2><p class="kind">${escapeHtml(KIND_STYLE[d.kind]?.caption ?? d.kind)} · <code>${escapeHtml(d.id)}</code></p>` +
    (d.riskScore !== null && d.riskScore !== undefined ? `<p>Risk score: <strong>${d.riskScore.toFixed(1)}</strong></p>` : '') +
    `<p>${node.connectedEdges().length} link(s) on the chart${expanded.has(d.id) ? ', expanded' : ''}${node.hasClass('changed') ? '; <strong>changed since saved</strong>' : ''}.</p>` +
    `<label class="note">Note <textarea id="node-note" rows="2" placeholder="Your note on this node (saved with the investigation)"></textarea></label><table>${rows}</table>`;
  const note = panel.querySelector<HTMLTextAreaElement>('#node-note')!;
  note.value = d.note ?? '';
  note.addEventListener('input', () => node.data('note', note.value));
}
