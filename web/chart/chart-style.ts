import type { StylesheetJson } from 'cytoscape';

/** Colour and shape by kind, so a chart reads at a glance (and in greyscale print, by shape). */
export const KIND_STYLE: Record<string, { color: string; shape: string; caption: string }> = {
  FFL: { color: '#d62728', shape: 'diamond', caption: 'Dealer (FFL)' },
  PERSON: { color: '#1f77b4', shape: 'ellipse', caption: 'Person' },
  FIREARM: { color: '#2c2c2c', shape: 'triangle', caption: 'Firearm' },
  SALE: { color: '#ff7f0e', shape: 'round-rectangle', caption: 'Sale' },
  RECOVERY: { color: '#9467bd', shape: 'hexagon', caption: 'Recovery' },
  TRACE: { color: '#8c564b', shape: 'tag', caption: 'Trace' },
  SCENE: { color: '#e377c2', shape: 'star', caption: 'Scene' },
  CASING: { color: '#bcbd22', shape: 'vee', caption: 'Casing' },
  LEAD: { color: '#17becf', shape: 'rhomboid', caption: 'NIBIN lead' },
  AGENCY: { color: '#2ca02c', shape: 'rectangle', caption: 'Agency' },
  MANUFACTURER: { color: '#7f7f7f', shape: 'octagon', caption: 'Manufacturer' },
};

export function chartStyle(): StylesheetJson {
  const byKind = Object.entries(KIND_STYLE).map(([kind, s]) => ({
    selector: `node[kind = "${kind}"]`,
    style: { 'background-color': s.color, shape: s.shape as never },
  }));
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'font-size': 9,
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-wrap': 'ellipsis',
        'text-max-width': '120px',
        // Captions appear as the analyst zooms in, so a large chart stays readable.
        'min-zoomed-font-size': 7,
        width: 22,
        height: 22,
        'border-width': 1,
        'border-color': '#ffffff',
        color: '#222',
      },
    },
    ...byKind,
    // Dealers sized by risk score (0-100, from the analysis job); unscored dealers stay mid-sized.
    { selector: 'node[kind = "FFL"]', style: { width: 34, height: 34 } },
    { selector: 'node[kind = "FFL"][riskScore >= 0]', style: { width: 'mapData(riskScore, 0, 100, 24, 80)', height: 'mapData(riskScore, 0, 100, 24, 80)' } },
    { selector: 'node[?seed]', style: { 'border-width': 4, 'border-color': '#111' } },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#ffbf00' } },
    { selector: 'node.expanded', style: { 'border-style': 'double' } },
    { selector: 'node.faded', style: { opacity: 0.25 } },
    {
      selector: 'edge',
      style: {
        width: 1.5,
        'line-color': '#9aa3ad',
        'target-arrow-color': '#9aa3ad',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.7,
        'curve-style': 'bezier',
        label: 'data(kind)',
        'font-size': 7,
        color: '#555',
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.8,
        'text-background-padding': '1px',
        'min-zoomed-font-size': 7,
      },
    },
    { selector: 'edge.out-of-window', style: { display: 'none' } },
    // Hovered nodes show their caption at any zoom (captions otherwise appear as one zooms in).
    {
      selector: 'node.hover',
      style: { 'min-zoomed-font-size': 0, 'font-size': 11, 'z-index': 10, 'text-background-color': '#fff', 'text-background-opacity': 0.9 },
    },
    { selector: 'node.hover', style: { 'font-weight': 'bold' } },
    // Sales collapsed into purchaser → dealer links (i2 transactions): the Sale nodes hide.
    { selector: 'node.collapsed', style: { display: 'none' } },
    { selector: 'edge.derived', style: { 'line-color': '#ff7f0e', 'target-arrow-color': '#ff7f0e', 'line-style': 'dashed', width: 2 } },
    // Changed since the investigation was saved.
    { selector: 'node.changed', style: { 'border-width': 4, 'border-color': '#ff8c00', 'border-style': 'dashed' } },
    {
      selector: 'node.annotation',
      style: {
        shape: 'round-rectangle',
        'background-color': '#fff8c4',
        'border-color': '#d4b000',
        'border-width': 1,
        label: 'data(label)',
        'text-valign': 'center',
        'text-wrap': 'wrap',
        'text-max-width': '160px',
        'font-size': 10,
        'min-zoomed-font-size': 0,
        // A fixed box: cytoscape 3.35 deprecates sizing a node by its label ('label' width/height).
        width: 170,
        height: 44,
      },
    },
  ];
}
