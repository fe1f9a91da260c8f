import type { GraphQLResolveInfo } from 'graphql';
import { MAX_ID_LENGTH } from '../common/arg-rules.js';

/** A global person id (`Person:P-1`; the kind in any case, spaces around ignored, as node ids are read). */
const GLOBAL_PERSON_ID = /^person:(.+)$/is;

const usable = (id: string) => id.trim().length > 0 && id.length <= MAX_ID_LENGTH;

/** Unvalidated lists can be long (a refused caller could send a 1 MB list of ids): one record names at most this many (`nodes(ids:)`'s own bound). */
const MAX_NAMED = 100;

/**
 * The people a refused field asked about, from its arguments: `person(id:)`, and every global
 * person id (`node`, `nodes`, chart seeds, path ends). A refusal of a read of someone's personal
 * data names them in its audit record, so "who tried to look at this person" finds it
 * (docs/security.md: personIds are the people whose data was returned, changed or asked for;
 * CJIS AU-3). Arguments are not validated yet when a role is refused, so an id that is blank or
 * too long to be an id is left out: it names no one and could not be indexed in the record.
 */
export function peopleAskedAbout(info: GraphQLResolveInfo | undefined, args: Record<string, unknown> | undefined): string[] {
  const found = new Set<string>();
  const walk = (v: unknown): void => {
    if (typeof v === 'string') {
      // Longer than any node id: not one (and not worth reading through).
      const key = v.length <= MAX_ID_LENGTH + 16 ? GLOBAL_PERSON_ID.exec(v.trim())?.[1]?.trim() : undefined;
      if (key && usable(key) && found.size < MAX_NAMED) found.add(key);
    } else if (found.size >= MAX_NAMED) return;
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(args);
  const id = args?.id;
  if (info?.parentType.name === 'Query' && info.fieldName === 'person' && typeof id === 'string' && usable(id) && found.size < MAX_NAMED) found.add(id);
  return [...found];
}
