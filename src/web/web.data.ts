import { cypher } from '../db/cypher.registry.js';
import type { Gateway } from '../db/gateway.js';
import type { ExampleIds } from './example-operations.js';

/** The pages' one read: ids of real records to pre-fill the examples with. */
const exampleIds = cypher('linkchart/example-ids');

export async function readExampleIdRow(gateway: Gateway): Promise<Partial<ExampleIds> | undefined> {
  const [row] = await gateway.read<ExampleIds>(exampleIds, {}, { operation: 'page:example-ids' });
  return row;
}
