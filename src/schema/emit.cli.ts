import { writeFileSync } from 'node:fs';
import { printSchemaSdl, SCHEMA_FILE } from './sdl.js';

/** `npm run schema:emit`: writes schema/schema.graphql from the type-graphql classes. */
const sdl = await printSchemaSdl();
writeFileSync(SCHEMA_FILE, sdl);
console.log(`Wrote ${SCHEMA_FILE} (${sdl.split('\n').length} lines)`);
