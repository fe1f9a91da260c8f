import { getArgumentValues, getNamedType, isObjectType, Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * The argument values of each selection of `field` directly under the field being resolved
 * (through fragments), or [] when it is not selected. Lets a lookup resolver run the statement of
 * the one traversal its caller asked for, with the lookup folded in, instead of a lookup statement
 * followed by the traversal's statement (one statement per question).
 */
export function subfieldArguments(info: GraphQLResolveInfo, field: string): Array<Record<string, unknown>> {
  const type = getNamedType(info.returnType);
  const definition = isObjectType(type) ? type.getFields()[field] : undefined;
  if (!definition) return [];
  const found: Array<Record<string, unknown>> = [];
  const visit = (set: SelectionSetNode | undefined) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD && selection.name.value === field) found.push(getArgumentValues(definition, selection, info.variableValues));
      else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet);
      else if (selection.kind === Kind.FRAGMENT_SPREAD) visit(info.fragments[selection.name.value]?.selectionSet);
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet);
  return found;
}

/** The arguments of `field` when it is selected exactly once (or always with the same arguments); otherwise null. */
export function onlySubfieldArguments(info: GraphQLResolveInfo, field: string): Record<string, unknown> | null {
  const all = subfieldArguments(info, field);
  if (!all.length) return null;
  const first = JSON.stringify(all[0]);
  return all.every((a) => JSON.stringify(a) === first) ? all[0]! : null;
}
