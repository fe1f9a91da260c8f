import { getArgumentValues, getNamedType, isObjectType, Kind, type GraphQLOutputType, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * The argument values of each selection of the field at the end of `path` (field names, one per
 * level below the field being resolved, through fragments at every level), e.g. ['linkedScenes']
 * or ['edges', 'node', 'casings', 'linkedScenes'] under a connection; [] when it is not selected.
 * Lets a resolver run the one statement of the traversal its caller asked for, with the lookup
 * or page folded in, instead of one statement per level (one statement per question).
 */
export function subfieldArguments(info: GraphQLResolveInfo, path: string | string[]): Array<Record<string, unknown>> {
  const names = typeof path === 'string' ? [path] : path;
  const found: Array<Record<string, unknown>> = [];
  const visit = (type: GraphQLOutputType, set: SelectionSetNode | undefined, depth: number) => {
    const named = getNamedType(type);
    const definition = isObjectType(named) ? named.getFields()[names[depth]!] : undefined;
    if (!definition) return;
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD && selection.name.value === names[depth]) {
        if (depth === names.length - 1) found.push(getArgumentValues(definition, selection, info.variableValues));
        else visit(definition.type, selection.selectionSet, depth + 1);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) visit(type, selection.selectionSet, depth);
      else if (selection.kind === Kind.FRAGMENT_SPREAD) visit(type, info.fragments[selection.name.value]?.selectionSet, depth);
    }
  };
  for (const node of info.fieldNodes) visit(info.returnType, node.selectionSet, 0);
  return found;
}

/** The arguments of the field at `path` when it is selected exactly once (or always with the same arguments); otherwise null. */
export function onlySubfieldArguments(info: GraphQLResolveInfo, path: string | string[]): Record<string, unknown> | null {
  const all = subfieldArguments(info, path);
  if (!all.length) return null;
  const first = JSON.stringify(all[0]);
  return all.every((a) => JSON.stringify(a) === first) ? all[0]! : null;
}
