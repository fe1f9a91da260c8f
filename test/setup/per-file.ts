import 'reflect-metadata';
import { afterAll } from 'vitest';
import { loadCypher } from '../../src/db/cypher.registry.js';
import { removeTempDirs } from '../import/fixtures.js';

// Each test file runs in its own worker: load the statements there too.
loadCypher();

// Import tests write files to temp folders: leave none behind on the machine.
afterAll(removeTempDirs);
