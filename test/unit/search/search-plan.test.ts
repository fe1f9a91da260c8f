import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSubstringWord, KIND_INDEX, kindPlans, splitLanes, wordClause, wordRegex } from '../../../src/search/search-plan.js';
import { searchTextPieces, searchTextProblem } from '../../../src/search/search-query.js';
import { SearchKind } from '../../../src/search/search.type.js';

const ALL = Object.values(SearchKind);
const plan = (kind: SearchKind, text: string, personVisible = true) => kindPlans([kind], searchTextPieces(text), personVisible, text)[0]!;

describe('search plan', () => {
  it('matches a name word exactly or by prefix (ids too: a typed id), fuzzily on name and address fields only', () => {
    const clause = wordClause('dana', KIND_INDEX[SearchKind.PERSON]);
    expect(clause).toContain('firstName:dana^4');
    expect(clause).toContain('lastName:dana*^2');
    expect(clause).toContain('lastName:dana~1');
    expect(clause).not.toContain('id:dana~');
    // A long name is still matched one edit away (a second edit on every name field costs more than it finds).
    expect(wordClause('whitfordly', KIND_INDEX[SearchKind.PERSON])).toContain('lastName:whitfordly~1');
    expect(wordClause('whitfordly', KIND_INDEX[SearchKind.PERSON])).not.toContain('~2');
    expect(wordClause('ab', KIND_INDEX[SearchKind.PERSON])).not.toContain('~');
  });

  it('matches a house number or an id exactly or by prefix, not fuzzily (another house is not a typo), but a serial fuzzily', () => {
    const house = wordClause('4821', KIND_INDEX[SearchKind.PERSON]);
    expect(house).toBe('(id:4821^4 OR id:4821*^2 OR address:4821^4 OR address:4821*^2)');
    expect(wordClause('4821', KIND_INDEX[SearchKind.SCENE])).not.toContain('~');
    expect(wordClause('gl1234567', KIND_INDEX[SearchKind.FIREARM])).toContain('serial:gl1234567~2');
  });

  it('looks a serial typed from its middle up as a trigram phrase, never as a leading wildcard', () => {
    const p = plan(SearchKind.FIREARM, '12345');
    expect(p.gramIndex).toBe('search_firearm_serial_grams');
    expect(p.gramQuery).toBe('serial:"12345"');
    expect(p.query).not.toContain('*12345');
    expect(plan(SearchKind.CASING, 'EV-0042').gramQuery).toBe('evidenceId:"0042"');
    // Other words of the text must start a word of a substring hit's caption fields.
    const withMake = plan(SearchKind.FIREARM, 'glock 12345');
    expect(withMake.gramRest).toHaveLength(1);
    expect(new RegExp(`^${withMake.gramRest[0]!.replace('(?s)', '')}$`, 'su').test(' fa-1 gl9123456 glock 19')).toBe(true);
    expect(new RegExp(`^${withMake.gramRest[0]!.replace('(?s)', '')}$`, 'su').test(' fa-1 gl9123456 smith')).toBe(false);
    // Kinds without a trigram index, and words too short for a trigram, have none.
    expect(plan(SearchKind.PERSON, '12345').gramQuery).toBeNull();
    expect(plan(SearchKind.FIREARM, 'glock 12').gramQuery).toBeNull();
    expect(isSubstringWord('a12')).toBe(true);
    expect(isSubstringWord('a1?2')).toBe(false);
  });

  it('keeps an unrestored serial a wildcard pattern, on the serial field only', () => {
    expect(wordClause('ab?12?45', KIND_INDEX[SearchKind.FIREARM])).toBe('(serial:ab?12?45)');
    expect(plan(SearchKind.FIREARM, 'AB?12?45').gramQuery).toBeNull();
    const rest = new RegExp(`^${wordRegex('ab?12*').replace('(?s)', '')}$`, 'su');
    expect(rest.test('glock ab912345 x')).toBe(true);
    expect(rest.test('glock ab91')).toBe(false);
  });

  it('deals the costly kinds into different statements, whatever order they were asked in', () => {
    const lanes = (kinds: SearchKind[]) => splitLanes(kindPlans(kinds, ['dana'], true, 'dana'), 2).map((l) => l.map((p) => p.kind));
    // A name: people apart from dealers and scenes; a serial: firearms apart from casings.
    expect(lanes([...ALL].reverse())).toEqual([
      [SearchKind.PERSON, SearchKind.AGENCY, SearchKind.CASING],
      [SearchKind.FIREARM, SearchKind.FFL, SearchKind.SCENE],
    ]);
    expect(lanes([SearchKind.CASING, SearchKind.FIREARM])).toEqual([[SearchKind.FIREARM], [SearchKind.CASING]]);
    expect(lanes([SearchKind.SCENE])).toEqual([[SearchKind.SCENE]]);
  });

  it('searches people only by exact id for a role that may not see personal data', () => {
    expect(plan(SearchKind.PERSON, 'Dana Whitfield', false).query).toBe('id:"Dana Whitfield"');
  });

  it('never lets user text add a field, operator or grouping to any query (property)', () => {
    const fields = new Set(Object.values(KIND_INDEX).flatMap((k) => [...k.wordFields, ...k.numberFields, k.grams?.field ?? 'id']));
    expect(
      Object.values(KIND_INDEX).every((k) => k.wordFuzzy.every((f) => k.wordFields.includes(f)) && k.numberFuzzy.every((f) => k.numberFields.includes(f))),
    ).toBe(true);
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (text) => {
        if (searchTextProblem(text)) return;
        for (const p of kindPlans(ALL, searchTextPieces(text), true, text)) {
          for (const q of [p.query, p.gramQuery ?? '']) {
            // Strip our own syntax: field names we put, boosts, fuzziness, phrases of letters and digits, groups, AND/OR.
            const named = [...q.matchAll(/([\p{L}]+):/gu)].map((m) => m[1]!);
            for (const f of named) expect(fields.has(f), `${f} in ${q}`).toBe(true);
            const words = q.replace(/[\p{L}]+:("[\p{L}\p{N}]+"|[\p{L}\p{N}?*]+(\^\d|\*\^\d|~\d)?)/gu, 'W');
            expect(words).toMatch(/^[()W ORAND]*$/u);
          }
          for (const r of p.gramRest) expect(r).toMatch(/^\(\?s\)\(\?:\.\*\[\^\\p\{L\}\\p\{N\}\]\)\?[\p{L}\p{N}[\]\\{}*.?:()^]*$/u);
        }
      }),
    );
  });
});
