import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  escapeLucene,
  fulltextQuery,
  personIdQuery,
  pieceClause,
  searchPieces,
  searchTextPieces,
  searchTextProblem,
  searchTextRule,
} from '../../../src/search/search-query.js';

describe('search text to Lucene', () => {
  it('splits like the standard tokenizer and keeps the unknown-character marks of a serial', () => {
    expect(searchPieces('Dana M. Whitfield')).toEqual(['dana', 'm', 'whitfield']);
    expect(searchPieces('1-59-031-02-7H-10497')).toEqual(['1', '59', '031', '02', '7h', '10497']);
    expect(searchPieces('AB?12?45')).toEqual(['ab?12?45']);
    expect(searchPieces('?? * -')).toEqual([]);
  });

  it('gives a serial-like word exact, prefix, fuzzy and (on the serial field only) substring clauses', () => {
    expect(pieceClause('gl1234567', 'serial')).toBe('(gl1234567^4 OR gl1234567*^2 OR serial:*gl1234567* OR gl1234567~2)');
    expect(pieceClause('gl1234567')).toBe('(gl1234567^4 OR gl1234567*^2 OR gl1234567~2)');
    expect(fulltextQuery(['4821', 'oak'])).not.toContain('*4821*');
    expect(pieceClause('dana')).toBe('(dana^4 OR dana*^2 OR dana~1)');
    expect(pieceClause('ab')).toBe('(ab^4 OR ab*^2)');
    expect(pieceClause('ab?12?45')).toBe('ab?12?45');
  });

  it('escapes every Lucene operator', () => {
    expect(escapeLucene('a+b-c&&d||e!(f){g}[h]^"i"~j*k?l:m\\n/o')).toBe('a\\+b\\-c\\&\\&d\\|\\|e\\!\\(f\\)\\{g\\}\\[h\\]\\^\\"i\\"\\~j\\*k\\?l\\:m\\\\n\\/o');
    expect(personIdQuery('P-1" OR firstName:"x')).toBe('id:"P-1\\" OR firstName:\\"x"');
  });

  it('never lets user text add a field, operator or grouping to the query (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (text) => {
        if (searchTextProblem(text)) return;
        const pieces = searchTextPieces(text);
        const q = fulltextQuery(pieces);
        // Only our own clause syntax: words, ^ ~ * ? digits, OR/AND between parenthesised groups.
        expect(q).not.toMatch(/:/);
        // The one field the caller names, and no other, appears on the serial query.
        expect(fulltextQuery(pieces, 'serial').replace(/\(serial:\*|OR serial:\*/g, 'OR *')).not.toMatch(/:/);
        expect(q.replace(/\((?:[^()]*)\)/g, '')).toMatch(/^[\p{L}\p{N}?* ]*(AND[\p{L}\p{N}?* ]*)*$/u);
      }),
    );
  });

  it('refuses empty, too long and symbol-only text', () => {
    for (const t of ['', '   ', '---', 'x'.repeat(121)]) expect(searchTextRule().safeParse(t).success, t).toBe(false);
    expect(searchTextRule().safeParse(' glock 19 ').success).toBe(true);
  });
});
