import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { repeatedKey } from '../../../src/import/json-keys.js';

describe('a member name given twice in one JSON object', () => {
  it('is found in a flat record, whatever the spacing', () => {
    expect(repeatedKey('{"type":"person","id":"P1","lastName":"A","lastName":"B"}')).toBe('lastName');
    expect(repeatedKey('{ "id" : "P1" ,\t"id"\t:\t"P2" }')).toBe('id');
  });

  it('is found inside a nested object, and the same name in different objects is no repeat', () => {
    expect(repeatedKey('{"a":{"x":1,"x":2}}')).toBe('x');
    expect(repeatedKey('{"a":{"x":1},"b":{"x":2},"x":3}')).toBeNull();
    expect(repeatedKey('{"list":[{"x":1},{"x":2}],"x":[1,2]}')).toBeNull();
  });

  it('compares names as JSON reads them (escapes decoded)', () => {
    expect(repeatedKey('{"ab":1,"a\\u0062":2}')).toBe('ab');
    expect(repeatedKey('{"a\\"b":1,"a\\"b":2}')).toBe('a"b');
  });

  it('is not fooled by names, colons or quotes inside string values', () => {
    expect(repeatedKey('{"address":"Apt \\"B\\": rear","note":"\\"address\\": 1","at":"2025-01-01T10:00:00Z"}')).toBeNull();
    expect(repeatedKey('{"id":"id","x":"id:"}')).toBeNull();
    expect(repeatedKey('{"path":"C:\\\\tmp\\\\","path2":"\\\\"}')).toBeNull();
  });

  it('agrees with JSON.parse on which texts drop a value (generated objects, fixed seed)', () => {
    const name = fc.constantFrom('id', 'type', 'a"b', 'x\\y', 'é', 'id:');
    const value = fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.dictionary(name, fc.string(), { maxKeys: 3 }));
    fc.assert(
      fc.property(fc.array(fc.tuple(name, value), { minLength: 1, maxLength: 6 }), (members) => {
        const text = `{${members.map(([k, v]) => `${JSON.stringify(k)} : ${JSON.stringify(v)}`).join(', ')}}`;
        const kept = Object.keys(JSON.parse(text) as object).length;
        expect(repeatedKey(text) !== null).toBe(kept < members.length);
      }),
      { seed: 20261205, numRuns: 300 },
    );
  });
});
