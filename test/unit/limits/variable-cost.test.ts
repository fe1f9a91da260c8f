import { readdirSync, readFileSync } from 'node:fs';
import { buildSchema, Kind, parse, print } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/config.js';
import { inlinePageSizes, overCostWithVariables } from '../../../src/limits/variable-cost.plugin.js';

const toy = buildSchema(`
  type Query { x(first: Int, after: String): X, d(first: Int! = 20): X }
  type X { y(last: Int): X, z: Int }
`);

describe('page sizes', () => {
  it("given by variables are written into the document from the values sent, or the variables' defaults", () => {
    const doc = parse('query Q($n: Int!, $m: Int = 7, $a: String) { x(first: $n, after: $a) { y(last: $m) { z } } }');
    const out = print(inlinePageSizes(toy, doc, { n: 100, a: 'c' })!);
    expect(out).toContain('x(first: 100, after: $a)');
    expect(out).toContain('y(last: 7)');
  });

  it('left out are written in from the schema default', () => {
    expect(print(inlinePageSizes(toy, parse('{ d { z } }'), {})!)).toContain('d(first: 20)');
  });

  it('written in the document, or with nothing to write in, leave it alone (null: nothing to price again)', () => {
    expect(inlinePageSizes(toy, parse('{ x(first: 5) { y { z } } }'), {})).toBeNull();
    expect(inlinePageSizes(toy, parse('query Q($n: Int) { x(first: $n) { z } }'), {})).toBeNull();
    expect(inlinePageSizes(toy, parse('query Q($n: Int) { x(first: $n) { z } }'), { n: 2.5 })).toBeNull();
  });
});

describe('the example operations', () => {
  it('stay under the default cost limit with every variable page size at 100 (the largest page a list gives)', () => {
    const schema = buildSchema(readFileSync('schema/schema.graphql', 'utf8'));
    const maxCost = loadConfig({ NODE_ENV: 'test' }).LIMIT_MAX_COST;
    const files = readdirSync('schema/operations').filter((f) => f.endsWith('.graphql'));
    expect(files.length).toBeGreaterThan(10);
    for (const f of files) {
      const doc = parse(readFileSync(`schema/operations/${f}`, 'utf8'));
      const variables: Record<string, number> = {};
      for (const d of doc.definitions)
        if (d.kind === Kind.OPERATION_DEFINITION) for (const v of d.variableDefinitions ?? []) variables[v.variable.name.value] = 100;
      expect(overCostWithVariables(schema, doc, variables, maxCost), f).toBe(false);
    }
    // The check can fail: the same operations at a tiny limit are over it.
    expect(files.some((f) => overCostWithVariables(schema, parse(readFileSync(`schema/operations/${f}`, 'utf8')), { first: 100 }, 1000))).toBe(true);
  });
});
