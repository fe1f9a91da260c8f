import neo4j, { type Driver } from 'neo4j-driver';
import type { SeedManifest } from '../../seeds/manifest.js';
import { cypher, type Statement } from '../../src/db/cypher.registry.js';
import { normaliseLinked, normalisePage, normaliseTraceChain, type Answer } from './peer.normalise.js';

/** One GraphQL request: document and variables. */
export interface Request {
  query: string;
  variables: Record<string, unknown>;
}

/** One question of the comparison, asked of both servers with the same input. */
export interface Question {
  key: string;
  name: string;
  project(i: number): Request;
  peer(i: number): Request;
  /** Both answers mapped to one canonical form (data of the response), so they can be compared. */
  fromProject(data: unknown): Answer;
  fromPeer(data: unknown): Answer;
  /** The statements this project sends for the question, run straight through the driver in one read transaction. */
  raw(driver: Driver, database: string, i: number): Promise<void>;
}

const st = {
  linkedScenes: cypher('casing/linked-scenes'),
  traceChain: cypher('firearm/trace-chain'),
  pageByAgency: cypher('scene/page-by-agency'),
  pageByAgencyDeep: cypher('scene/page-by-agency-deep'),
};
/** Parameters the project's resolvers send (casing.resolver.ts, scene.data.ts, pagination). */
const LINKED = { statuses: ['CONFIRMED'], maxHops: 6, max: 500 };
const PAGE = { limit: 51, afterId: null, from: '0001-01-01T00:00:00Z', until: '9999-12-31T23:59:59Z', kinds: null };

async function inOneReadTx(driver: Driver, database: string, work: (run: (s: Statement, p: Record<string, unknown>) => Promise<unknown[]>) => Promise<void>) {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    await session.executeRead((tx) => work(async (s, p) => (await tx.run(s.text, p)).records.map((r) => r.toObject())));
  } finally {
    await session.close();
  }
}

const LINKED_FIELDS_PROJECT =
  'scene { id: sceneId occurredAt kind location { latitude longitude } } agency { ori name } evidenceIds distanceKm daysSincePrevious otherJurisdiction';
const LINKED_FIELDS_PEER = 'sceneId occurredAt kind latitude longitude agencyOri agencyName evidenceIds distanceKm daysSincePrevious otherJurisdiction';
const SCENE_FIELDS_PROJECT = 'id: sceneId occurredAt kind address city state location { latitude longitude } agency { ori name }';
const SCENE_FIELDS_PEER = 'id occurredAt kind address city state location { latitude longitude } agency { ori name }';
const PEER_PAGE_ARGS = 'sort: [{ occurredAt: DESC }, { id: DESC }], limit: 50';

/**
 * The four questions of the comparison. Inputs rotate over planted NIBIN series (linked scenes),
 * trace examples (full chains) and the agencies with the most scenes (pages).
 */
