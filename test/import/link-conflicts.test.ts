import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/core/role.js';
import { cypher } from '../../src/db/cypher.registry.js';
import type { TestApp } from '../support/app.js';
import { unique } from '../security/support.js';
import { RUN, validRecords } from './fixtures.js';
import { CONFLICTS, OTHER_AGENCY, RESOLVE_CONFLICT, ingestAs, startConflictApp, type Raw } from './import-api.js';
import type { ConflictStatus, ImportRecordType } from '../generated/graphql/graphql.js';

/**
 * A record naming a different node for a single-valued link (a recovery's gun, a sale's buyer, a
 * casing's scene…) is a changed value like a changed property: the first-written link stays, the
 * other is kept as a conflict, and the graph never holds both (docs/import.md, Conflicts on links).
 */
const recordLinks = cypher('provenance/record-links');

let app: TestApp;
beforeAll(async () => {
  app = await startConflictApp();
});
afterAll(() => app.close());

const OTHER = OTHER_AGENCY;
type Link = { type: string; outgoing: boolean; target: string; confirmed: boolean };
const links = async (label: string, key: string, type: string) =>
  (await app.gateway.read<Link>(recordLinks, { label, key })).filter((l) => l.type === type).map((l) => l.target);

async function conflictsOf(ori: string, recordType: ImportRecordType, status: ConflictStatus = 'OPEN') {
  const res = await app.gql(CONFLICTS, { o: ori, recordType, status }, [Role.SUPERVISOR]);
  expect(res.errors).toBeUndefined();
  return res.data!.conflicts.edges.map((e) => e.node);
}

