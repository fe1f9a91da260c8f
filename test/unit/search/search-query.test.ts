import { describe, expect, it } from 'vitest';
import { escapeLucene, personIdQuery, searchPieces, searchTextRule } from '../../../src/search/search-query.js';

describe('search text to words', () => {
  it('splits like the standard tokenizer and keeps the unknown-character marks of a serial', () => {
    expect(searchPieces('Dana M. Whitfield')).toEqual(['dana', 'm', 'whitfield']);
    expect(searchPieces('1-59-031-02-7H-10497')).toEqual(['1', '59', '031', '02', '7h', '10497']);
    expect(searchPieces('AB?12?45')).toEqual(['ab?12?45']);
    expect(searchPieces('?? * -')).toEqual([]);
  });

  it('escapes every Lucene operator', () => {
    expect(escapeLucene('a+b-c&&d||e!(f){g}[h]^"i"~j*k?l:m\\n/o')).toBe('a\\+b\\-c\\&\\&d\\|\\|e\\!\\(f\\)\\{g\\}\\[h\\]\\^\\"i\\"\\~j\\*k\\?l\\:m\\\\n\\/o');
    expect(personIdQuery('P-1" OR firstName:"x')).toBe('id:"P-1\\" OR firstName:\\"x"');
  });

  it('refuses empty, too long and symbol-only text', () => {
    for (const t of ['', '   ', '---', 'x'.repeat(121)]) expect(searchTextRule().safeParse(t).success, t).toBe(false);
    expect(searchTextRule().safeParse(' glock 19 ').success).toBe(true);
  });
});
