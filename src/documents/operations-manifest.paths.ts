import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const OPERATIONS_DIR = path.join(ROOT, 'schema/operations');
/** The committed manifest (`npm run documents:manifest`); a test fails when it drifts from the operations. */
export const OPERATIONS_MANIFEST_FILE = path.join(ROOT, 'schema/trusted-documents.json');
