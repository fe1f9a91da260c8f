import { writeFileSync } from 'node:fs';
import { operationsManifest } from './operations-manifest.js';
import { OPERATIONS_MANIFEST_FILE } from './operations-manifest.paths.js';

/** `npm run documents:manifest`: writes schema/trusted-documents.json from schema/operations/. */
const manifest = operationsManifest();
writeFileSync(OPERATIONS_MANIFEST_FILE, `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`Wrote ${OPERATIONS_MANIFEST_FILE} (${Object.keys(manifest).length} documents)`);
