import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Role } from '../../src/core/role.js';
import { startTestApp, type GqlResult, type TestApp } from '../support/app.js';
import { graphql } from '../generated/graphql/index.js';

/**
 * Saved investigations against the real Neo4j: versions never overwrite, shares decide who may
 * open, each viewer sees personal data by their own role, opens are audited and logged, and a
 * reopened version warns about nodes changed or removed since.
 */
const manifest = inject('manifest');
const ring = manifest.rings[0]!;
let app: TestApp;
const run = Math.random().toString(36).slice(2, 8);

beforeAll(async () => {
  app = await startTestApp();
}, 120_000);
afterAll(async () => app?.close());

interface Who {
  subject: string;
  roles: Role[];
  agencyOri?: string;
}
const owner: Who = { subject: `owner-${run}`, roles: [Role.INVESTIGATOR] };
const colleague: Who = { subject: `analyst-${run}`, roles: [Role.ANALYST] };
const sameAgency: Who = { subject: `desk-${run}`, roles: [Role.INVESTIGATOR] };
const otherAgency: Who = { subject: `far-${run}`, roles: [Role.INVESTIGATOR], agencyOri: 'CA0190000' };
const supervisor: Who = { subject: `sup-${run}`, roles: [Role.SUPERVISOR] };

async function as<T = Record<string, unknown>>(who: Who, query: string, variables: Record<string, unknown> = {}): Promise<GqlResult<T>> {
  const token = await app.token(who.roles, { subject: who.subject, agencyOri: who.agencyOri ?? 'NY0303000' });
  const res = await fetch(app.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return { ...((await res.json()) as GqlResult<T>), status: res.status };
}

const SAVE = `mutation Save($input: SaveInvestigationInput!) { saveInvestigation(input: $input) { investigationId number name savedBy nodeCount } }`;
const OPEN = `query Open($id: ID!, $version: Int) { openInvestigation(id: $id, version: $version) {
  version { number name note } changed removed warnings settings { collapseSales windowFrom }
  nodes { id x y note status changedFields } annotations { text x y }
  chart { nodes { id label properties } edges { id source target kind properties } } sources { id } } }`;
const SHARE = `mutation Share($id: ID!, $users: [String!], $agency: Boolean!) { shareInvestigation(id: $id, users: $users, agency: $agency) { id shares { grantee role } } }`;
const UNSHARE = `mutation Unshare($id: ID!, $users: [String!], $agency: Boolean!) { unshareInvestigation(id: $id, users: $users, agency: $agency) { id } }`;
const LIST = `query List($first: Int, $after: String) { investigations(first: $first, after: $after) { totalCount edges { node { id name ownerSubject latestVersion } } pageInfo { hasNextPage endCursor } } }`;

type Snapshot = {
  openInvestigation: {
    version: { number: number; note: string | null };
    changed: number;
    removed: number;
    warnings: string[];
    settings: { collapseSales: boolean; windowFrom: string | null };
    nodes: Array<{ id: string; x: number; y: number; note: string | null; status: string; changedFields: string[] }>;
    annotations: Array<{ text: string }>;
    chart: {
      nodes: Array<{ id: string; label: string; properties: Record<string, unknown> }>;
      edges: Array<{ source: string; target: string; properties: Record<string, unknown> }>;
    };
    sources: Array<{ id: string }>;
  };
};

const personId = `Person:${ring.brokerId}`;
const nodes = [
  { id: personId, x: 10, y: 20, note: 'Recruits buyers' },
  { id: `Person:${ring.strawPurchaserIds[0]}`, x: 100, y: 20 },
  ...ring.dealerLicenses.map((l, i) => ({ id: `Ffl:${l}`, x: 50 + 40 * i, y: 120 })),
  ...ring.firearmIds.slice(0, 3).map((f, i) => ({ id: `Firearm:${f}`, x: 200 + 30 * i, y: 200 })),
];
let id: string;

describe('saved investigations', () => {
  it('saves versions without overwriting, refuses a stale save, and pages the versions', async () => {
    const first = await as<{ saveInvestigation: { investigationId: string; number: number; nodeCount: number } }>(owner, SAVE, {
      input: { name: `Ring ${run}`, note: 'first look', nodes, annotations: [{ text: 'Same week purchases', x: 5, y: 5 }], collapseSales: true },
    });
    expect(first.errors).toBeUndefined();
    id = first.data!.saveInvestigation.investigationId;
    expect(first.data!.saveInvestigation).toMatchObject({ number: 1, nodeCount: nodes.length });
    const second = await as<{ saveInvestigation: { number: number } }>(owner, SAVE, {
      input: { id, name: `Ring ${run} v2`, nodes: nodes.slice(0, 3), basedOnVersion: 1 },
    });
    expect(second.data!.saveInvestigation.number).toBe(2);
    const stale = await as(owner, SAVE, { input: { id, name: 'stale', nodes: nodes.slice(0, 2), basedOnVersion: 1 } });
    expect(stale.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.basedOnVersion' });

    const versions = await as<{
      investigation: {
        latestVersion: number;
        versions: { totalCount: number; edges: Array<{ node: { number: number } }>; pageInfo: { hasNextPage: boolean; endCursor: string } };
      };
    }>(
      owner,
      `query V($id: ID!, $after: String) { investigation(id: $id) { latestVersion versions(first: 1, after: $after) { totalCount edges { node { number } } pageInfo { hasNextPage endCursor } } } }`,
      { id },
    );
    const v = versions.data!.investigation;
    expect(v.latestVersion).toBe(2);
    expect(v.versions).toMatchObject({ totalCount: 2, edges: [{ node: { number: 2 } }], pageInfo: { hasNextPage: true } });
    const next = await as<{ investigation: { versions: { edges: Array<{ node: { number: number } }> } } }>(
      owner,
      `query V($id: ID!, $after: String) { investigation(id: $id) { versions(first: 1, after: $after) { edges { node { number } } } } }`,
      { id, after: v.versions.pageInfo.endCursor },
    );
    expect(next.data!.investigation.versions.edges.map((e) => e.node.number)).toEqual([1]);

    // The first version is still there as it was saved.
    const old = await as<Snapshot>(owner, OPEN, { id, version: 1 });
    expect(old.errors).toBeUndefined();
    expect(old.data!.openInvestigation.nodes).toHaveLength(nodes.length);
    expect(old.data!.openInvestigation.nodes[0]).toMatchObject({ id: personId, x: 10, y: 20, note: 'Recruits buyers', status: 'UNCHANGED' });
    expect(old.data!.openInvestigation.annotations).toEqual([{ text: 'Same week purchases', x: 5, y: 5 }]);
    expect(old.data!.openInvestigation.settings.collapseSales).toBe(true);
    expect(old.data!.openInvestigation.chart.edges.length).toBeGreaterThan(0);
    const owned = old.data!.openInvestigation.chart.nodes.find((n) => n.id === personId)!;
    expect(owned.properties.lastName).toEqual(expect.any(String));
    // Provenance: each node and link names its sources in sourceIds, and the version lists them all.
    const { chart, sources } = old.data!.openInvestigation;
    const listed = new Set(sources.map((s) => s.id));
    // Derived links (series gun links, analysis results) have no source; every imported fact has one.
    const told = [...chart.nodes, ...chart.edges].filter((item) => item.properties.sourceIds !== undefined);
    expect(told.length).toBeGreaterThanOrEqual(chart.nodes.length);
    for (const item of told) {
      expect((item.properties.sourceIds as string[]).length).toBeGreaterThan(0);
      for (const sid of item.properties.sourceIds as string[]) expect(listed.has(sid)).toBe(true);
    }
  }, 60_000);

  it('refuses bad input with the field at fault, and unknown nodes', async () => {
    const blank = await as(owner, SAVE, { input: { name: ' ', nodes } });
    expect(blank.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.name' });
    const typo = await as(owner, SAVE, { input: { name: 'x', nodes: [nodes[0], { id: 'Firearm:NO-SUCH-GUN', x: 0, y: 0 }] } });
    expect(typo.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.nodes[1].id' });
    const twice = await as(owner, SAVE, { input: { name: 'x', nodes: [nodes[0], nodes[0]] } });
    expect(twice.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.nodes[1].id' });
    // Someone else's investigation cannot get a version.
    const foreign = await as(colleague, SAVE, { input: { id, name: 'mine now', nodes } });
    expect(foreign.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('opens only for those it is shared with, masking personal data by each viewer’s own role', async () => {
    expect((await as(colleague, OPEN, { id })).errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND' });
    const shared = await as<{ shareInvestigation: { shares: Array<{ grantee: string; role: string }> } }>(owner, SHARE, {
      id,
      users: [colleague.subject],
      agency: false,
    });
    expect(shared.data!.shareInvestigation.shares).toEqual([
      { grantee: `user:${owner.subject}`, role: 'OWNER' },
      { grantee: `user:${colleague.subject}`, role: 'VIEWER' },
    ]);
    const seen = await as<Snapshot>(colleague, OPEN, { id });
    expect(seen.errors).toBeUndefined();
    expect(seen.data!.openInvestigation.version.number).toBe(2);
    const person = seen.data!.openInvestigation.chart.nodes.find((n) => n.id === personId)!;
    expect(person.properties.lastName).toBeNull();
    expect(person.label).toBe(`Person ${ring.brokerId}`);
    const list = await as<{ investigations: { edges: Array<{ node: { id: string } }> } }>(colleague, LIST, { first: 100 });
    expect(list.data!.investigations.edges.map((e) => e.node.id)).toContain(id);

    // Agency share: a colleague of the same agency may open it, another agency's user may not.
    expect((await as(sameAgency, OPEN, { id })).errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND' });
    await as(owner, SHARE, { id, users: [], agency: true });
    expect((await as(sameAgency, OPEN, { id })).errors).toBeUndefined();
    expect((await as(otherAgency, OPEN, { id })).errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND' });
    await as(owner, UNSHARE, { id, users: [colleague.subject], agency: true });
    expect((await as(colleague, OPEN, { id })).errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND' });
    // Only the owner shares.
    expect((await as(sameAgency, SHARE, { id, users: ['x'], agency: false })).errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND' });
  }, 60_000);

  it('audits every save, share and open, and logs them on the investigation for its owner', async () => {
    type Trail = { auditEvents: { edges: Array<{ node: { subject: string; rootFields: string[]; outcome: string; personIds: string[] } }> } };
    const mine = [];
    for (const who of [owner, colleague, sameAgency]) {
      const trail = await as<Trail>(
        supervisor,
        `query T($subject: String!) { auditEvents(filter: { subject: $subject }, first: 100) { edges { node { subject rootFields outcome personIds } } } }`,
        { subject: who.subject },
      );
      expect(trail.errors).toBeUndefined();
      mine.push(...trail.data!.auditEvents.edges.map((e) => e.node));
    }
    const fields = mine.flatMap((e) => e.rootFields);
    for (const f of ['saveInvestigation', 'shareInvestigation', 'unshareInvestigation', 'openInvestigation']) expect(fields, f).toContain(f);
    // The analyst's open names the people it masked (outcome DENIED, like any masked read).
    // (Its first try, before the share, is on record too: outcome ERROR, NOT_FOUND.)
    const open = mine.find((e) => e.subject === colleague.subject && e.rootFields.includes('openInvestigation') && e.personIds.length > 0)!;
    expect(open.outcome).toBe('DENIED');
    expect(open.personIds).toContain(ring.brokerId);

    const log = await as<{ investigation: { activity: { edges: Array<{ node: { action: string; subject: string } }> } } }>(
      owner,
      `query A($id: ID!) { investigation(id: $id) { activity(first: 100) { edges { node { action subject version requestId } } } } }`,
      { id },
    );
    const actions = log.data!.investigation.activity.edges.map((e) => `${e.node.action}:${e.node.subject}`);
    expect(actions).toContain(`SAVED:${owner.subject}`);
    expect(actions).toContain(`SHARED:${owner.subject}`);
    expect(actions).toContain(`UNSHARED:${owner.subject}`);
    expect(actions).toContain(`OPENED:${colleague.subject}`);
    // Only the owner reads the activity log: a viewer it is shared with is refused it, and once
    // the share is withdrawn the investigation does not exist for them at all.
    const ACTIVITY = `query A($id: ID!) { investigation(id: $id) { activity { edges { node { action } } } } }`;
    await as(owner, SHARE, { id, users: [], agency: true });
    expect((await as(sameAgency, ACTIVITY, { id })).errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN' });
    await as(owner, UNSHARE, { id, users: [], agency: true });
    expect((await as(sameAgency, ACTIVITY, { id })).errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND' });
  }, 60_000);

  it('warns about nodes changed or removed since the version was saved', async () => {
    const sceneId = `SC-WS-${run}`.toUpperCase();
    const scene = (city: string) => ({
      type: 'SCENE' as const,
      fields: {
        id: sceneId,
        occurredAt: '2025-03-14T23:40:00Z',
        kind: 'SHOTS_FIRED',
        address: '1 Main St',
        city,
        state: 'NY',
        latitude: 40.7,
        longitude: -73.9,
        agencyOri: 'NY0303000',
      },
    });
    const importScene = async (city: string) =>
      app.gql(
        graphql(`
          mutation InvestigationImportScene($records: [ImportRecordInput!]!) {
            importRecords(records: $records) {
              accepted
            }
          }
        `),
        { records: [scene(city)] },
        [Role.INGEST],
      );
    expect((await importScene('Albany')).errors).toBeUndefined();
    const saved = await as<{ saveInvestigation: { investigationId: string } }>(owner, SAVE, {
      input: { name: `Scene ${run}`, nodes: [{ id: `Scene:${sceneId}`, x: 0, y: 0 }, nodes[0], nodes[2]] },
    });
    const sid = saved.data!.saveInvestigation.investigationId;
    expect((await importScene('Troy')).errors).toBeUndefined();
    const changed = await as<Snapshot>(owner, OPEN, { id: sid });
    const node = changed.data!.openInvestigation.nodes.find((n) => n.id === `Scene:${sceneId}`)!;
    expect(node.status).toBe('CHANGED');
    expect(node.changedFields).toContain('city');
    expect(changed.data!.openInvestigation.changed).toBe(1);
    expect(changed.data!.openInvestigation.warnings[0]).toMatch(/1 node\(s\) changed/);

    await app.gateway.write({ name: 'test/remove-scene', text: 'MATCH (s:Scene {id: $id}) DETACH DELETE s' }, { id: sceneId });
    const removed = await as<Snapshot>(owner, OPEN, { id: sid });
    expect(removed.data!.openInvestigation.removed).toBe(1);
    expect(removed.data!.openInvestigation.nodes[0]!.status).toBe('REMOVED');
    expect(removed.data!.openInvestigation.chart.nodes.map((n) => n.id)).not.toContain(`Scene:${sceneId}`);
    expect(removed.data!.openInvestigation.warnings.join(' ')).toContain(`Scene:${sceneId}`);
  }, 60_000);

  it('lists investigations keyset-paged, newest first', async () => {
    const page1 = await as<{
      investigations: { totalCount: number; edges: Array<{ node: { id: string } }>; pageInfo: { hasNextPage: boolean; endCursor: string } };
    }>(owner, LIST, { first: 1 });
    expect(page1.data!.investigations.totalCount).toBeGreaterThanOrEqual(2);
    expect(page1.data!.investigations.pageInfo.hasNextPage).toBe(true);
    const page2 = await as<{ investigations: { edges: Array<{ node: { id: string } }> } }>(owner, LIST, {
      first: 1,
      after: page1.data!.investigations.pageInfo.endCursor,
    });
    expect(page2.data!.investigations.edges[0]!.node.id).not.toBe(page1.data!.investigations.edges[0]!.node.id);
  });
});
