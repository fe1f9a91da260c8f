import { z } from 'zod';

/** The fields of a record type: classic zod schemas (they carry safeParse). */
export type Shape = Record<string, z.ZodType>;

/** Reports one problem of a record: the field at fault and why. */
export type Report = (field: string, reason: string) => void;

/**
 * A field the import writes as a relationship to another record instead of a property (docs/import.md,
 * Conflicts on links): a link to a different node is a changed value of the field, conflicted and
 * decided like any other.
 */
export interface Link {
  /** The relationship type. */
  type: string;
  /** The label of the node it reaches. */
  to: string;
  /** The relationship points at this record (an FFL SOLD a sale, an agency REQUESTED a trace); otherwise it leaves it. */
  inbound?: true;
}

/**
 * The fields a record type writes as links, by the field's name in a conflict: a model field, or a
 * lead's `casings` (its pair casingA+casingB, order ignored).
 */
export type Links = Readonly<Record<string, Link>>;

/**
 * One record type of the model: its fields (a zod object, in the column order CSV files use),
 * its rules across fields (run once every field is valid) and the fields written as links. The
 * TypeScript type, the validation, the CSV columns, the write order and the link of each linked
 * field all come from these definitions.
 */
export interface RecordModel<T extends string = string, S extends Shape = Shape> {
  type: T;
  fields: z.ZodObject<S>;
  /** Field names in CSV column order. */
  columns: Array<keyof S & string>;
  rules: (record: z.output<z.ZodObject<S>>, report: Report) => void;
  links: Links;
}

type Rules<S extends Shape> = (record: z.output<z.ZodObject<S>>, report: Report) => void;
const noRules = () => {};

export function defineRecord<const T extends string, S extends Shape>(type: T, shape: S, rules: Rules<S> | null = null, links: Links = {}): RecordModel<T, S> {
  return { type, fields: z.object(shape), columns: Object.keys(shape) as Array<keyof S & string>, rules: rules ?? noRules, links };
}

/** The record a model describes: its `type` tag and its fields' normal forms. */
export type RecordOfModel<M> = M extends RecordModel<infer T, infer S> ? { type: T } & z.output<z.ZodObject<S>> : never;

const ms = (v: string) => Date.parse(v.length === 10 ? `${v}T00:00:00Z` : v);

/** `later` must not be before `earlier` when both are given (dates or date-times in normal form). */
export function inOrder(record: Record<string, unknown>, report: Report, earlier: string, later: string, why: string): void {
  const a = record[earlier];
  const b = record[later];
  if (typeof a === 'string' && typeof b === 'string' && ms(b) < ms(a)) report(later, `is before ${earlier} (${why})`);
}
