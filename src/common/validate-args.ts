import { getNamedType, type GraphQLResolveInfo } from 'graphql';
import type { ZodType } from 'zod';
import { badInput } from '../errors/app-error.js';

/**
 * Argument validation declared on the input types (docs/architecture.md, Argument validation):
 * an `@ArgsType`/`@InputType` class names its zod schema with `@ValidatedBy(schema)`, and
 * type-graphql runs `validateArgs` (buildSchema's `validateFn`) on every argument before the
 * resolver. Nested inputs are checked with their own schemas, each issue reported at its full
 * path (`filter.near.radiusKm`). This is the one place a failed rule becomes BAD_USER_INPUT
 * with `extensions.field`; resolvers and services only keep checks that need the database.
 */
const schemas = new WeakMap<object, ZodType[]>();

type Constructor = abstract new (...args: never[]) => object;

export function ValidatedBy(schema: ZodType) {
  return (target: Constructor) => {
    schemas.set(target, [...(schemas.get(target) ?? []), schema]);
  };
}

/** The schemas declared on a class and the classes it extends (a list's `PageArgs` rules hold for every list). */
function schemasOf(value: object): ZodType[] {
  const found: ZodType[] = [];
  for (let c = value.constructor; c && c !== Object; c = Object.getPrototypeOf(c)) found.push(...(schemas.get(c) ?? []));
  return found;
}

const join = (prefix: string, key: string | number) => (typeof key === 'number' ? `${prefix}[${key}]` : prefix ? `${prefix}.${key}` : key);

/** The first issue of a failed rule as BAD_USER_INPUT, named by its full path under `path`. */
function firstIssue(issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>, path: string) {
  const issue = issues[0]!;
  return badInput(
    issue.path.reduce<string>((p, k) => join(p, k as string | number), path),
    issue.message,
  );
}

/** Checks one argument value (an input instance, a list of them, or a scalar) at `path`; throws the first problem. */
export function checkInput(value: unknown, path: string): void {
  if (value === null || value === undefined || typeof value !== 'object' || value instanceof Date) return;
  if (Array.isArray(value)) {
    value.forEach((v, i) => checkInput(v, join(path, i)));
    return;
  }
  for (const schema of schemasOf(value)) {
    const result = schema.safeParse(value);
    if (!result.success) throw firstIssue(result.error.issues, path);
  }
  for (const [key, v] of Object.entries(value)) checkInput(v, join(path, key));
}

/**
 * The name under which a top-level `@Arg` input reached the resolver: the argument of the field
 * whose GraphQL type is the input's class. `@Args` classes spread their fields: no prefix.
 */
function argName(info: GraphQLResolveInfo | undefined, argType: unknown): string {
  const name = typeof argType === 'function' ? argType.name : '';
  const field = info?.parentType.getFields()[info.fieldName];
  const arg = field?.args.find((a) => getNamedType(a.type).name === name);
  return arg?.name ?? '';
}

/** buildSchema's `validateFn`. */
export function validateArgs(argValue: unknown, argType: unknown, resolverData: { info?: GraphQLResolveInfo }): void {
  checkInput(argValue, argName(resolverData.info, argType));
}

/**
 * The rule of one scalar or list argument, declared on it: `@Arg('count', () => Int, { validateFn: ruleFor('count', intRule(1, 20)) })`.
 * Left out or null is not checked (the argument's default or nullability decides). An issue inside
 * a list is reported at its index (`ids[3]`). Also callable directly where type-graphql does not
 * validate (a subscription's `subscribe`).
 */
export function ruleFor(name: string, schema: ZodType) {
  return (argValue: unknown): void => {
    if (argValue === null || argValue === undefined) return;
    const result = schema.safeParse(argValue);
    if (!result.success) throw firstIssue(result.error.issues, name);
    // A list of inputs keeps the rules of its own classes (this validateFn replaces the global one).
    checkInput(argValue, name);
  };
}
