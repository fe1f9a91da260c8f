import 'reflect-metadata';
import { loadCypher } from '../../src/db/cypher.registry.js';

// Each test file runs in its own worker: load the statements there too.
loadCypher();