describe('conflicts on changed links', () => {
  const tag = `LK${RUN}${unique()}`;
  const id = (kind: string) => `IMPTEST-${tag}-${kind}`;
  const base = validRecords(tag) as unknown as Raw[];
  const ori = String(base.find((r) => r.type === 'agency')!.ori);
  const of = (type: string) => base.find((r) => r.type === type)!;
  const maker2 = `IMPTEST ${tag} Imports`;
  const dealer2 = { ...(validRecords(`${tag}X`)[2] as unknown as Raw) };
  // Second candidates for every link: another gun, buyer, scene, dealer, maker and casing.
  const extra: Raw[] = [
    { type: 'manufacturer', name: maker2, kind: 'IMPORTER', country: 'AT' },
    dealer2,
    { ...of('firearm'), id: id('FA2'), serial: 'IMP67890' },
    { ...of('person'), id: id('P3'), firstName: 'Tri', dateOfBirth: '1985-07-08' },
    { ...of('scene'), id: id('SC3'), occurredAt: '2025-03-14T20:00:00.000Z' },
    { ...base.filter((r) => r.type === 'casing')[0], evidenceId: id('EV3'), sceneId: id('SC3'), firedFromFirearmId: null, firedFromConfirmedAt: null },
  ];
  // What another agency (not the owner, not the first source) says differently about each link.
  const moved: Array<{ label: string; type: ImportRecordType; record: Raw; field: string; rel: string; was: string[]; now: string[] }> = [
    {
      label: 'Firearm',
      type: 'FIREARM',
      record: { ...of('firearm'), manufacturer: maker2 },
      field: 'manufacturer',
      rel: 'MADE_BY',
      was: [String(of('firearm').manufacturer)],
      now: [maker2],
    },
    {
      label: 'Sale',
      type: 'SALE',
      record: { ...of('sale'), purchaserId: id('P3') },
      field: 'purchaserId',
      rel: 'TO_PURCHASER',
      was: [id('P1')],
      now: [id('P3')],
    },
    { label: 'Sale', type: 'SALE', record: { ...of('sale'), firearmId: id('FA2') }, field: 'firearmId', rel: 'OF_FIREARM', was: [id('FA')], now: [id('FA2')] },
    {
      label: 'Sale',
      type: 'SALE',
      record: { ...of('sale'), fflLicense: dealer2.license },
      field: 'fflLicense',
      rel: 'SOLD',
      was: [String(of('ffl').license)],
      now: [String(dealer2.license)],
    },
    {
      label: 'Recovery',
      type: 'RECOVERY',
      record: { ...of('recovery'), firearmId: id('FA2') },
      field: 'firearmId',
      rel: 'OF_FIREARM',
      was: [id('FA')],
      now: [id('FA2')],
    },
    {
      label: 'Recovery',
      type: 'RECOVERY',
      record: { ...of('recovery'), possessorId: id('P3') },
      field: 'possessorId',
      rel: 'FROM_POSSESSOR',
      was: [id('P2')],
      now: [id('P3')],
    },
    {
      label: 'Casing',
      type: 'CASING',
      record: { ...of('casing'), sceneId: id('SC3') },
      field: 'sceneId',
      rel: 'RECOVERED_AT',
      was: [id('SC1')],
      now: [id('SC3')],
    },
    {
      label: 'Trace',
      type: 'TRACE',
      record: { ...of('trace'), resolvedPurchaserId: id('P2') },
      field: 'resolvedPurchaserId',
      rel: 'RESOLVED_PURCHASER',
      was: [id('P1')],
      now: [id('P2')],
    },
    {
      label: 'Lead',
      type: 'LEAD',
      record: { ...of('lead'), casingB: id('EV3') },
      field: 'casings',
      rel: 'CORRELATES',
      was: [id('EV1'), id('EV2')],
      now: [id('EV1'), id('EV3')],
    },
    {
      label: 'TheftReport',
      type: 'THEFT',
      record: { ...of('theft'), firearmId: id('FA2') },
      field: 'firearmId',
      rel: 'REPORTS_THEFT_OF',
      was: [id('FA')],
      now: [id('FA2')],
    },
  ];

  beforeAll(async () => {
    const first = await ingestAs(app, ori, [...base, ...extra]);
    expect(first.errors).toBeUndefined();
  });

  it('keeps the first-written link against another agency, one link only, and records each move as a conflict', async () => {
    // One change per call: each record's only difference is its link.
    for (const m of moved) {
      const res = await ingestAs(app, OTHER, [m.record]);
      expect(res.errors, m.field).toBeUndefined();
      expect(res.data!.importRecords, `${m.label}.${m.field}`).toMatchObject({ conflicted: 1, updated: 0, created: 0 });
      expect(await links(m.label, String(m.record.id ?? m.record.evidenceId), m.rel), `${m.label}.${m.field}`).toEqual(m.was);
    }
    // The same records again: nothing new is written (no second conflict, still one link).
    for (const m of moved) {
      const again = await ingestAs(app, OTHER, [m.record]);
      expect(again.data!.importRecords).toMatchObject({ conflicted: 1, created: 0, updated: 0 });
      expect(await links(m.label, String(m.record.id ?? m.record.evidenceId), m.rel)).toEqual(m.was);
    }

    for (const m of moved) {
      const key = String(m.record.id ?? m.record.evidenceId ?? m.record.name);
      const found = (await conflictsOf(OTHER, m.type)).filter((c) => c.key === key && c.field === m.field);
      expect(found, `${m.label}.${m.field}`).toHaveLength(1);
      expect(found[0]).toMatchObject({
        currentValue: m.was.join(', '),
        incomingValue: m.now.join(', '),
        currentOri: ori,
        incomingOri: OTHER,
        kept: 'CURRENT',
        status: 'OPEN',
      });
    }
    // The first source re-sending what it said is unchanged.
    const same = await ingestAs(app, ori, [...base, ...extra]);
    expect(same.data!.importRecords).toMatchObject({ created: 0, updated: 0, conflicted: 0, unchanged: base.length + extra.length });
  });

  it('lets a supervisor re-point a conflicted link, and the same decision again changes nothing', async () => {
    const sale = moved.find((m) => m.field === 'purchaserId')!;
    const [conflict] = (await conflictsOf(OTHER, 'SALE')).filter((c) => c.key === sale.record.id && c.field === 'purchaserId');
    const done = await app.gql(RESOLVE_CONFLICT, { id: conflict!.id, keep: 'INCOMING' }, [Role.SUPERVISOR]);
    expect(done.errors).toBeUndefined();
    expect(done.data!.resolveConflict).toMatchObject({ status: 'RESOLVED', kept: 'INCOMING' });
    expect(await links('Sale', String(sale.record.id), 'TO_PURCHASER')).toEqual(sale.now);
    await app.gql(RESOLVE_CONFLICT, { id: conflict!.id, keep: 'INCOMING' }, [Role.SUPERVISOR]);
    expect(await links('Sale', String(sale.record.id), 'TO_PURCHASER')).toEqual(sale.now);

    const lead = moved.find((m) => m.field === 'casings')!;
    const [pair] = (await conflictsOf(OTHER, 'LEAD')).filter((c) => c.key === lead.record.id);
    await app.gql(RESOLVE_CONFLICT, { id: pair!.id, keep: 'INCOMING' }, [Role.SUPERVISOR]);
    expect(await links('Lead', String(lead.record.id), 'CORRELATES')).toEqual(lead.now);
    await app.gql(RESOLVE_CONFLICT, { id: pair!.id, keep: 'CURRENT' }, [Role.SUPERVISOR]);
    expect(await links('Lead', String(lead.record.id), 'CORRELATES')).toEqual(lead.was);
  });

  it('lets the source of a link correct it, and the owning agency override another source, never leaving two links', async () => {
    // The first source corrects its own recovery's possessor: updated, moved, no conflict.
    const rc: Raw = { ...of('recovery'), possessorId: id('P1') };
    const fix = await ingestAs(app, ori, [rc]);
    expect(fix.data!.importRecords).toMatchObject({ updated: 1, conflicted: 0 });
    expect(await links('Recovery', String(rc.id), 'FROM_POSSESSOR')).toEqual([id('P1')]);
    expect(await ingestAs(app, ori, [rc]).then((r) => r.data!.importRecords)).toMatchObject({ unchanged: 1 });

    // A recovery written first by another agency for the owner's jurisdiction: the owner's scene wins.
    const rc2: Raw = { ...of('recovery'), id: id('RC2'), sceneId: id('SC2') };
    expect((await ingestAs(app, OTHER, [rc2])).data!.importRecords).toMatchObject({ created: 1 });
    const byOwner = await ingestAs(app, ori, [{ ...rc2, sceneId: null }]);
    expect(byOwner.data!.importRecords).toMatchObject({ updated: 1, conflicted: 0 });
    expect(await links('Recovery', String(rc2.id), 'AT_SCENE')).toEqual([]);
    const resolved = (await conflictsOf(ori, 'RECOVERY', 'RESOLVED')).filter((c) => c.key === rc2.id && c.field === 'sceneId');
    expect(resolved).toEqual([expect.objectContaining({ currentValue: id('SC2'), incomingValue: null, kept: 'INCOMING', resolvedBy: 'OWNING_AGENCY' })]);
  });
});