export function questions(manifest: SeedManifest, agencies: string[]): Question[] {
  const casings = manifest.series.flatMap((s) => s.casingIds);
  const firearms = manifest.traceExamples.map((t) => t.firearmId);
  if (!casings.length || !firearms.length || !agencies.length) throw new Error('Need series, trace examples and agencies to compare with');
  const casing = (i: number) => casings[i % casings.length]!;
  const firearm = (i: number) => firearms[i % firearms.length]!;
  const agency = (i: number) => agencies[i % agencies.length]!;
  return [
    {
      key: 'linkedScenes',
      name: 'casing → linked scenes',
      project: (i) => ({
        query: `query Q($e: NonEmptyString!) { casing(evidenceId: $e) { evidenceId linkedScenes { ${LINKED_FIELDS_PROJECT} } } }`,
        variables: { e: casing(i) },
      }),
      peer: (i) => ({
        query: `query Q($e: ID!) { casings(where: { evidenceId: { eq: $e } }) { evidenceId linkedScenes { ${LINKED_FIELDS_PEER} } } }`,
        variables: { e: casing(i) },
      }),
      fromProject: (d) => normaliseLinked((d as { casing: { linkedScenes: unknown[] } }).casing.linkedScenes, 'project'),
      fromPeer: (d) => normaliseLinked((d as { casings: Array<{ linkedScenes: unknown[] }> }).casings[0]?.linkedScenes ?? [], 'peer'),
      raw: (driver, db, i) => inOneReadTx(driver, db, async (run) => void (await run(st.linkedScenes, { keys: [casing(i)], ...LINKED }))),
    },
    {
      key: 'traceChain',
      name: 'firearm trace chain',
      project: (i) => ({
        query: `query Q($id: NonEmptyString!) { firearm(id: $id) { id: firearmId traceChain {
          manufacturer { name kind } dealer { license name state } sale { id: saleId soldOn multipleSale } purchaser { id: personId state }
          timeToCrimeDays firstShootingAt
          recoveries { id: recoveryId recoveredOn state timeToCrimeDays possessor { id: personId } agency { ori }
            traces { id: traceId outcome requestedAt completedAt requestingAgency { ori } } } } } }`,
        variables: { id: firearm(i) },
      }),
      peer: (i) => ({
        query: `query Q($id: ID!) { firearms(where: { id: { eq: $id } }) { id firstShootingAt manufacturer { name kind }
          sales(sort: [{ soldOn: ASC }, { id: ASC }], limit: 1) { id soldOn multipleSale dealer { license name state } purchaser { id state } }
          recoveries(sort: [{ recoveredOn: ASC }, { id: ASC }]) { id recoveredOn state timeToCrimeDays possessor { id } agency { ori }
            traces(sort: [{ requestedAt: ASC }, { id: ASC }]) { id outcome requestedAt completedAt requestingAgency { ori } } } } }`,
        variables: { id: firearm(i) },
      }),
      fromProject: (d) => normaliseTraceChain(d, 'project'),
      fromPeer: (d) => normaliseTraceChain(d, 'peer'),
      raw: (driver, db, i) => inOneReadTx(driver, db, async (run) => void (await run(st.traceChain, { keys: [firearm(i)] }))),
    },
    {
      key: 'agencyPage',
      name: '50-scene page of an agency',
      project: (i) => ({
        query: `query Q($ori: String!) { scenes(first: 50, filter: { agencyOri: $ori }) { edges { cursor node { ${SCENE_FIELDS_PROJECT} } } pageInfo { hasNextPage endCursor } } }`,
        variables: { ori: agency(i) },
      }),
      peer: (i) => ({
        query: `query Q($ori: ID!) { scenes(where: { agency: { some: { ori: { eq: $ori } } } }, ${PEER_PAGE_ARGS}) { ${SCENE_FIELDS_PEER} } }`,
        variables: { ori: agency(i) },
      }),
      fromProject: (d) => normalisePage(d, 'project'),
      fromPeer: (d) => normalisePage(d, 'peer'),
      raw: (driver, db, i) => inOneReadTx(driver, db, async (run) => void (await run(st.pageByAgency, { ...PAGE, agencyOri: agency(i) }))),
    },
    {
      key: 'agencyPageDeep',
      name: '50-scene page with casings and linked scenes',
      project: (i) => ({
        query: `query Q($ori: String!) { scenes(first: 50, filter: { agencyOri: $ori }) { edges { node { id: sceneId agency { ori name }
          casings { evidenceId linkedScenes { scene { id: sceneId } agency { ori } distanceKm otherJurisdiction } } } } } }`,
        variables: { ori: agency(i) },
      }),
      peer: (i) => ({
        query: `query Q($ori: ID!) { scenes(where: { agency: { some: { ori: { eq: $ori } } } }, ${PEER_PAGE_ARGS}) { id agency { ori name }
          casings(sort: [{ evidenceId: ASC }], limit: 200) { evidenceId linkedScenes { sceneId agencyOri distanceKm otherJurisdiction } } } }`,
        variables: { ori: agency(i) },
      }),
      fromProject: (d) => normalisePage(d, 'project'),
      fromPeer: (d) => normalisePage(d, 'peer'),
      raw: (driver, db, i) =>
        inOneReadTx(driver, db, async (run) => void (await run(st.pageByAgencyDeep, { ...PAGE, agencyOri: agency(i), first: 50, maxCasings: 200, ...LINKED }))),
    },
  ];
}
