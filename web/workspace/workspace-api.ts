import type { EdgeData, NodeData } from '../chart/chart-export.js';

/**
 * The documents the workspace pages send (saved investigations on /chart, the case report on
 * /case-report), exactly as sent: registered as trusted documents (src/documents).
 */
const CHART = `nodes { id kind label properties riskScore distance } edges { id source target kind properties at }`;

export const OPEN_INVESTIGATION = `query WorkspaceOpen($id: ID!, $version: Int) {
  openInvestigation(id: $id, version: $version) {
    investigation { id name ownerSubject ownerAgencyOri latestVersion updatedAt shares { grantee role } }
    version { number name note savedAt savedBy nodeCount }
    nodes { id x y note status changedFields }
    annotations { text x y }
    settings { collapseSales windowFrom windowTo }
    chart { ${CHART} }
    changed removed warnings
    sources { id kind agencyOri receivedAt description }
  } }`;

export const SAVE_INVESTIGATION = `mutation WorkspaceSave($input: SaveInvestigationInput!) {
  saveInvestigation(input: $input) { investigationId number name savedAt nodeCount } }`;

export const SHARE_INVESTIGATION = `mutation WorkspaceShare($id: ID!, $users: [String!], $agency: Boolean!) {
  shareInvestigation(id: $id, users: $users, agency: $agency) { id shares { grantee role } } }`;

export const LIST_INVESTIGATIONS = `query WorkspaceList($first: Int!, $after: String) {
  investigations(first: $first, after: $after) {
    totalCount edges { node { id name ownerSubject latestVersion updatedAt } } pageInfo { hasNextPage endCursor } } }`;

export const REPORT_FIREARM = `query CaseReportFirearm($id: NonEmptyString!) {
  firearm(id: $id) {
    firearmId make model caliber serial serialObliterated
    traceChain {
      timeToCrimeDays timeToCrimeIndicator timeToFirstShootingDays inconsistency
      manufacturer { name } dealer { license name state } sale { saleId soldOn multipleSale } purchaser { personId firstName lastName state }
      recoveries { recoveryId recoveredOn city state }
    }
    shootings { sceneId occurredAt kind city state }
  } }`;

export const WORKSPACE_DOCUMENTS = [OPEN_INVESTIGATION, SAVE_INVESTIGATION, SHARE_INVESTIGATION, LIST_INVESTIGATIONS, REPORT_FIREARM] as const;

export interface Snapshot {
  investigation: {
    id: string;
    name: string;
    ownerSubject: string;
    ownerAgencyOri: string | null;
    latestVersion: number;
    updatedAt: string;
    shares: Array<{ grantee: string; role: string }>;
  };
  version: { number: number; name: string; note: string | null; savedAt: string; savedBy: string; nodeCount: number };
  nodes: Array<{ id: string; x: number; y: number; note: string | null; status: 'UNCHANGED' | 'CHANGED' | 'REMOVED'; changedFields: string[] }>;
  annotations: Array<{ text: string; x: number; y: number }>;
  settings: { collapseSales: boolean; windowFrom: string | null; windowTo: string | null };
  chart: { nodes: NodeData[]; edges: EdgeData[] };
  changed: number;
  removed: number;
  warnings: string[];
  sources: Array<{ id: string; kind: string; agencyOri: string | null; receivedAt: string; description: string | null }>;
}

export interface ListedInvestigation {
  id: string;
  name: string;
  ownerSubject: string;
  latestVersion: number;
  updatedAt: string;
}

export class WorkspaceError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
  }
}

export async function gql<T>(endpoint: string, token: string | null, query: string, variables: Record<string, unknown>): Promise<T> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(endpoint, { method: 'POST', headers, body: JSON.stringify({ query, variables }), credentials: 'omit' });
  const body = (await response.json()) as { data?: T; errors?: Array<{ message: string; extensions?: { code?: string } }> };
  if (body.errors?.length) throw new WorkspaceError(body.errors.map((e) => e.message).join('; '), body.errors[0]!.extensions?.code);
  if (!body.data) throw new WorkspaceError(`The service answered ${response.status}`, undefined);
  return body.data;
}
