import { describe, expect, it } from 'vitest';
import { warmUpPlans, warmUpTexts } from '../../../src/search/search-warm-up.js';
import { SearchKind } from '../../../src/search/search.type.js';

describe('search warm-up inputs', () => {
  it('types the shapes analysts type, from serials, makes, dealers, cities and streets', () => {
    const texts = warmUpTexts({
      serials: ['GL1234567', 'AB12'],
      models: ['Glock 19'],
      dealers: ["Bob's Guns"],
      cities: ['Camden'],
      scenes: ['14 Larch Lane', '  '],
    });
    // A whole serial, a middle part, one digit mistyped, one character unrestored; a too-short serial is left out.
    expect(texts.slice(0, 4)).toEqual(['GL1234567', '12345', 'GL1234561', 'GL1?34567']);
    expect(texts).toEqual(expect.arrayContaining(['Glock 19', "Bob's Guns", 'Camden', '14 Larch Lane', 'Larch Lane', 'james smith']));
    expect(texts).not.toContain('AB12');
    expect(texts.every((t) => t.trim().length > 0)).toBe(true);
  });

  it('asks every kind as an investigator would, but reads no field of a person', () => {
    const plans = warmUpPlans('Larch Lane');
    expect(plans.map((p) => p.kind).sort()).toEqual(Object.values(SearchKind).sort());
    const person = plans.find((p) => p.kind === SearchKind.PERSON)!;
    expect(person.caption).toEqual([]);
    expect(person.query).toContain('lastName:larch');
    expect(plans.find((p) => p.kind === SearchKind.SCENE)!.caption.length).toBeGreaterThan(0);
  });
});
