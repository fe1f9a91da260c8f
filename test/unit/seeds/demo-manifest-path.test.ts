import { describe, expect, it } from 'vitest';
import { demoManifestPath } from '../../../seeds/demo.js';

describe("the demo's planted truth is kept beside the local Neo4j's data folder", () => {
  it('is named after the data folder, so services with their own folders keep their own', () => {
    expect(demoManifestPath('.data/neo4j')).toBe('.data/neo4j-demo-manifest.json');
    expect(demoManifestPath('/tmp/trial/neo4j/')).toBe('/tmp/trial/neo4j-demo-manifest.json');
    expect(demoManifestPath('/srv/a/neo4j')).not.toBe(demoManifestPath('/srv/b/neo4j'));
  });
});
